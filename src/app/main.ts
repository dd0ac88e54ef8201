/**
 * `npm start`: validate the configuration, start the bundled local Neo4j when NEO4J_URI is unset,
 * apply constraints and indexes, load the seeds (idempotent), then serve GraphQL. Each step moves
 * the service's lifecycle (src/app/lifecycle.ts) on and registers how to undo itself; SIGINT or
 * SIGTERM stops the HTTP service, closes the driver and stops the local Neo4j, in that order.
 */
import { loadConfig, type Config } from './config.ts';
import { databaseAt } from './open-database.ts';
import { Lifecycle } from './lifecycle.ts';
import { applySchema } from '../graph/schema.ts';
import { describeDefaultGraph, loadDefaultGraph } from '../sources/default-graph.ts';
import { createService } from '../http/server.ts';
import { loadApiKeys, type ApiKeyEntry } from '../http/auth/api-keys.ts';
import { createLogger } from '../http/logger.ts';
import { localNeo4jOptionsFromEnv, startLocalNeo4j, type LocalNeo4jEnvOptions, type RunningNeo4j } from '../neo4j-local/index.ts';
import { neo4jBrowserSettings } from '../http/pages/neo4j-browser.ts';
import { warmUp, type App } from '../http/pages/bundle.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** What start-up needs, read and checked before anything starts. */
interface Setup {
  config: Config;
  /** The bundled Neo4j's options, or null when NEO4J_URI names a Neo4j to use. */
  localOptions: LocalNeo4jEnvOptions | null;
  apiKeys: ApiKeyEntry[];
}

export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let setup: Setup;
  try {
    const config = loadConfig(env);
    setup = { config, localOptions: config.NEO4J_URI ? null : localNeo4jOptionsFromEnv(env), apiKeys: loadApiKeys(config) };
  } catch (e) {
    process.stderr.write(`probation-graph: ${(e as Error).message}\n`);
    return 2;
  }

  const lifecycle = new Lifecycle((problem) => process.stderr.write(`shutdown: ${problem}\n`));
  stopOnSignals(lifecycle);
  try {
    await start(setup, lifecycle);
  } catch (e) {
    if (lifecycle.stopRequested) return runForever(); // a signal cut start-up short: its handler exits
    process.stderr.write(`probation-graph: could not start: ${(e as Error).message}\n`);
    await lifecycle.fail();
    return 1;
  }
  return runForever();
}

/** Runs until a signal; the handler stops everything and exits. */
const runForever = () => new Promise<number>(() => undefined);

/**
 * Installed before anything starts, so Ctrl-C during start-up still stops a half-started Neo4j.
 * Ctrl-C reaches every process in the terminal's group and npm forwards it again: the handler
 * stays installed and ignores repeats, so a second signal cannot kill us halfway through stopping.
 */
function stopOnSignals(lifecycle: Lifecycle): void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (lifecycle.stopRequested) return;
    say(`\n${signal}: stopping...`);
    void lifecycle.stop().then(() => {
      say('Stopped.');
      process.exit(0);
    });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

async function start({ config, localOptions, apiKeys }: Setup, lifecycle: Lifecycle): Promise<void> {
  const neo4j = localOptions ? await startNeo4j(config, localOptions, lifecycle) : null;

  lifecycle.enter('connecting');
  const uri = config.NEO4J_URI ?? neo4j!.boltUri;
  const db = databaseAt(config, uri);
  lifecycle.onStop('closing the driver', () => db.close());
  const development = config.NODE_ENV !== 'production';
  const graphiql = config.GRAPHIQL ?? development;
  const service = await createService({
    db, development, lifecycle, apiKeys, readsRequireKey: config.READS_REQUIRE_KEY,
    introspection: config.INTROSPECTION ?? development, fieldSuggestions: config.FIELD_SUGGESTIONS ?? development,
    logger: createLogger(config.LOG_LEVEL), graphiql, federation: config.FEDERATION,
    stacktraces: config.STACKTRACES, corsOrigins: config.CORS_ORIGINS, executor: config.GRAPHQL_EXECUTOR, watchVersionMs: config.ANALYSIS_WATCH_MS,
    trustedDocuments: config.TRUSTED_DOCUMENTS === 'only' ? { manifests: config.TRUSTED_DOCUMENTS_MANIFESTS } : null,
  });
  lifecycle.onStop('stopping the HTTP service', () => service.close());
  const url = await service.listen(config.PORT, config.HOST);

  lifecycle.enter('loading-seeds');
  await applySchema(db);
  // The seeds and documents load as one load: the analyses' cache is filled once, after it (and also
  // when nothing was loaded: the graph may have been loaded before this start).
  if (config.SEED_ON_START) say(describeDefaultGraph(await service.warmer.hold(() => loadDefaultGraph(db))));
  else service.warmer.schedule();
  lifecycle.enter('ready');
  // Bundle the pages now rather than on their first request (GraphiQL takes a few seconds).
  warmUp(graphiql ? (['explorer', 'graphiql'] as App[]) : ['explorer']);
  printAddresses(url, config, graphiql, neo4j, uri);
}

async function startNeo4j(config: Config, localOptions: LocalNeo4jEnvOptions, lifecycle: Lifecycle): Promise<RunningNeo4j> {
  lifecycle.enter('starting-neo4j');
  say('Starting the bundled local Neo4j (the first run downloads it from Maven Central)...');
  // Neo4j Browser may fetch the service's style and guide, and applies/opens them on connecting.
  const settings = neo4jBrowserSettings(browserFacingUrl(config.HOST, config.PORT));
  const neo4j = await startLocalNeo4j({ ...localOptions, instance: 'dev', settings, signal: lifecycle.signal });
  lifecycle.onStop('stopping the local Neo4j', () => neo4j.stop());
  return neo4j;
}

function printAddresses(url: string, config: Config, graphiql: boolean, neo4j: RunningNeo4j | null, uri: string): void {
  say('');
  say(`GraphQL:       ${url}/graphql`);
  say(`Readiness:     ${url}/ready`);
  if (graphiql) say(`GraphiQL:      ${url}/graphiql`);
  say(`Explorer:      ${url}/explorer`);
  if (config.FEDERATION) say('Federation:    on (the schema is an Apollo Federation subgraph)');
  say(neo4j ? `Neo4j Browser: ${neo4j.browserUrl} (connect to ${neo4j.boltUri}, no authentication)` : `Neo4j:         ${uri}`);
  say('Press Ctrl-C to stop.');
}

/** The service's URL as a browser on this machine reaches it (for Neo4j Browser's settings). */
function browserFacingUrl(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${h}:${port}`;
}
