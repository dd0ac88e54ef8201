/**
 * Which fields a query selects on an object, the way graphql-js execution collects them: fragments
 * spread and inlined, type conditions applied, `@skip` / `@include` evaluated against the
 * request's variables, and fields with the same response key (alias or name) merged.
 *
 * graphql-js does this in `collectFields`, which is not public API in graphql 16; this is the same
 * algorithm on the public AST. Types are inspected by duck typing rather than `instanceof`, so a
 * schema built by another copy of graphql (e.g. the federation subgraph, which is CommonJS) works.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLSchema, SelectionNode, SelectionSetNode } from 'graphql';

/** Response key → the field nodes that select it (several when merged). */
export type Fields = Map<string, FieldNode[]>;

export interface SelectionContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Set when a `@skip`/`@include` condition read a variable: the selection then varies by request. */
  readVariables?: boolean;
}

/** The parts of GraphQLObjectType this module uses. */
export interface ObjectTypeLike {
  name: string;
  getFields(): Record<string, { type: unknown }>;
  getInterfaces(): ReadonlyArray<{ name: string }>;
}

export function objectType(ctx: SelectionContext, name: string): ObjectTypeLike | null {
  const type = ctx.schema.getType(name) as unknown as Partial<ObjectTypeLike> | undefined;
  return type && typeof type.getFields === 'function' && typeof type.getInterfaces === 'function' ? (type as ObjectTypeLike) : null;
}

/** The named type under any list and non-null wrappers. */
export function namedType(type: unknown): { name: string; getFields?: unknown } {
  let t = type as { ofType?: unknown; name?: string };
  while (t.ofType) t = t.ofType as typeof t;
  return t as { name: string };
}

/** A leaf (scalar or enum) field: read straight from the node's properties. */
export function isLeafType(type: unknown): boolean {
  return typeof namedType(type).getFields !== 'function';
}

/** The fields selected on `type` by these selection sets (graphql-js `collectFields`). */
export function collectFields(ctx: SelectionContext, type: ObjectTypeLike, sets: ReadonlyArray<SelectionSetNode>): Fields {
  const fields: Fields = new Map();
  const visitedFragments = new Set<string>();
  const visit = (selections: ReadonlyArray<SelectionNode>) => {
    for (const selection of selections) {
      if (!included(selection, ctx)) continue;
      if (selection.kind === 'Field') {
        const key = selection.alias?.value ?? selection.name.value;
        const list = fields.get(key);
        if (list) list.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === 'InlineFragment') {
        if (appliesTo(ctx, selection.typeCondition?.name.value, type)) visit(selection.selectionSet.selections);
      } else {
        const name = selection.name.value;
        if (visitedFragments.has(name)) continue;
        visitedFragments.add(name);
        const fragment = ctx.fragments[name];
        if (fragment && appliesTo(ctx, fragment.typeCondition.name.value, type)) visit(fragment.selectionSet.selections);
      }
    }
  };
  for (const set of sets) visit(set.selections);
  return fields;
}

/** The fields selected below these field nodes, on `type` (graphql-js `collectSubfields`). */
export function collectSubfields(ctx: SelectionContext, type: ObjectTypeLike, nodes: ReadonlyArray<FieldNode>): Fields {
  return collectFields(ctx, type, nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])));
}

/** `@skip(if:)` and `@include(if:)`, with literal or variable conditions. */
function included(node: SelectionNode, ctx: SelectionContext): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const arg = directive.arguments?.find((a) => a.name.value === 'if');
    if (!arg) continue;
    if (arg.value.kind === 'Variable') ctx.readVariables = true;
    const value = arg.value.kind === 'Variable' ? ctx.variables[arg.value.name.value] : arg.value.kind === 'BooleanValue' ? arg.value.value : undefined;
    if (name === 'skip' && value === true) return false;
    if (name === 'include' && value === false) return false;
  }
  return true;
}

/** Whether a fragment on `condition` applies to an object of `type` (the type, an interface of it, or a union holding it). */
function appliesTo(ctx: SelectionContext, condition: string | undefined, type: ObjectTypeLike): boolean {
  if (!condition || condition === type.name) return true;
  if (type.getInterfaces().some((i) => i.name === condition)) return true;
  const abstract = ctx.schema.getType(condition) as unknown as { getTypes?: () => ReadonlyArray<{ name: string }> } | undefined;
  return typeof abstract?.getTypes === 'function' && abstract.getTypes().some((t) => t.name === type.name);
}
