/**
 * Every root field that reads the graph directly, as a pure function: the field's GraphQL
 * arguments and its resolve info in, its one statement out (null where the answer is null without
 * asking: an id whose prefix names no label). Arguments are validated here (a BAD_USER_INPUT names
 * the argument), so the resolvers only run the statement and shape the rows, and test/tck/ can show
 * the Cypher of any query without a database.
 *
 * The analyses (recurringRecommendations, themeMatrix, ...) are not here: each analysis module in
 * src/analysis builds its own statements from its arguments.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { z } from 'zod';
import type { NodeLabel } from '../../model/labels.ts';
import type { Statement } from '../../analysis/statement.ts';
import { badInput, parseArgs } from '../errors.ts';
import { DueArgs, InspectionsArgs, NeighbourhoodArgs, PageOnlyArgs, PdusArgs, SearchArgs } from '../args.ts';
import { offsetAfter } from '../pagination.ts';
import { labelOfId } from '../node-ids.ts';
import { escapeLucene } from '../lucene.ts';
import { dueScope, everyNode, inspectionsScope, nodeById, pdusScope, policyByCode, type Scope } from './filters.ts';
import { connectionNode, listStatement, oneStatement, pageStatement, rootNode, type PageStatement } from './statements.ts';
import { neighbourhoodStatement, searchParts, searchStatement, type Depth } from './search.ts';

type Args = Record<string, unknown>;
export type RootStatement<S extends Statement | null = Statement | null> = (args: Args, info: GraphQLResolveInfo, projection: boolean) => S;

/**
 * A plain list of every node of a small, fixed set, with its known bound (the cost model's, see
 * ../cost.ts): far above what the seeds hold, and these nodes come only from the seeds.
 */
export const ROOT_LIST_BOUNDS = { regions: 20, themes: 100, policies: 100, commitments: 100, actions: 100, frameworks: 50 } as const;

const list = (label: NodeLabel, order: string, bound: number): RootStatement<Statement> => (_args, info, projection) =>
  listStatement(everyNode(label, order), rootNode(info, projection), bound);

/** One node of the field's type by `id`. */
const one = (label: NodeLabel): RootStatement<Statement> => (args, info, projection) =>
  oneStatement(nodeById(label, String(args.id)), rootNode(info, projection));

/** A connection: `first` and `after` (PageArgs) and the field's filters. */
function page<S extends z.ZodType<{ first: number; after?: string | null | undefined }>>(schema: S, scope: (args: z.infer<S>) => Scope): RootStatement<PageStatement> {
  return (args, info, projection) => {
    const a = parseArgs(schema, args);
    return pageStatement(scope(a), connectionNode(info, projection), { offset: offsetAfter(a.after), first: a.first });
  };
}

export const ROOT_STATEMENTS = {
  regions: list('Region', 't.name', ROOT_LIST_BOUNDS.regions),
  pdus: page(PdusArgs, (a) => pdusScope(a)),
  pdu: one('PDU'),
  inspections: page(InspectionsArgs, (a) => inspectionsScope(a.filter ?? {})),
  inspection: one('Inspection'),
  themes: list('Theme', 't.name', ROOT_LIST_BOUNDS.themes),
  people: page(PageOnlyArgs, () => everyNode('Person', 't.name, t.id')),
  person: one('Person'),
  policies: list('Policy', 't.code', ROOT_LIST_BOUNDS.policies),
  policy: (args, info, projection) => oneStatement(policyByCode(String(args.code)), rootNode(info, projection)),
  documents: page(PageOnlyArgs, () => everyNode('Document', 't.publishedOn DESC, t.id')),
  document: one('Document'),
  commitments: (args, info, projection) => listStatement(dueScope('Commitment', parseArgs(DueArgs, args)), rootNode(info, projection), ROOT_LIST_BOUNDS.commitments),
  actions: (args, info, projection) => listStatement(dueScope('Action', parseArgs(DueArgs, args)), rootNode(info, projection), ROOT_LIST_BOUNDS.actions),
  frameworks: list('Framework', 't.periodStart, t.id', ROOT_LIST_BOUNDS.frameworks),
  // Conflicts grow with every ingested document that disagrees: a connection.
  conflicts: page(PageOnlyArgs, () => everyNode('Conflict', 't.id')),
  /** Any node by id: the label comes from the id's prefix (a closed table), never from the text itself. */
  node: (args, info, projection) => {
    const id = String(args.id);
    const label = labelOfId(id);
    return label ? oneStatement(nodeById(label, id), rootNode(info, projection, label)) : null;
  },
  search: (args, info) => {
    const a = parseArgs(SearchArgs, args);
    const query = escapeLucene(a.text);
    if (!query) throw badInput('text', 'must contain at least one word');
    return searchStatement({ query, first: a.first, filter: a.filter ?? {}, parts: searchParts(info) });
  },
  neighbourhood: (args) => {
    const a = parseArgs(NeighbourhoodArgs, args);
    const label = labelOfId(a.id);
    return label ? neighbourhoodStatement({ label, id: a.id, depth: a.depth as Depth, limit: a.limit }) : null;
  },
} satisfies Record<string, RootStatement>;

export type RootFieldName = keyof typeof ROOT_STATEMENTS;
