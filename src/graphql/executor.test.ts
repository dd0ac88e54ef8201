import { describe, expect, it } from 'vitest';
import { execute, parse, type OperationDefinitionNode } from 'graphql/index.js';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { compiledExecutor, type Operation } from './executor.ts';
import type { ApiContext } from './context.ts';

const schema = makeExecutableSchema({
  typeDefs: 'type Query { twice(n: Int!): Int! broken: String plain: String }',
  resolvers: {
    Query: {
      twice: (_p: unknown, { n }: { n: number }) => 2 * n,
      broken: () => { throw new Error('no extensions here'); },
      plain: () => 'plain',
    },
  },
});

function operation(query: string, variables?: Record<string, unknown>, operationName: string | null = null): Operation {
  const document = parse(query);
  const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName))!;
  return { schema, document, operation: op, operationName, cacheKey: `${operationName ?? ''}\u0000${query}`, context: {} as ApiContext, variables };
}

const graphqlJs = (op: Operation) => execute({ schema, document: op.document, operationName: op.operationName, variableValues: op.variables });

describe('compiledExecutor', () => {
  it('compiles an operation once and answers it from the cache after, as graphql-js does', async () => {
    const jit = compiledExecutor('jit');
    const op = operation('query T($n: Int!) { twice(n: $n) plain }', { n: 21 });
    expect(await jit.run(op)).toEqual(await graphqlJs(op));
    expect(await jit.run(op)).toEqual({ data: { twice: 42, plain: 'plain' } });
    expect(jit.stats()).toEqual({ compiled: 1, fallbacks: 0, cacheHits: 1, cached: 1 });
  });

  it("words the variables' errors as graphql-js does", async () => {
    const jit = compiledExecutor('jit');
    for (const variables of [{}, { n: 'many' }]) {
      const op = operation('query T($n: Int!) { twice(n: $n) }', variables);
      const [a, b] = [await jit.run(op), await graphqlJs(op)];
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      expect(a.errors![0]!.nodes?.[0]?.kind).toBe('VariableDefinition');
    }
  });

  it("gives a resolver's error graphql-js's shape: extensions always an object, the original error kept", async () => {
    const op = operation('{ broken plain }');
    const a = await compiledExecutor('jit').run(op);
    expect(JSON.stringify(a)).toBe(JSON.stringify(await graphqlJs(op)));
    expect(a.errors![0]!.extensions).toEqual({});
    expect(a.errors![0]!.originalError?.message).toBe('no extensions here');
  });

  it('runs what it cannot compile on graphql-js, and counts it once per operation', async () => {
    const jit = compiledExecutor('jit');
    // No operation of this name: graphql-jit refuses to compile it, graphql-js words the error.
    const op = operation('query A { plain } query B { plain }', undefined, 'C');
    expect(await jit.run(op)).toEqual(await graphqlJs(op));
    await jit.run(op);
    expect(jit.stats()).toMatchObject({ compiled: 0, fallbacks: 1 });
  });

  it('keeps at most its bound of operations, and compiles nothing with graphql-js', async () => {
    const jit = compiledExecutor('jit', 2);
    for (const n of [1, 2, 3, 4]) await jit.run(operation(`{ twice(n: ${n}) }`));
    expect(jit.stats()).toMatchObject({ compiled: 4, cached: 2 });
    const plain = compiledExecutor('graphql-js');
    expect(await plain.run(operation('{ plain }'))).toEqual({ data: { plain: 'plain' } });
    expect(plain.stats()).toMatchObject({ compiled: 0, cached: 0 });
  });
});
