/**
 * The same graph served by @neo4j/graphql (v7): type definitions written for our labels and
 * relationships (`@node`, `@relationship`, relationship properties for evidence and pressures), on a
 * plain Apollo Server 5, for comparing it with our API on the same nested query. It is served on the
 * plain Node request as ours is (src/http/graphql-endpoint.ts), not on Express: the comparison is of
 * the GraphQL layers, not of HTTP frameworks.
 * The library translates each GraphQL request into ONE Cypher statement (nested CALL subqueries).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { apolloRequest } from '../src/http/graphql-endpoint.ts';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Region @node {
    id: ID!
    name: String!
    pdus: [PDU!]! @relationship(type: "IN_REGION", direction: IN)
  }
  type PDU @node(labels: ["PDU"]) {
    id: ID!
    name: String!
    aliases: [String!]
    region: [Region!]! @relationship(type: "IN_REGION", direction: OUT)
    inspections: [Inspection!]! @relationship(type: "OF", direction: IN)
  }
  type Inspection @node {
    id: ID!
    name: String
    rating: String!
    fieldworkFrom: String
    fieldworkTo: String
    publishedOn: String
    casesExamined: Int
    recommendationCount: Int
    pdu: [PDU!]! @relationship(type: "OF", direction: OUT)
    previous: [Inspection!]! @relationship(type: "FOLLOWS", direction: OUT)
    recommendations: [Recommendation!]! @relationship(type: "RECOMMENDS", direction: OUT)
    findings: [Finding!]! @relationship(type: "FOUND", direction: OUT)
    quotes: [Quote!]! @relationship(type: "ABOUT", direction: IN)
    pressures: [Policy!]! @relationship(type: "UNDER", direction: OUT, properties: "Under")
    evidence: [Document!]! @relationship(type: "EVIDENCED_BY", direction: OUT, properties: "Evidence")
  }
  type Evidence @relationshipProperties {
    quote: String!
    start: Int
    end: Int
    about: String
  }
  type Under @relationshipProperties {
    basis: String!
    quote: String
    explanation: String
  }
  type Recommendation @node {
    id: ID!
    text: String!
    verbatim: Boolean
    position: Int
    themes: [Theme!]! @relationship(type: "ABOUT", direction: OUT)
    evidence: [Document!]! @relationship(type: "EVIDENCED_BY", direction: OUT, properties: "Evidence")
  }
  type Finding @node {
    id: ID!
    text: String!
    polarity: String
    position: Int
  }
  type Quote @node {
    id: ID!
    text: String!
    speaker: [Person!]! @relationship(type: "SAID", direction: IN)
  }
  type Person @node {
    id: ID!
    name: String!
  }
  type Theme @node {
    id: ID!
    key: String
    name: String!
  }
  type Policy @node {
    id: ID!
    code: String!
    name: String
  }
  type Document @node {
    id: ID!
    title: String
    kind: String
  }
`;

/**
 * The PDU page (bench/suite.ts PDU_PAGE_QUERY) in @neo4j/graphql's dialect: lists are sorted with
 * `sort`, relationship properties are read through `...Connection { edges { properties node } }`.
 * One difference remains: our `themes` are DISTINCT (a CURATED and a RULE assignment of the same
 * theme are one theme), the library lists the theme once per relationship.
 */
export const NEO4J_GRAPHQL_PDU_PAGE = `query PduPage($id: ID!) { pdus(where: { id: { eq: $id } }) { name
  inspections(sort: [{ fieldworkFrom: DESC }]) { id rating fieldworkFrom fieldworkTo publishedOn casesExamined recommendationCount
    previous { id rating }
    recommendations(sort: [{ position: ASC }]) { text verbatim themes(sort: [{ name: ASC }]) { name }
      evidenceConnection { edges { properties { quote } node { title } } } }
    findings(sort: [{ position: ASC }]) { text polarity }
    quotes(sort: [{ id: ASC }]) { text speaker { name } }
    pressuresConnection { edges { properties { basis } node { code } } }
    evidenceConnection { edges { properties { quote } node { id title } } } } } }`;

export interface Neo4jGraphqlServer {
  url: string;
  close(): Promise<void>;
}

async function readBody(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
}

/** Apollo's answer to one request, written in one go (the same steps as our endpoint, without our limits and logs). */
async function answer(apollo: ApolloServer, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: apolloRequest(req, await readBody(req)),
    context: async () => ({}),
  });
  if (result.body.kind !== 'complete') throw new Error('incremental delivery is not used here');
  for (const [name, value] of result.headers) res.setHeader(name, value);
  res.writeHead(result.status ?? 200, { 'content-length': Buffer.byteLength(result.body.string) }).end(result.body.string);
}

export async function startNeo4jGraphqlServer(driver: Driver, port = 0): Promise<Neo4jGraphqlServer> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver });
  const schema = await neoSchema.getSchema();
  const apollo = new ApolloServer({ schema, introspection: false });
  await apollo.start();
  const server = http.createServer((req, res) => {
    answer(apollo, req, res).catch((e: Error) => res.writeHead(500).end(e.message));
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/graphql`,
    close: async () => {
      await apollo.stop();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
