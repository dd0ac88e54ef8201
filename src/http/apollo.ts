/**
 * The Apollo Server behind /graphql: the schema (plain, or as a Federation subgraph), how errors are
 * formatted, the query limits, and the plugins. Shutdown is the service's (see createService).
 */
import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { ApiContext } from '../graphql/context.ts';
import { resolvers } from '../graphql/resolvers/index.ts';
import { loadTypeDefs } from '../graphql/schema.ts';
import { formatError } from '../graphql/format-error.ts';
import { subgraphSchema } from '../graphql/federation.ts';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { compiledExecutor, executorGateway, type CompiledExecutor, type ExecutorKind } from '../graphql/executor.ts';
import { armor, LIMITS } from './plugins/limits.ts';
import { observabilityPlugin } from './plugins/observability.ts';
import { costLimitPlugin } from './plugins/cost-limit.ts';
import { trustedDocumentsPlugin } from './plugins/trusted-documents.ts';
import type { Metrics } from './metrics.ts';

export interface ApolloOptions {
  development: boolean;
  introspection: boolean;
  fieldSuggestions: boolean;
  federation: boolean;
  /** `extensions.stacktrace` in error answers: only when asked for (STACKTRACES=true), never by default. */
  stacktraces: boolean;
  /** Operation names /metrics labels by name; any other is "other" (operations.ts). */
  knownOperations: ReadonlySet<string>;
  /** When set, the only documents the service runs (TRUSTED_DOCUMENTS=only); else any. */
  trustedDocuments?: ReadonlySet<string> | null;
  /** GRAPHQL_EXECUTOR: operations compiled by graphql-jit (`jit`), or graphql-js's execute as Apollo runs it. */
  executor: ExecutorKind;
}

/** The schema Apollo would build from `typeDefs` and `resolvers` (the same call), or the federation subgraph's. */
function apiSchema(federation: boolean): GraphQLSchema {
  // FEDERATION=true: the same SDL and resolvers as a subgraph (src/graphql/federation.ts); else unchanged.
  return federation ? subgraphSchema(loadTypeDefs(), resolvers) : makeExecutableSchema({ typeDefs: [loadTypeDefs()], resolvers: resolvers as never });
}

export async function startApollo(opts: ApolloOptions, httpServer: http.Server, metrics: Metrics): Promise<{ apollo: ApolloServer<ApiContext>; executor: CompiledExecutor; schema: GraphQLSchema }> {
  const protection = armor(!opts.fieldSuggestions);
  const schema = apiSchema(opts.federation);
  const executor = compiledExecutor(opts.executor);
  metrics.watchExecutor(executor);
  const apollo = new ApolloServer<ApiContext>({
    // jit: Apollo's gateway interface is its one way to take another executor (src/graphql/executor.ts);
    // everything before execution (parsing, validation, plugins) and after (error formatting) is Apollo's.
    ...(opts.executor === 'jit' ? { gateway: executorGateway(schema, executor) } : { schema }),
    formatError: formatError(opts.development),
    includeStacktraceInErrorResponses: opts.stacktraces,
    introspection: opts.introspection,
    hideSchemaDetailsFromClientErrors: !opts.fieldSuggestions,
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    // Shutdown is ours (src/app/lifecycle.ts): stop HTTP, then the driver, then the local Neo4j.
    stopOnTerminationSignals: false,
    // graphql-armor is typed against Apollo's CommonJS build; the plugin objects are the same.
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<ApiContext>[]),
      ...(opts.trustedDocuments ? [trustedDocumentsPlugin(opts.trustedDocuments)] : []),
      costLimitPlugin(LIMITS.maxCost),
      observabilityPlugin(metrics, opts.knownOperations),
      // No landing page: Apollo's loads scripts and fonts from its CDN. A browser opening /graphql
      // gets GraphiQL (when on) or the service's own short page (src/http/pages/routes.ts).
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's cache-control plugin (installed unless disabled) runs a hook on every resolved
      // field to compute HTTP cache hints, which this API does not give: work per field for nothing.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  return { apollo, executor, schema };
}
