/**
 * A child process that serves the graph over HTTP for the load and throughput measurements, so the
 * load generator (autocannon, in the parent) does not share the server's event loop, and the
 * server's own peak memory (VmHWM) can be read from /proc. Serves our API (createService), and with
 * --neo4j-graphql also the @neo4j/graphql server, each on its own 127.0.0.1 port. Prints one JSON
 * line when ready; exits cleanly on SIGTERM. On stdin, `cpu-start` starts a CPU profile (V8's
 * sampling profiler, through node:inspector) and `cpu-stop FILE` writes it to FILE as a
 * .cpuprofile, so a profile covers the load only, not start-up and module loading.
 *
 *   node --import tsx bench/serve.ts --uri bolt://127.0.0.1:7690 [--neo4j-graphql] [--no-ours]
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createService, type Service } from '../src/http/server.ts';
import { connect } from './synthetic/instance.ts';
import { startNeo4jGraphqlServer, type Neo4jGraphqlServer } from './neo4j-graphql.ts';
import { rawDriver } from './suite.ts';

const { values } = parseArgs({
  options: {
    uri: { type: 'string' },
    'neo4j-graphql': { type: 'boolean', default: false },
    'no-ours': { type: 'boolean', default: false },
    'tx-timeout-ms': { type: 'string', default: '10000' },
  },
});
if (!values.uri) throw new Error('serve: --uri is required');

const db = connect(values.uri, Number(values['tx-timeout-ms']));
const driver = values['neo4j-graphql'] ? rawDriver(values.uri) : null;
let ours: Service | null = null;
let theirs: Neo4jGraphqlServer | null = null;
const urls: Record<string, string> = {};
if (!values['no-ours']) {
  ours = await createService({ db, development: false });
  urls.ours = `${await ours.listen(0, '127.0.0.1')}/graphql`;
}
if (driver) {
  theirs = await startNeo4jGraphqlServer(driver);
  urls.neo4jGraphql = theirs.url;
}

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await ours?.close().catch(() => undefined);
  await theirs?.close().catch(() => undefined);
  await driver?.close().catch(() => undefined);
  await db.close().catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
// Never outlive the benchmark: the parent holds our stdin open. Its end (or a write to a parent
// that has gone: EPIPE) stops us.
process.stdin.on('end', () => void stop());
process.stdout.on('error', () => void stop());
let inspector: Session | null = null;
createInterface({ input: process.stdin }).on('line', async (line) => {
  const [command, file] = line.trim().split(/\s+/, 2);
  if (command === 'cpu-start') {
    inspector = new Session();
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 500 });
    await inspector.post('Profiler.start');
    process.stdout.write('cpu-started\n');
  } else if (command === 'cpu-stop' && inspector && file) {
    const { profile } = await inspector.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    inspector.disconnect();
    inspector = null;
    process.stdout.write('cpu-written\n');
  }
});
process.stdout.write(`${JSON.stringify({ ready: true, pid: process.pid, ...urls })}\n`);
