/**
 * The query cost model: the most values an answer can hold, computed from the query alone, before
 * any database work. Every field counts once for each time it can appear in the answer, so the cost
 * of a selection multiplies by the sizes of the lists above it; a document's text counts as
 * TEXT_WEIGHT values (it is the one large field). A list's size is always known:
 *
 *   - a connection's `nodes` and `edges` hold at most its `first` (1 to 100, default 20);
 *   - a relation that is not a connection has a bound its statement enforces (translate/relations.ts);
 *   - a root list of a small fixed set has a bound its statement enforces (ROOT_LIST_BOUNDS);
 *   - an analysis's lists are cut by their arguments (`limit`, `first`) or bounded by the sets
 *     they range over (policies, themes);
 *   - introspection's lists are bounded by the schema itself.
 *
 * The field collection is the one the projection uses (translate/selection.ts: fragments, type
 * conditions, @skip/@include with the request's variables), on the public AST and by duck typing,
 * so a schema built by either copy of graphql (Apollo's, the federation subgraph's) works. The walk
 * stops as soon as the cost is over the limit, and after MAX_VISITS fields whatever the cost, so
 * computing it is cheap even for a hostile query.
 *
 * Vocabulary: a *size* is how many items a list field can hold; *scale* is the product of the
 * sizes of the lists above a field (how many times it can appear); an *ancestor* is a field above,
 * with its arguments (an analysis's inner lists are cut by the root field's `limit`).
 */
import type { DocumentNode, FieldNode, FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { valueFromASTUntyped } from 'graphql';
import { RECURRING_SAMPLE } from '../analysis/recurring.ts';
import { THEME_MATRIX_SAMPLE } from '../analysis/timeline.ts';
import { MAX_PAGE } from './pagination.ts';
import { relationOf } from './translate/relations.ts';
import { ROOT_LIST_BOUNDS } from './translate/root-fields.ts';
import { argumentValue } from './translate/page-args.ts';
import { collectSubfields, isLeafType, namedType, objectType, type Fields, type ObjectTypeLike, type SelectionContext } from './translate/selection.ts';

/** A document's text costs this many values: about 5 kB, the size of a long press release. */
export const TEXT_WEIGHT = 100;
/** The walk gives up after this many fields, whatever their cost (fragments can multiply a small text). */
export const MAX_VISITS = 20_000;

type Args = Record<string, unknown>;
interface Ancestor { field: string; args: Args }
type Size = (args: Args, ancestors: readonly Ancestor[]) => number;

/** A whole number within [1, max]; a missing or non-numeric value counts as the default, a bad one as the most. */
function clamp(value: unknown, fallback: number, max: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) return max;
  return Math.min(Math.max(Math.trunc(value), 1), max);
}
const fixed = (n: number): Size => () => n;
/** Cut by the field's own argument. */
const byArgument = (name: string, fallback: number, max: number): Size => (args) => clamp(args[name], fallback, max);
/** Cut by an argument of the nearest enclosing `field`. */
const byAncestor = (field: string, name: string, fallback: number, max: number): Size => (_args, ancestors) =>
  clamp(ancestors.findLast((a) => a.field === field)?.args[name], fallback, max);

const { regions, themes, policies, commitments } = ROOT_LIST_BOUNDS;
const PDU_INSPECTIONS = relationOf('PDU', 'inspections')!.bound!;
const recurringLimit = byAncestor('recurringRecommendations', 'limit', 20, RECURRING_SAMPLE);
/** recurringConcerns's lists are cut by its `limit`; a regionProfile's halves take the default. */
const concernsLimit = byAncestor('recurringConcerns', 'limit', 20, RECURRING_SAMPLE);
/** As many as the list argument of the nearest enclosing `field` names, else `all`. */
const byListArgument = (field: string, name: string, all: number): Size => (_args, ancestors) => {
  const given = ancestors.findLast((a) => a.field === field)?.args[name];
  return Array.isArray(given) ? Math.min(Math.max(given.length, 1), all) : all;
};
const matrixPolicies = byListArgument('themeMatrix', 'policies', policies);
const matrixThemes = byListArgument('themeMatrix', 'themes', themes);
const neighbours: Size = (_a, ancestors) => clamp(ancestors.findLast((a) => a.field === 'neighbourhood')?.args.limit, 50, 200) + 1;
/**
 * Lists whose length is set by the data, not by an argument (a region's PDUs, one inspection's
 * findings on a theme): costed as a full page. The response-size cap (http/response-limit.ts)
 * is the backstop for a graph where one of them is longer.
 */
const DATA_BOUNDED = MAX_PAGE;
/** Kinds of search hit (Recommendation, Finding, Quote, Document), reasons of exclusion, date bases: small enums, with room. */
const SEARCH_KINDS = 10;
const EXCLUSION_REASONS = 20;
const DATE_BASES = 5;
/** How many facts one document can state of one kind (ingestDocument's report). */
const PER_DOCUMENT = 200;

/** The sizes of the lists that are not relations of translate/relations.ts, by `Type.field`. */
const LIST_SIZES: ReadonlyMap<string, Size> = new Map<string, Size>([
  ['Query.regions', fixed(regions)],
  ['Query.themes', fixed(themes)],
  ['Query.policies', fixed(policies)],
  ['Query.commitments', fixed(commitments)],
  ['Query.actions', fixed(ROOT_LIST_BOUNDS.actions)],
  ['Query.frameworks', fixed(ROOT_LIST_BOUNDS.frameworks)],
  ['SearchResults.hits', byAncestor('search', 'first', 20, MAX_PAGE)],
  ['SearchResults.byKind', fixed(SEARCH_KINDS)],
  ['SearchResults.byPdu', fixed(DATA_BOUNDED)],
  // One group per theme of the taxonomy; each group's lists are cut by `limit`.
  ['RecurringRecommendations.themes', fixed(themes)],
  ['RecurringFindings.themes', fixed(themes)],
  ['RecurringFindingTheme.pdus', concernsLimit],
  ['RecurringFindingTheme.inspections', concernsLimit],
  ['RecurringFindingTheme.pressures', concernsLimit],
  ['RecurringFindingTheme.findings', concernsLimit],
  // Exclusions are grouped by reason: one entry per reason at most.
  ['Coverage.excluded', fixed(EXCLUSION_REASONS)],
  ['InspectionConnection.excluded', fixed(EXCLUSION_REASONS)],
  ['ThemeMatrix.coverage', matrixPolicies],
  ['ThemeMatrixCell.concerns', byAncestor('themeMatrix', 'limit', 20, THEME_MATRIX_SAMPLE)],
  ['ThemeMatrixCell.strengths', byAncestor('themeMatrix', 'limit', 20, THEME_MATRIX_SAMPLE)],
  ['RatingCounts.counts', fixed(1000)],
  ['RatingCount.bases', fixed(DATE_BASES)],
  ['RatingCount.inspections', fixed(MAX_PAGE)],
  // A PDU's inspections (and the pairs of successive ones) are bounded like PDU.inspections.
  ['PduChanges.inspections', fixed(PDU_INSPECTIONS)],
  ['PduChanges.changes', fixed(PDU_INSPECTIONS)],
  ['InspectionChange.recurringRecommendations', fixed(DATA_BOUNDED)],
  ['ThemeChanges.new', fixed(themes)],
  ['ThemeChanges.persisting', fixed(themes)],
  ['ThemeChanges.notReportedAgain', fixed(themes)],
  ['ThemeChanges.withoutThemeBefore', fixed(DATA_BOUNDED)],
  ['ThemeChanges.withoutThemeAfter', fixed(DATA_BOUNDED)],
  ['ThemeChange.before', fixed(DATA_BOUNDED)],
  ['ThemeChange.after', fixed(DATA_BOUNDED)],
  ['FrameworkChange.before', fixed(ROOT_LIST_BOUNDS.frameworks)],
  ['FrameworkChange.after', fixed(ROOT_LIST_BOUNDS.frameworks)],
  ['InspectionCoverage.documents', fixed(DATA_BOUNDED)],
  ['RegionProfile.pdus', fixed(DATA_BOUNDED)],
  ['RegionProfile.inspections', fixed(DATA_BOUNDED)],
  ['RecurringTheme.pdus', recurringLimit],
  ['RecurringTheme.inspections', recurringLimit],
  ['RecurringTheme.pressures', recurringLimit],
  ['RecurringTheme.recommendations', recurringLimit],
  ['Query.similarRecommendations', byArgument('first', 10, MAX_PAGE)],
  ['Query.policyTimeline', fixed(policies)],
  ['ThemeMatrix.policies', matrixPolicies],
  ['ThemeMatrix.themes', matrixThemes],
  ['ThemeMatrix.cells', (a, ancestors) => matrixPolicies(a, ancestors) * matrixThemes(a, ancestors)],
  ['ThemeMatrixCell.recommendations', byAncestor('themeMatrix', 'limit', 20, THEME_MATRIX_SAMPLE)],
  ['Query.ratingHistory', fixed(PDU_INSPECTIONS)],
  // One count per region, year and rating: 20 regions, 4 ratings, a dozen years of inspections.
  ['Query.ratingCounts', fixed(1000)],
  ['Neighbourhood.nodes', neighbours],
  ['Neighbourhood.edges', (a, ancestors) => neighbours(a, ancestors) ** 2],
  ['IngestResult.matches', fixed(PER_DOCUMENT)],
  ['IngestResult.filled', fixed(PER_DOCUMENT)],
  ['IngestResult.conflicts', fixed(PER_DOCUMENT)],
  ['IngestResult.possibleDuplicates', fixed(PER_DOCUMENT)],
]);

const WEIGHTS: ReadonlyMap<string, number> = new Map([['Document.text', TEXT_WEIGHT]]);

/** Whether a list field of an object type has a known size (a test asks this of every one in the schema). */
export function hasKnownSize(type: string, field: string, returnType: string): boolean {
  const relation = relationOf(type, field);
  return LIST_SIZES.has(`${type}.${field}`) || !!relation?.bound || !!relation?.connection || isPage(type, field) || returnType.startsWith('__');
}

/** `nodes` and `edges` of a connection type: as many as the connection field's `first`. */
const isPage = (type: string, field: string) => type.endsWith('Connection') && (field === 'nodes' || field === 'edges');

export class QueryCostError extends Error {
  constructor(readonly cost: number | null, readonly limit: number) {
    super(cost === null ? `the query selects more than ${MAX_VISITS} fields` : `the query could return at least ${cost} values`);
  }
}

interface Walk extends SelectionContext {
  limit: number;
  visits: number;
  introspection: IntrospectionSizes;
}

/** A list field (possibly non-null): its type prints as `[...]`, whichever copy of graphql built it. */
function isList(type: unknown): boolean {
  return String(type).startsWith('[');
}

function sizeOf(w: Walk, type: string, field: string, returnType: unknown, args: Args, ancestors: readonly Ancestor[]): number {
  if (!isList(returnType)) return 1;
  if (isPage(type, field)) return clamp(ancestors.at(-1)?.args.first, 20, MAX_PAGE);
  const relation = relationOf(type, field);
  if (relation?.bound) return relation.bound;
  const size = LIST_SIZES.get(`${type}.${field}`);
  if (size) return size(args, ancestors);
  if (type.startsWith('__')) return w.introspection.get(`${type}.${field}`) ?? w.introspection.get('*')!;
  // A list nobody sized: as large as the largest page, so the query is costed, not waved through.
  return MAX_PAGE;
}

/** The arguments a list's size can depend on. */
const SIZE_ARGUMENTS = ['first', 'limit', 'policies', 'themes'];

/** The cost of one selection on `type`, each field multiplied by its size; `scale` is how often the selection appears. */
function selectionCost(w: Walk, type: ObjectTypeLike, fields: Fields, scale: number, ancestors: readonly Ancestor[]): number {
  let total = 0;
  const definitions = type.getFields();
  for (const nodes of fields.values()) {
    if (++w.visits > MAX_VISITS) throw new QueryCostError(null, w.limit);
    const node = nodes[0]!;
    const name = node.name.value;
    const definition = name === '__typename' ? undefined : definitions[name] ?? introspectionField(w, name);
    if (!definition || isLeafType(definition.type)) {
      total += WEIGHTS.get(`${type.name}.${name}`) ?? 1;
    } else {
      total += 1 + fieldCost(w, type.name, definition, nodes, scale, ancestors);
    }
    if (scale * total > w.limit) throw new QueryCostError(Math.ceil(scale * total), w.limit);
  }
  return total;
}

/** An object or list field: its size times the cost of its selection (the dearest type, for an interface). */
function fieldCost(w: Walk, typeName: string, definition: { type: unknown }, nodes: FieldNode[], scale: number, ancestors: readonly Ancestor[]): number {
  const name = nodes[0]!.name.value;
  const args: Args = {};
  for (const arg of SIZE_ARGUMENTS) args[arg] = argumentValue(w, definition, nodes[0]!, arg);
  const size = sizeOf(w, typeName, name, definition.type, args, ancestors);
  const inner = [...ancestors, { field: name, args }];
  let dearest = 0;
  for (const possible of possibleTypes(w, namedType(definition.type).name)) {
    dearest = Math.max(dearest, selectionCost(w, possible, collectSubfields(w, possible, nodes), scale * size, inner));
  }
  return size * dearest;
}

function possibleTypes(w: Walk, name: string): ObjectTypeLike[] {
  const abstract = w.schema.getType(name) as unknown as { resolveType?: unknown } | undefined;
  if (!abstract) return [];
  // An interface or a union (they have resolveType, objects do not): each type it may be.
  if (!('resolveType' in abstract)) {
    const own = objectType(w, name);
    return own ? [own] : [];
  }
  return w.schema.getPossibleTypes(abstract as never).map((t) => objectType(w, t.name)).filter((t): t is ObjectTypeLike => !!t);
}

/** `__schema` and `__type`, which no type lists among its fields. */
function introspectionField(w: Walk, name: string): { type: unknown } | undefined {
  if (name === '__schema') return { type: w.schema.getType('__Schema') };
  if (name === '__type') return { type: w.schema.getType('__Type') };
  return undefined;
}

type IntrospectionSizes = Map<string, number>;
const introspectionCache = new WeakMap<GraphQLSchema, IntrospectionSizes>();

/**
 * Introspection's lists, bounded by the schema: its types and directives, and for each other list
 * the most that any one type, field or directive has (fields, arguments, enum values, interfaces,
 * possible types, input fields, directive locations), each apart: a bound shared by all of them (the
 * most fields of any type, as arguments too) put GraphiQL's own introspection query over the limit.
 */
function introspectionSizes(schema: GraphQLSchema): IntrospectionSizes {
  const hit = introspectionCache.get(schema);
  if (hit) return hit;
  type TypeLike = { getFields?: () => Record<string, { args?: unknown[] }>; getValues?: () => unknown[]; getInterfaces?: () => unknown[] };
  const types = Object.values(schema.getTypeMap()) as unknown as TypeLike[];
  const most = (values: number[]) => Math.max(1, ...values);
  const fields = types.flatMap((t) => Object.values(t.getFields?.() ?? {}));
  const abstract = Object.values(schema.getTypeMap()).filter((t) => 'resolveType' in t && !('getValues' in t));
  const directives = schema.getDirectives();
  const sizes: IntrospectionSizes = new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', most(types.map((t) => Object.keys(t.getFields?.() ?? {}).length))],
    ['__Type.inputFields', most(types.map((t) => Object.keys(t.getFields?.() ?? {}).length))],
    ['__Type.enumValues', most(types.map((t) => t.getValues?.().length ?? 0))],
    ['__Type.interfaces', most(types.map((t) => t.getInterfaces?.().length ?? 0))],
    ['__Type.possibleTypes', most(abstract.map((t) => schema.getPossibleTypes(t as Parameters<GraphQLSchema['getPossibleTypes']>[0]).length))],
    ['__Field.args', most(fields.map((f) => f.args?.length ?? 0))],
    ['__Directive.args', most(directives.map((d) => d.args.length))],
    ['__Directive.locations', most(directives.map((d) => d.locations.length))],
  ]);
  sizes.set('*', most([...sizes.values()]));
  introspectionCache.set(schema, sizes);
  return sizes;
}

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  /** The request's variables, as sent. */
  variables?: Record<string, unknown> | null;
}

/**
 * The cost of the operation the request runs; throws QueryCostError as soon as it is over `limit`.
 * (An operation that cannot be found costs nothing here: Apollo Server refuses it anyway.)
 */
export function queryCost(input: CostInput, limit: number): number {
  const operations = input.document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const operation = input.operationName ? operations.find((o) => o.name?.value === input.operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) return 0;
  const fragments: Record<string, FragmentDefinitionNode> = Object.create(null);
  for (const d of input.document.definitions) if (d.kind === 'FragmentDefinition') fragments[d.name.value] = d;
  // Variables the request leaves out take the operation's defaults.
  const variables: Record<string, unknown> = Object.create(null);
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) variables[v.variable.name.value] = valueFromASTUntyped(v.defaultValue);
  Object.assign(variables, input.variables ?? {});
  const root = operation.operation === 'mutation' ? input.schema.getMutationType() : operation.operation === 'query' ? input.schema.getQueryType() : null;
  const type = root ? objectType({ schema: input.schema, fragments, variables }, root.name) : null;
  if (!type) return 0;
  const w: Walk = { schema: input.schema, fragments, variables, limit, visits: 0, introspection: introspectionSizes(input.schema) };
  return selectionCost(w, type, collectSubfields(w, type, [{ selectionSet: operation.selectionSet } as FieldNode]), 1, []);
}
