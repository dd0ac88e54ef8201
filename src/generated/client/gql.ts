/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExplorerDocument($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      kind\n      url\n      publishedOn\n      dateNote\n      licence\n      publisher { name }\n      text\n      reports { id name pdu { id name } }\n    }\n  }\n": typeof types.ExplorerDocumentDocument,
    "\n  query ExplorerNeighbourhood($id: ID!, $depth: Int) {\n    neighbourhood(id: $id, depth: $depth, limit: 100) {\n      nodes { id label caption }\n      edges { from to type }\n    }\n  }\n": typeof types.ExplorerNeighbourhoodDocument,
    "\n  query ExplorerThemeMatrix {\n    themeMatrix {\n      policies { code name pressure }\n      themes { key name description }\n      cells { policy theme count pduCount }\n    }\n  }\n": typeof types.ExplorerThemeMatrixDocument,
    "\n  query ExplorerThemeCell($policy: String!, $theme: String!) {\n    themeMatrix(policies: [$policy], themes: [$theme]) {\n      policies { code name }\n      themes { key name }\n      cells {\n        policy\n        theme\n        count\n        pduCount\n        recommendations {\n          id\n          text\n          verbatim\n          inspection { id fieldworkFrom rating pdu { id name } }\n          evidence { quote about document { id title url kind publishedOn } }\n        }\n      }\n    }\n  }\n": typeof types.ExplorerThemeCellDocument,
    "\n  query ExplorerPdus($after: String) {\n    pdus(first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        name\n        latestRating\n        region { id name }\n        inspections { id fieldworkFrom rating }\n      }\n    }\n  }\n": typeof types.ExplorerPdusDocument,
    "\n  query ExplorerPdu($id: ID!) {\n    pdu(id: $id) {\n      id\n      name\n      aliases\n      region { name }\n      inspections {\n        id\n        name\n        rating\n        fieldworkFrom\n        fieldworkTo\n        fieldworkBasis\n        fieldworkWindowFrom\n        fieldworkWindowTo\n        fieldworkExplanation\n        reportedIn\n        publishedOn\n        casesExamined\n        recommendationCount\n        recommendations { id text themes { key name } }\n        pressures { basis certainty policy { code name } }\n        documents { id title url kind publishedOn }\n      }\n    }\n    ratingHistory(pdu: $id) { fieldworkFrom rating change inspection { id } }\n    policyTimeline { policy { code name pressure } from until }\n  }\n": typeof types.ExplorerPduDocument,
};
const documents: Documents = {
    "\n  query ExplorerDocument($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      kind\n      url\n      publishedOn\n      dateNote\n      licence\n      publisher { name }\n      text\n      reports { id name pdu { id name } }\n    }\n  }\n": types.ExplorerDocumentDocument,
    "\n  query ExplorerNeighbourhood($id: ID!, $depth: Int) {\n    neighbourhood(id: $id, depth: $depth, limit: 100) {\n      nodes { id label caption }\n      edges { from to type }\n    }\n  }\n": types.ExplorerNeighbourhoodDocument,
    "\n  query ExplorerThemeMatrix {\n    themeMatrix {\n      policies { code name pressure }\n      themes { key name description }\n      cells { policy theme count pduCount }\n    }\n  }\n": types.ExplorerThemeMatrixDocument,
    "\n  query ExplorerThemeCell($policy: String!, $theme: String!) {\n    themeMatrix(policies: [$policy], themes: [$theme]) {\n      policies { code name }\n      themes { key name }\n      cells {\n        policy\n        theme\n        count\n        pduCount\n        recommendations {\n          id\n          text\n          verbatim\n          inspection { id fieldworkFrom rating pdu { id name } }\n          evidence { quote about document { id title url kind publishedOn } }\n        }\n      }\n    }\n  }\n": types.ExplorerThemeCellDocument,
    "\n  query ExplorerPdus($after: String) {\n    pdus(first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        name\n        latestRating\n        region { id name }\n        inspections { id fieldworkFrom rating }\n      }\n    }\n  }\n": types.ExplorerPdusDocument,
    "\n  query ExplorerPdu($id: ID!) {\n    pdu(id: $id) {\n      id\n      name\n      aliases\n      region { name }\n      inspections {\n        id\n        name\n        rating\n        fieldworkFrom\n        fieldworkTo\n        fieldworkBasis\n        fieldworkWindowFrom\n        fieldworkWindowTo\n        fieldworkExplanation\n        reportedIn\n        publishedOn\n        casesExamined\n        recommendationCount\n        recommendations { id text themes { key name } }\n        pressures { basis certainty policy { code name } }\n        documents { id title url kind publishedOn }\n      }\n    }\n    ratingHistory(pdu: $id) { fieldworkFrom rating change inspection { id } }\n    policyTimeline { policy { code name pressure } from until }\n  }\n": types.ExplorerPduDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerDocument($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      kind\n      url\n      publishedOn\n      dateNote\n      licence\n      publisher { name }\n      text\n      reports { id name pdu { id name } }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNeighbourhood($id: ID!, $depth: Int) {\n    neighbourhood(id: $id, depth: $depth, limit: 100) {\n      nodes { id label caption }\n      edges { from to type }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerThemeMatrix {\n    themeMatrix {\n      policies { code name pressure }\n      themes { key name description }\n      cells { policy theme count pduCount }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerThemeMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerThemeCell($policy: String!, $theme: String!) {\n    themeMatrix(policies: [$policy], themes: [$theme]) {\n      policies { code name }\n      themes { key name }\n      cells {\n        policy\n        theme\n        count\n        pduCount\n        recommendations {\n          id\n          text\n          verbatim\n          inspection { id fieldworkFrom rating pdu { id name } }\n          evidence { quote about document { id title url kind publishedOn } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerThemeCellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPdus($after: String) {\n    pdus(first: 100, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        name\n        latestRating\n        region { id name }\n        inspections { id fieldworkFrom rating }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerPdusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPdu($id: ID!) {\n    pdu(id: $id) {\n      id\n      name\n      aliases\n      region { name }\n      inspections {\n        id\n        name\n        rating\n        fieldworkFrom\n        fieldworkTo\n        fieldworkBasis\n        fieldworkWindowFrom\n        fieldworkWindowTo\n        fieldworkExplanation\n        reportedIn\n        publishedOn\n        casesExamined\n        recommendationCount\n        recommendations { id text themes { key name } }\n        pressures { basis certainty policy { code name } }\n        documents { id title url kind publishedOn }\n      }\n    }\n    ratingHistory(pdu: $id) { fieldworkFrom rating change inspection { id } }\n    policyTimeline { policy { code name pressure } from until }\n  }\n"): typeof import('./graphql.js').ExplorerPduDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
