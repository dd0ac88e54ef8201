/**
 * `npm start`: validate the configuration, start the bundled local Neo4j when NEO4J_URI is unset,
 * apply constraints and indexes, load the seeds (idempotent), then serve GraphQL. SIGINT or SIGTERM
 * stops the HTTP service, closes the driver and stops the local Neo4j, in that order.
 */
import { loadConfig, ConfigError, type Config } from './config.ts';
import { databaseAt } from './open-database.ts';
import { applySchema } from '../graph/schema.ts';
import { describeDefaultGraph, loadDefaultGraph } from '../sources/default-graph.ts';
import { createService } from '../http/server.ts';
import { loadApiKeys } from '../http/auth/api-keys.ts';
import { createLogger } from '../http/logger.ts';
import { localNeo4jOptionsFromEnv, startLocalNeo4j, type RunningNeo4j } from '../neo4j-local/index.ts';
import { neo4jBrowserSettings } from '../http/pages/neo4j-browser.ts';
import { warmUp, type App } from '../http/pages/bundle.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);

export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let config: Config;
  let localOptions;
  let apiKeys;
  try {
    config = loadConfig(env);
    localOptions = config.NEO4J_URI ? null : localNeo4jOptionsFromEnv(env);
    apiKeys = loadApiKeys(config);
  } catch (e) {
    process.stderr.write(`probation-graph: ${(e as Error).message}\n`);
    return 2;
  }

  let neo4j: RunningNeo4j | null = null;
  const stopping: Array<() => Promise<void>> = [];
  const abort = new AbortController();
  let shuttingDown: Promise<void> | null = null;
  const shutdown = () =>
    (shuttingDown ??= (async () => {
      abort.abort();
      for (const step of stopping.reverse()) await step().catch((e) => process.stderr.write(`shutdown: ${(e as Error).message}\n`));
    })());

  // Installed before anything starts, so Ctrl-C during start-up still stops a half-started Neo4j.
  // Ctrl-C reaches every process in the terminal's group and npm forwards it again: the handler
  // stays installed and ignores repeats, so a second signal cannot kill us halfway through stopping.
  const onSignal = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    say(`\n${signal}: stopping...`);
    void shutdown().then(() => {
      say('Stopped.');
      process.exit(0);
    });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    if (localOptions) {
      say('Starting the bundled local Neo4j (the first run downloads it from Maven Central)...');
      // Neo4j Browser may fetch the service's style and guide, and applies/opens them on connecting.
      const settings = neo4jBrowserSettings(browserFacingUrl(config.HOST, config.PORT));
      neo4j = await startLocalNeo4j({ ...localOptions, instance: 'dev', settings, signal: abort.signal });
      const running = neo4j;
      stopping.push(() => running.stop());
    }
    const uri = config.NEO4J_URI ?? neo4j!.boltUri;
    const db = databaseAt(config, uri);
    stopping.push(() => db.close());

    let seeded = false;
    const development = config.NODE_ENV !== 'production';
    const service = await createService({
      db, development, isSeeded: () => seeded, apiKeys, readsRequireKey: config.READS_REQUIRE_KEY,
      introspection: config.INTROSPECTION ?? development, fieldSuggestions: config.FIELD_SUGGESTIONS ?? development,
      logger: createLogger(config.LOG_LEVEL),
      graphiql: config.GRAPHIQL ?? development, federation: config.FEDERATION,
    });
    stopping.push(() => service.close());
    const url = await service.listen(config.PORT, config.HOST);

    await applySchema(db);
    if (config.SEED_ON_START) say(describeDefaultGraph(await loadDefaultGraph(db)));
    seeded = true;
    // Bundle the pages now rather than on their first request (GraphiQL takes a few seconds).
    const graphiql = config.GRAPHIQL ?? development;
    warmUp(graphiql ? (['explorer', 'graphiql'] as App[]) : ['explorer']);

    say('');
    say(`GraphQL:       ${url}/graphql`);
    say(`Readiness:     ${url}/ready`);
    if (graphiql) say(`GraphiQL:      ${url}/graphiql`);
    say(`Explorer:      ${url}/explorer`);
    if (config.FEDERATION) say('Federation:    on (the schema is an Apollo Federation subgraph)');
    say(neo4j ? `Neo4j Browser: ${neo4j.browserUrl} (connect to ${neo4j.boltUri}, no authentication)` : `Neo4j:         ${uri}`);
    say('Press Ctrl-C to stop.');
  } catch (e) {
    if (shuttingDown) return new Promise<number>(() => undefined); // the signal handler exits
    process.stderr.write(`probation-graph: could not start: ${(e as Error).message}\n`);
    await shutdown();
    return 1;
  }
  // Runs until a signal; the handler stops everything and exits.
  return new Promise<number>(() => undefined);
}

/** The service's URL as a browser on this machine reaches it (for Neo4j Browser's settings). */
function browserFacingUrl(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${h}:${port}`;
}

export { ConfigError };
