/**
 * GraphQL selection → one Cypher map projection. A root field (`pdu`, `inspections`, ...) asks for
 * the projection of its node variable; every selected property becomes `.name`, and every selected
 * relation (relations.ts) becomes a COLLECT subquery nested in the map under the key `@<response
 * key>`, recursively. The whole query is then answered by the root field's one statement, and the
 * relation resolvers (resolvers.ts) find their answer on the parent record instead of asking the
 * database again.
 *
 * Only constants reach the Cypher text: labels and patterns from relations.ts, property names that
 * exist in the schema (the query was validated against it), and generated variable names. The same
 * selection always gives the same text, so Neo4j's plan cache answers repeated queries.
 */
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { itemMap, relationOf, valueOf, type Relation, type Vars } from './relations.ts';
import { collectSubfields, isLeafType, namedType, objectType, type Fields, type SelectionContext } from './selection.ts';
import { fieldPage } from './page-args.ts';

/** The key under which a projected relation is stored on its parent record. */
export const projectedKey = (responseKey: string) => `@${responseKey}`;

/** A projection's text and the parameters it refers to (the pages of nested connections). */
export interface Projection {
  text: string;
  params: Record<string, unknown>;
}

interface Compilation extends SelectionContext {
  /** Numbers the variables of each relation, so nested subqueries never capture an outer name. */
  counter: number;
  /** Parameters of nested connections' pages (`$first3`, `$offset3`): values never enter the text. */
  params: Record<string, unknown>;
}

function vars(c: Compilation): Vars {
  const n = ++c.counter;
  return (name) => `${name}${n}`;
}

/** The map projection of `variable`, a node of GraphQL type `typeName`, for the selected `fields`. */
function project(c: Compilation, variable: string, typeName: string, fields: Fields, always: readonly string[] = [], extra: string[] = []): string {
  const type = objectType(c, typeName);
  if (!type) return `${variable} {.*}`;
  const definitions = type.getFields();
  const properties = new Set(always);
  const entries = [...extra];
  for (const [key, nodes] of fields) {
    const name = nodes[0]!.name.value;
    if (name.startsWith('__')) continue;
    const relation = relationOf(typeName, name);
    const value = valueOf(typeName, name);
    if (relation) entries.push(`\`${projectedKey(key)}\`: ${relation.connection ? collectPage(c, variable, typeName, relation, nodes) : collect(c, variable, relation, nodes)}`);
    else if (value) entries.push(`\`${projectedKey(key)}\`: ${value.value(variable, vars(c))}`);
    else if (definitions[name] && isLeafType(definitions[name].type)) properties.add(name);
    // Any other object field has its own resolver, which loads what it needs by the parent's id.
    else properties.add('id');
  }
  // Nothing else needs the id: every property is read once, as in hand-written Cypher.
  if (properties.size === 0 && entries.length === 0) properties.add('id');
  return `${variable} {${[...[...properties].map((p) => `.${p}`), ...entries].join(', ')}}`;
}

/** A relation as a COLLECT subquery from `parent`: a list, or its first item for a to-one relation. */
function collect(c: Compilation, parent: string, relation: Relation, nodes: ReadonlyArray<FieldNode>): string {
  const v = vars(c);
  const itemType = objectType(c, relation.to);
  const selected = itemType ? collectSubfields(c, itemType, nodes) : new Map();
  const item = relation.item ? relationshipItem(c, relation, v, selected) : project(c, v('t'), relation.to, selected);
  const match = relation.match(parent, v, '');
  // Ordered by a WITH before the RETURN: an ORDER BY after a RETURN whose item holds an aggregating
  // subquery (a theme's occurrences) may not see the relation's variables.
  const order = relation.order ? ` ORDER BY ${relation.order(v)}` : '';
  const body = relation.distinct ? `${match} WITH DISTINCT ${v('t')}${order} RETURN ${item}` : `${match}${order ? ` WITH *${order}` : ''} RETURN ${item}`;
  if (relation.one) return `COLLECT { ${body} LIMIT 1 }[0]`;
  // A list's known bound (relations.ts), so the cost model holds whatever the data says.
  return relation.bound ? `COLLECT { ${body} LIMIT ${relation.bound} }` : `COLLECT { ${body} }`;
}

/**
 * A relation that is a connection: `{total, page}` from a COUNT and a COLLECT subquery, the page cut
 * by the field's `first` and `after` (parameters). The field's resolver turns it into a connection.
 */
function collectPage(c: Compilation, parent: string, parentType: string, relation: Relation, nodes: ReadonlyArray<FieldNode>): string {
  const v = vars(c);
  const page = fieldPage(c, objectType(c, parentType)!, nodes[0]!);
  c.params[v('offset')] = page.offset;
  c.params[v('first')] = page.first;
  const { nodeType, fields, always } = connectionSelection(c, namedTypeOfField(c, parentType, nodes[0]!.name.value), nodes);
  const item = relation.item ? relationshipItem(c, relation, v, fields) : project(c, v('t'), nodeType, fields, always);
  const match = relation.match(parent, v, '');
  const order = relation.order ? ` ORDER BY ${relation.order(v)}` : '';
  const cut = ` SKIP $${v('offset')} LIMIT $${v('first')}`;
  const body = relation.distinct ? `${match} WITH DISTINCT ${v('t')}${order}${cut} RETURN ${item}` : `${match} WITH *${order}${cut} RETURN ${item}`;
  const counted = relation.distinct ? `${match} WITH DISTINCT ${v('t')} RETURN 1` : `${match} RETURN 1`;
  return `{total: COUNT { ${counted} }, page: COLLECT { ${body} }}`;
}

function namedTypeOfField(c: Compilation, typeName: string, field: string): string {
  return namedType(objectType(c, typeName)!.getFields()[field]!.type).name;
}

/** A relationship record with only the selected fields (and those their resolvers need). */
function relationshipItem(c: Compilation, relation: Relation, v: Vars, selected: Fields): string {
  const byField = new Map<string, FieldNode[]>();
  for (const nodes of selected.values()) {
    const name = nodes[0]!.name.value;
    byField.set(name, [...(byField.get(name) ?? []), ...nodes]);
  }
  const wanted = new Set([...byField.keys()].flatMap((name) => [name, ...(relation.needs?.[name] ?? [])]));
  return itemMap(relation.item!(v), (field) => wanted.has(field), (embedded, field) => {
    const type = objectType(c, embedded.type);
    const under = type ? collectSubfields(c, type, byField.get(field) ?? []) : new Map();
    return project(c, embedded.embed, embedded.type, under, embedded.always);
  });
}

function compilation(info: GraphQLResolveInfo): Compilation {
  return { schema: info.schema, fragments: info.fragments, variables: info.variableValues, counter: 0, params: {} };
}

/**
 * Compiled projections by the field's AST node. Apollo Server keeps each query's parsed document,
 * so a repeated query brings the same node objects and skips compiling (about half a millisecond
 * for a PDU page). A selection that depends on variables (`@include(if: $x)`, `first: $n`) is not kept.
 */
const compiled = new WeakMap<FieldNode, Map<string, Projection>>();

function cached(info: GraphQLResolveInfo, key: string, compile: (c: Compilation) => string): Projection {
  const first = info.fieldNodes[0]!;
  let byKey = compiled.get(first);
  const hit = byKey?.get(key);
  if (hit !== undefined) return hit;
  const c = compilation(info);
  const projection = { text: compile(c), params: c.params };
  if (!c.readVariables) {
    if (!byKey) compiled.set(first, (byKey = new Map()));
    byKey.set(key, projection);
  }
  return projection;
}

/**
 * The projection of a root field that returns nodes of one type (or a list of them). `typeName`
 * names the concrete type when the field returns an interface (`node(id:)` knows it from the id);
 * `labelled` adds `__label` for resolving that interface.
 */
export function projectRoot(info: GraphQLResolveInfo, variable: string, typeName?: string, labelled = false): Projection {
  const name = typeName ?? namedType(info.returnType).name;
  return cached(info, `root ${variable} ${name} ${labelled} ${info.fieldNodes.length}`, (c) => {
    const type = objectType(c, name);
    const fields = type ? collectSubfields(c, type, info.fieldNodes) : new Map();
    return project(c, variable, name, fields, [], labelled ? [`__label: '${name}'`] : []);
  });
}

/**
 * The projection of the nodes of a connection: what `nodes { ... }` and `edges { node { ... } }`
 * select, merged, since both hand out the same records. A response key that means different
 * fields in the two places is left to the loaders.
 */
export function projectConnection(info: GraphQLResolveInfo, variable: string): Projection {
  return cached(info, `connection ${variable} ${info.fieldNodes.length}`, (c) => compileConnection(c, info, variable));
}

function compileConnection(c: Compilation, info: GraphQLResolveInfo, variable: string): string {
  if (!objectType(c, namedType(info.returnType).name)) return `${variable} {.*}`;
  const { nodeType, fields, always } = connectionSelection(c, namedType(info.returnType).name, info.fieldNodes);
  return project(c, variable, nodeType, fields, always);
}

/** What a connection's `nodes` and `edges { node }` select, merged; `always` keeps what a merge could not. */
function connectionSelection(c: Compilation, connectionName: string, fieldNodes: ReadonlyArray<FieldNode>): { nodeType: string; fields: Fields; always: string[] } {
  const connection = objectType(c, connectionName)!;
  const nodeTypeName = namedType(connection.getFields().nodes!.type).name;
  const nodeType = objectType(c, nodeTypeName)!;
  const top = collectSubfields(c, connection, fieldNodes);
  const sources: Fields[] = [];
  for (const nodes of top.values()) {
    const name = nodes[0]!.name.value;
    if (name === 'nodes') sources.push(collectSubfields(c, nodeType, nodes));
    if (name === 'edges') {
      const edgeType = objectType(c, namedType(connection.getFields().edges!.type).name)!;
      for (const inner of collectSubfields(c, edgeType, nodes).values()) {
        if (inner[0]!.name.value === 'node') sources.push(collectSubfields(c, nodeType, inner));
      }
    }
  }
  const merged: Fields = new Map();
  const conflicting = new Set<string>();
  for (const source of sources) {
    for (const [key, nodes] of source) {
      const seen = merged.get(key);
      if (!seen) merged.set(key, [...nodes]);
      else if (seen[0]!.name.value !== nodes[0]!.name.value) conflicting.add(key);
      else seen.push(...nodes);
    }
  }
  // Properties are read by field name, whatever the alias: keep those of conflicting keys.
  const properties = new Set<string>();
  for (const key of conflicting) {
    for (const node of merged.get(key)!) properties.add(node.name.value);
    for (const source of sources) for (const node of source.get(key) ?? []) properties.add(node.name.value);
    merged.delete(key);
  }
  const definitions = nodeType.getFields();
  const always = [...properties].filter((p) => definitions[p] && isLeafType(definitions[p].type));
  // A relation left out is loaded by the parent's id.
  if (always.length < properties.size) always.push('id');
  return { nodeType: nodeTypeName, fields: merged, always };
}
