/**
 * `probation-graph neo4j start|stop|status [--instance NAME]`: the local Neo4j on its own, for
 * working with the Browser or running the service against a long-lived database.
 *
 * `start` leaves the JVM running after this command returns (detached; its pid is in
 * <home>/run/neo4j.pid), `stop` ends it, `status` exits 0 when it runs and 3 when it does not.
 * Settings come from NEO4J_LOCAL_DIR, NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, NEO4J_HEAP_MAX,
 * NEO4J_PAGECACHE and NEO4J_GC (see src/neo4j-local/env.ts). Expected failures (bad variable, port taken,
 * already running, start failed) print one clear message and exit non-zero, without a stack trace.
 */
import {
  LocalNeo4jConfigError,
  LocalNeo4jError,
  localNeo4jOptionsFromEnv,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jOptionsInput,
} from '../../../neo4j-local/index.ts';

const USAGE = `usage: probation-graph neo4j <start|stop|status> [--instance NAME]

  start    start the local Neo4j (fetching it with Maven on first use) and return once it
           answers over Bolt; it keeps running after this command exits
  stop     stop it (SIGTERM, then SIGKILL after 30 s)
  status   print its state; exit 0 when running, 3 when not

  --instance NAME   which instance (default: dev); each has its own data under .neo4j/instances/

environment: NEO4J_LOCAL_DIR, NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, NEO4J_HEAP_MAX, NEO4J_PAGECACHE, NEO4J_GC
`;

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`probation-graph neo4j: ${line}\n`);

function parseArgs(argv: string[]): { command: string | undefined; instance: string | undefined; help: boolean } {
  let command: string | undefined;
  let instance: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '--instance') {
      instance = argv[++i];
      if (instance === undefined) throw new LocalNeo4jConfigError('--instance needs a NAME');
    } else if (arg.startsWith('--instance=')) instance = arg.slice('--instance='.length);
    else if (arg.startsWith('-')) throw new LocalNeo4jConfigError(`unknown option '${arg}'`);
    else if (command === undefined) command = arg;
    else throw new LocalNeo4jConfigError(`unexpected argument '${arg}'`);
  }
  return { command, instance, help };
}

export async function run(argv: string[]): Promise<number> {
  try {
    const { command, instance, help } = parseArgs(argv);
    if (help) {
      out(USAGE);
      return 0;
    }
    const options: LocalNeo4jOptionsInput = { ...localNeo4jOptionsFromEnv(), ...(instance ? { instance } : {}) };
    switch (command) {
      case 'start':
        return await start(options);
      case 'stop':
        return await stop(options);
      case 'status':
        return await status(options);
      default:
        process.stderr.write(command ? `probation-graph neo4j: unknown command '${command}'\n\n${USAGE}` : USAGE);
        return 2;
    }
  } catch (error) {
    if (error instanceof LocalNeo4jConfigError) {
      err(error.message);
      return 2;
    }
    if (error instanceof LocalNeo4jError) {
      err(error.message);
      return 1;
    }
    throw error;
  }
}

async function start(options: LocalNeo4jOptionsInput): Promise<number> {
  // Ctrl-C while it starts must not leave a half-started JVM behind (it is detached, so the
  // terminal's SIGINT does not reach it): abort, which kills it.
  const abort = new AbortController();
  const onSigint = () => {
    err('interrupted: aborting the start');
    abort.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    const neo4j = await startLocalNeo4j({ ...options, detached: true, signal: abort.signal });
    out(`Neo4j instance '${neo4j.instance}' is running (pid ${neo4j.pid})`);
    out(`  Bolt:    ${neo4j.boltUri}`);
    out(`  Browser: ${neo4j.browserUrl}`);
    out(`  stop it: probation-graph neo4j stop${neo4j.instance === 'dev' ? '' : ` --instance ${neo4j.instance}`}`);
    return 0;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

async function stop(options: LocalNeo4jOptionsInput): Promise<number> {
  const result = await stopLocalNeo4j(options);
  const name = options.instance ?? 'dev';
  out(result.stopped ? `stopped Neo4j instance '${name}' (pid ${result.pid})` : `Neo4j instance '${name}' is not running`);
  return 0;
}

async function status(options: LocalNeo4jOptionsInput): Promise<number> {
  const s = await localNeo4jStatus(options);
  const state = s.running ? `running (pid ${s.pid})${s.answering ? '' : ', not answering Bolt yet'}` : 'not running';
  out(`Neo4j instance '${s.instance}': ${state}`);
  out(`  Bolt:      ${s.boltUri}`);
  out(`  Browser:   ${s.browserUrl}`);
  out(`  home:      ${s.home}`);
  out(`  installed: ${s.installed ? 'yes' : 'no (the first start fetches it with Maven)'}`);
  return s.running ? 0 : 3;
}
