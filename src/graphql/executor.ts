/**
 * Compiled execution: each operation is compiled once to JavaScript by graphql-jit and the compiled
 * function is kept, so a repeated operation skips graphql-js's per-request work (collecting fields,
 * building an info object for every field, checking every value against its type by walking the
 * schema). It runs the same resolvers over the same schema; the answers, errors and their
 * extensions are the same (test/integration/executor-parity.test.ts asks both).
 *
 * Apollo Server 5 takes a custom executor only through its gateway interface: `load()` answers with
 * the executor, and `onSchemaLoadOrUpdate` hands Apollo the schema (it validates requests against it
 * and runs every plugin as before; only execution is ours). Vocabulary:
 *
 *   executor    GRAPHQL_EXECUTOR: `jit` (compiled, the default) or `graphql-js` (graphql-js's execute)
 *   compiled    an operation graphql-jit compiled, kept in a bounded LRU cache keyed by the query's
 *               hash and the operation name
 *   fallback    an operation graphql-jit cannot compile: run by graphql-js, counted, and remembered
 *               in the same cache so it is not tried again
 */
import type { DocumentNode, ExecutionResult, GraphQLSchema, OperationDefinitionNode } from 'graphql';
// The CommonJS build by its path: the one Node loads for 'graphql', graphql-jit, @graphql-tools and
// Apollo use, so the schema's types are this copy's (a test runner may resolve a bare 'graphql' in
// our own code to the ESM build, whose `execute` refuses a schema of the other copy).
import { execute, getVariableValues, GraphQLError } from 'graphql/index.js';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { ApiContext } from './context.ts';

export type ExecutorKind = 'jit' | 'graphql-js';
export const EXECUTORS: readonly ExecutorKind[] = ['jit', 'graphql-js'];

type Gateway = ApolloServerOptionsWithGateway<ApiContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type RequestContext = Parameters<GatewayExecutor>[0];

/** What the executor has done since the service started (/metrics, tests). */
export interface ExecutorStats {
  /** Operations compiled by graphql-jit. */
  compiled: number;
  /** Operations graphql-jit could not compile, run by graphql-js instead. */
  fallbacks: number;
  /** Requests answered by a compiled operation from the cache. */
  cacheHits: number;
  /** Compiled operations (and remembered fallbacks) held now. */
  cached: number;
}

export interface CompiledExecutor {
  readonly kind: ExecutorKind;
  stats(): ExecutorStats;
  run(request: Operation): Promise<ExecutionResult>;
}

/** One operation to execute, as Apollo hands it over after parsing and validating it. */
export interface Operation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** As the client sent it. */
  operationName: string | null;
  /** Names the operation's text: the query's hash and the operation name. */
  cacheKey: string;
  context: ApiContext;
  variables: Record<string, unknown> | undefined;
}

/** Operations kept compiled: far more than the distinct operations of the explorer, GraphiQL and the README. */
export const COMPILED_OPERATIONS_MAX = 1000;

/** A cache entry: the compiled operation, or `null` when it fell back to graphql-js. */
type Entry = { compiled: CompiledQuery | null };

function graphqlJs({ schema, document, operationName, context, variables }: Omit<Operation, 'operation' | 'cacheKey'>) {
  return execute({ schema, document, operationName, contextValue: context, variableValues: variables });
}

/**
 * The variables' errors exactly as graphql-js words them (its messages, and the variable's node,
 * from which Apollo answers BAD_USER_INPUT with HTTP 400); graphql-jit's own differ. Null when
 * the variables fit their declared types.
 */
function variableErrors({ schema, operation, variables }: Operation): ExecutionResult | null {
  if (!operation.variableDefinitions?.length) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions, variables ?? {}, { maxErrors: 50 });
  return coerced.errors ? { errors: coerced.errors } : null;
}

/** graphql-jit's compilation of one operation, or null when it cannot compile it. */
function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): CompiledQuery | null {
  try {
    const compiled = compileQuery(schema, document, operationName ?? undefined, {
      // Stack traces of field errors are only read when STACKTRACES=true; graphql-js keeps them.
      disablingCapturingStackErrors: false,
    });
    return isCompiledQuery(compiled) ? compiled : null;
  } catch {
    return null;
  }
}

/**
 * graphql-jit's errors as graphql-js's: its own error objects have no `extensions` at all when the
 * thrown error had none (Apollo reads `extensions.code` of every error, and a plain Error from the
 * driver, DATABASE_UNAVAILABLE for one, would become an unformatted internal error). Same message,
 * locations, path, original error (and so stack) and extensions.
 */
function asGraphqlJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError, extensions: e.extensions });
    (error as { locations: GraphQLError['locations'] }).locations = e.locations;
    return error;
  });
  // graphql-js's order: the errors first, then the rest as it was.
  const { errors: _jit, ...rest } = result;
  return { errors, ...rest };
}

export function compiledExecutor(kind: ExecutorKind, maxOperations = COMPILED_OPERATIONS_MAX): CompiledExecutor {
  const cache = new LRUCache<string, Entry>({ max: maxOperations });
  const counts = { compiled: 0, fallbacks: 0, cacheHits: 0 };
  const entryFor = (schema: GraphQLSchema, document: DocumentNode, operationName: string | null, key: string): Entry => {
    const hit = cache.get(key);
    if (hit) {
      if (hit.compiled) counts.cacheHits++;
      return hit;
    }
    const compiled = compile(schema, document, operationName);
    if (compiled) counts.compiled++;
    else counts.fallbacks++;
    const entry = { compiled };
    cache.set(key, entry);
    return entry;
  };
  return {
    kind,
    stats: () => ({ ...counts, cached: cache.size }),
    async run(op) {
      if (kind === 'graphql-js') return graphqlJs(op);
      const { compiled } = entryFor(op.schema, op.document, op.operationName, op.cacheKey);
      if (!compiled) return graphqlJs(op);
      return variableErrors(op) ?? asGraphqlJsErrors(await compiled.query(undefined, op.context, op.variables ?? {}));
    },
  };
}

/**
 * The gateway Apollo Server is given: it hands over `schema` once, on `load()` (the schema never
 * changes while the service runs, so the compiled operations are keyed by the query alone), and
 * answers every operation through `executor`.
 */
export function executorGateway(schema: GraphQLSchema, executor: CompiledExecutor): Gateway {
  const listeners = new Set<Parameters<Gateway['onSchemaLoadOrUpdate']>[0]>();
  const run: GatewayExecutor = async (rc: RequestContext) => {
    // The operation as the client named it: graphql-js's own error when it names none of the document's.
    const operationName = rc.request.operationName ?? null;
    const request = { schema: rc.schema, document: rc.document, operationName, context: rc.context as ApiContext, variables: rc.request.variables };
    // No operation: graphql-js words the error (no such name, or several operations and no name).
    if (!rc.operation) return graphqlJs(request);
    return executor.run({ ...request, operation: rc.operation, cacheKey: `${operationName ?? ''}\u0000${rc.queryHash}` });
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => void listeners.delete(callback);
    },
    async load() {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: run };
    },
    async stop() {
      listeners.clear();
    },
  };
}
