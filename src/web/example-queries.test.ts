/**
 * The example queries GraphiQL opens are the README's, and they are valid: every entry of
 * src/web/example-queries.ts appears in README.md (whitespace aside), every GraphQL query README.md
 * prints under "Example queries" and "Analyses" (fenced ```graphql blocks and inline `{ ... }` spans)
 * is an entry, and every entry
 * validates against the schema with its variables.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSchema, getVariableValues, Kind, parse, print, validate, type OperationDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../graphql/schema.ts';
import { EXAMPLE_QUERIES, exampleTabs, namedQuery } from './example-queries.ts';

const README = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');
const schema = buildSchema(loadTypeDefs());
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function operations(text: string): OperationDefinitionNode[] {
  return parse(text).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}

/**
 * Every operation the README prints under "Example queries" and "Analyses" (up to the next section
 * after the analyses), normalised by graphql-js's printer.
 */
function readmeOperations(): string[] {
  const start = README.indexOf('\n## Example queries');
  const analyses = README.indexOf('\n## Analyses', start);
  const end = README.indexOf('\n## ', analyses + 1);
  expect(start >= 0 && analyses > start && end > analyses, 'README sections "Example queries" and "Analyses"').toBe(true);
  const text = README.slice(start, end);
  const found: string[] = [];
  for (const m of text.matchAll(/```graphql\n([\s\S]*?)```/g)) found.push(...operations(m[1]!).map((o) => print(o)));
  for (const m of text.matchAll(/`(\{[^`]+\})`/g)) {
    try {
      found.push(...operations(m[1]!).map((o) => print(o)));
    } catch {
      // an inline span that is not GraphQL (a JSON example, say)
    }
  }
  return found;
}

describe('example queries', () => {
  it('each appears in README.md as it is written here', () => {
    const readme = squash(README);
    for (const e of EXAMPLE_QUERIES) expect(readme, e.name).toContain(squash(e.readme));
  });

  it('include every query README.md prints', () => {
    const ours = new Set(EXAMPLE_QUERIES.flatMap((e) => operations(e.readme).map((o) => print(o))));
    const theirs = readmeOperations();
    expect(theirs.length).toBeGreaterThanOrEqual(EXAMPLE_QUERIES.length);
    for (const op of theirs) expect(ours.has(op), `README query not in src/web/example-queries.ts:\n${op}`).toBe(true);
  });

  it('validate against the schema, with their variables', () => {
    for (const e of EXAMPLE_QUERIES) {
      const doc = parse(namedQuery(e));
      expect(validate(schema, doc).map((x) => x.message), e.name).toEqual([]);
      const [op] = operations(namedQuery(e));
      const coerced = getVariableValues(schema, op!.variableDefinitions ?? [], e.variables ?? {});
      expect(coerced.errors?.map((x) => x.message), e.name).toBeUndefined();
    }
  });

  it('open as GraphiQL tabs with distinct operation names', () => {
    const tabs = exampleTabs();
    expect(tabs).toHaveLength(EXAMPLE_QUERIES.length);
    const names = tabs.map((t) => operations(t.query)[0]!.name?.value);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(EXAMPLE_QUERIES.map((e) => e.name));
    expect(JSON.parse(tabs[1]!.variables!)).toEqual({ id: 'pdu:leicester-leicestershire-and-rutland' });
  });
});
