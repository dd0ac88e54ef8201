/**
 * The local Neo4j launcher against a real JVM: its own instance 'launcher-test' on ports
 * 7697/7484, so it never touches the 'dev' or 'test' instances. Runs the library API first,
 * then the `probation-graph neo4j` command line, and leaves no JVM behind.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import neo4jDriver from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  instanceLayout,
  LocalNeo4jAlreadyRunningError,
  LocalNeo4jStartError,
  localNeo4jOptionsFromEnv,
  localNeo4jStatus,
  repoRoot,
  resolveLocalNeo4jOptions,
  startLocalNeo4j,
  stopLocalNeo4j,
  type RunningNeo4j,
} from '../../src/neo4j-local/index.ts';
import { findInstanceJvms, pidAlive } from '../../src/neo4j-local/pids.ts';

const INSTANCE = 'launcher-test';
const BOLT_PORT = 7697;
const HTTP_PORT = 7484;
const logs: string[] = [];
const options = {
  // Honour NEO4J_LOCAL_DIR (e.g. a CI cache folder) but never the port variables.
  baseDir: localNeo4jOptionsFromEnv().baseDir ?? resolveLocalNeo4jOptions().baseDir,
  instance: INSTANCE,
  boltPort: BOLT_PORT,
  httpPort: HTTP_PORT,
  heapMax: '1g',
  pageCache: '256m',
  log: (line: string) => {
    logs.push(line);
    process.stderr.write(`[${INSTANCE}] ${line}\n`);
  },
};
const layout = instanceLayout(options.baseDir, INSTANCE);

async function answer(boltUri: string): Promise<unknown> {
  const driver = neo4jDriver.driver(boltUri);
  try {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    return records[0]?.get('one').toNumber();
  } finally {
    await driver.close();
  }
}

function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/probation-graph.js', 'neo4j', ...args, '--instance', INSTANCE], {
      cwd: repoRoot,
      env: {
        ...process.env,
        NEO4J_LOCAL_DIR: options.baseDir,
        NEO4J_BOLT_PORT: String(BOLT_PORT),
        NEO4J_HTTP_PORT: String(HTTP_PORT),
        NEO4J_HEAP_MAX: '1g',
        NEO4J_PAGECACHE: '256m',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('local Neo4j launcher', () => {
  let neo4j: RunningNeo4j | undefined;

  beforeAll(async () => {
    // A previous run killed half-way may have left this instance running.
    await stopLocalNeo4j(options);
  }, 60_000);

  afterAll(async () => {
    await neo4j?.stop();
    await stopLocalNeo4j(options);
  }, 60_000);

  it('fails a start that Neo4j rejects with the tail of its log, leaving no JVM', { timeout: 300_000 }, async () => {
    // Strict config validation makes Neo4j exit at once on an unknown setting. (The first run
    // of this test may also copy the jars with Maven, hence the long timeout.)
    const failed = startLocalNeo4j({ ...options, settings: { 'db.no_such_setting': 'x' } });
    await expect(failed).rejects.toThrow(LocalNeo4jStartError);
    await expect(failed).rejects.toThrow(/did not start[\s\S]*no_such_setting/);
    expect(findInstanceJvms(layout.home)).toEqual([]);
    expect(existsSync(layout.pidFile)).toBe(false);
  });

  it('starts and answers RETURN 1 over Bolt', { timeout: 180_000 }, async () => {
    neo4j = await startLocalNeo4j(options);
    expect(neo4j.boltUri).toBe(`bolt://127.0.0.1:${BOLT_PORT}`);
    expect(neo4j.owned).toBe(true);
    expect(pidAlive(neo4j.pid)).toBe(true);
    expect(readFileSync(layout.pidFile, 'utf8').trim()).toBe(String(neo4j.pid));
    expect(await answer(neo4j.boltUri)).toBe(1);
  });

  it('listens where its neo4j.conf says (the config dir is honoured)', () => {
    const log = readFileSync(layout.neo4jLog, 'utf8');
    expect(log).toContain(`Bolt enabled on localhost:${BOLT_PORT}.`);
    expect(log).toContain(`HTTP enabled on 127.0.0.1:${HTTP_PORT}.`);
  });

  it('serves Neo4j Browser at /browser/', async () => {
    expect(neo4j!.browserUrl).toBe(`http://localhost:${HTTP_PORT}/browser/`);
    const response = await fetch(`${neo4j!.httpUrl}/browser/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('<title>Neo4j Browser</title>');
  });

  it('refuses a second start of the same instance with a clear message', async () => {
    const second = startLocalNeo4j(options);
    await expect(second).rejects.toThrow(LocalNeo4jAlreadyRunningError);
    await expect(second).rejects.toThrow(
      new RegExp(`instance '${INSTANCE}' is already running \\(pid ${neo4j!.pid}, bolt://127\\.0\\.0\\.1:${BOLT_PORT}\\)`),
    );
  });

  it('hands out the running instance when asked to reuse it, without owning it', { timeout: 60_000 }, async () => {
    const reused = await startLocalNeo4j({ ...options, reuseRunning: true });
    expect(reused).toMatchObject({ pid: neo4j!.pid, owned: false, boltUri: neo4j!.boltUri });
    await reused.stop();
    expect(pidAlive(neo4j!.pid)).toBe(true);
  });

  it('reports its status', async () => {
    expect(await localNeo4jStatus(options)).toMatchObject({
      running: true,
      answering: true,
      pid: neo4j!.pid,
      installed: true,
      boltUri: `bolt://127.0.0.1:${BOLT_PORT}`,
    });
  });

  it('stops, leaving no process and no pid file', { timeout: 60_000 }, async () => {
    const { pid } = neo4j!;
    await neo4j!.stop();
    expect(pidAlive(pid)).toBe(false);
    expect(findInstanceJvms(layout.home)).toEqual([]);
    expect(existsSync(layout.pidFile)).toBe(false);
    expect((await localNeo4jStatus(options)).running).toBe(false);
    neo4j = undefined;
  });

  it('does the same through `probation-graph neo4j start|status|stop`', { timeout: 180_000 }, async () => {
    const started = await cli('start');
    expect(started.code, started.stderr).toBe(0);
    expect(started.stdout).toContain(`Bolt:    bolt://127.0.0.1:${BOLT_PORT}`);
    expect(started.stdout).toContain(`Browser: http://localhost:${HTTP_PORT}/browser/`);
    // Detached: the JVM outlived the command.
    const [pid] = findInstanceJvms(layout.home);
    expect(pid).toBeDefined();
    expect(await answer(`bolt://127.0.0.1:${BOLT_PORT}`)).toBe(1);

    const again = await cli('start');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already running/);
    expect(again.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace

    const status = await cli('status');
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`running (pid ${pid})`);

    const stopped = await cli('stop');
    expect(stopped.code).toBe(0);
    expect(pidAlive(pid!)).toBe(false);

    const after = await cli('status');
    expect(after.code).toBe(3);
    expect(after.stdout).toContain('not running');
  });
});
