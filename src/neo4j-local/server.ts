/**
 * Starting, stopping and inspecting one local Neo4j instance: a JVM running CommunityEntryPoint
 * on the jars in <base>/lib with the home <base>/instances/<name>.
 *
 * Rules this file keeps:
 * - one JVM per instance: a second start is refused (or, with reuseRunning, handed the running
 *   one), found through the pid file and, on Linux, /proc (so a lost pid file is no excuse);
 * - "ready" means a `RETURN 1` answered over Bolt, within a bounded time; a JVM that fails or is
 *   too slow is killed and the error carries the tail of what it logged;
 * - nothing is left behind: stop() escalates SIGTERM -> SIGKILL, and an owned (non-detached)
 *   JVM is also sent SIGTERM when this Node process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { renderNeo4jConf } from './conf.ts';
import { LocalNeo4jAlreadyRunningError, LocalNeo4jError, LocalNeo4jPortInUseError, LocalNeo4jStartError } from './errors.ts';
import { checkJava, ensureInstalled, isInstalled } from './install.ts';
import { buildJvmArgs } from './jvm.ts';
import { fileSize, formatTails, tailSince } from './logs.ts';
import { resolveLocalNeo4jOptions, type LocalNeo4jLog, type LocalNeo4jOptions, type LocalNeo4jOptionsInput } from './options.ts';
import { instanceLayout, repoRoot, type InstanceLayout } from './paths.ts';
import { findInstanceJvms, isInstanceJvm, pidAlive, readPidFile, removeFile, waitForPidExit } from './pids.ts';
import { boltAnswers, portInUse, waitForBolt } from './probes.ts';

export interface RunningNeo4j {
  /** bolt://127.0.0.1:<port>: an address, not "localhost", which may resolve to ::1 first. */
  boltUri: string;
  httpUrl: string;
  /** Neo4j Browser, as a person would open it. */
  browserUrl: string;
  pid: number;
  instance: string;
  home: string;
  /** False for a reused instance started by someone else: stop() then leaves it running. */
  owned: boolean;
  /** SIGTERM, up to stopTimeoutMs (30 s) for a clean shutdown, then SIGKILL; idempotent. */
  stop(): Promise<void>;
}

export interface LocalNeo4jStatus {
  instance: string;
  home: string;
  /** lib/ holds a complete copy of the jars for the current neo4j/pom.xml. */
  installed: boolean;
  running: boolean;
  pid: number | null;
  /** Running and answering `RETURN 1` (false while it is still starting). */
  answering: boolean;
  boltUri: string;
  httpUrl: string;
  browserUrl: string;
}

/** What run/launcher.json records, so status/stop/reuse know the ports it really uses. */
interface LauncherRecord {
  pid: number;
  boltPort: number;
  httpPort: number;
  detached: boolean;
  startedAt: string;
}

function urls(boltPort: number, httpPort: number) {
  return {
    boltUri: `bolt://127.0.0.1:${boltPort}`,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    browserUrl: `http://localhost:${httpPort}/browser/`,
  };
}

function readLauncherRecord(layout: InstanceLayout): LauncherRecord | null {
  try {
    return JSON.parse(readFileSync(layout.launcherFile, 'utf8')) as LauncherRecord;
  } catch {
    return null;
  }
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function removeRunFiles(layout: InstanceLayout): void {
  removeFile(layout.pidFile);
  removeFile(layout.launcherFile);
}

/**
 * The pid of this instance's live JVM, or null. A pid file naming anything else (a dead pid, or
 * one reused by an unrelated process) is stale and removed.
 */
function runningPid(layout: InstanceLayout, log?: LocalNeo4jLog): number | null {
  const recorded = readPidFile(layout.pidFile);
  if (recorded !== null) {
    if (isInstanceJvm(recorded, layout.home)) return recorded;
    log?.(`removing stale pid file (pid ${recorded} is not this instance's JVM)`);
    removeRunFiles(layout);
  }
  return findInstanceJvms(layout.home)[0] ?? null;
}

/** Paths inside the repository are shown relative to it, others in full. */
const display = (path: string) => {
  const rel = relative(repoRoot, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
};

/** SIGTERM, wait, SIGKILL, wait; throws if the process survives even that. */
async function terminate(pid: number, graceMs: number, log: LocalNeo4jLog): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(pid, name);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
    }
  };
  if (!pidAlive(pid)) return;
  signal('SIGTERM');
  if (await waitForPidExit(pid, graceMs)) return;
  log(`pid ${pid} still running ${(graceMs / 1000).toFixed(0)} s after SIGTERM: sending SIGKILL`);
  signal('SIGKILL');
  if (!(await waitForPidExit(pid, 10_000))) {
    throw new LocalNeo4jError(`could not stop the Neo4j JVM (pid ${pid}) even with SIGKILL`);
  }
}

export async function startLocalNeo4j(input: LocalNeo4jOptionsInput = {}): Promise<RunningNeo4j> {
  const opts = resolveLocalNeo4jOptions(input);
  const layout = instanceLayout(opts.baseDir, opts.instance);
  const java = await checkJava();
  if (java.major > 21) opts.log(`note: Neo4j 5.26 supports Java 17 and 21; Java ${java.version} is untested`);

  const throwIfAborted = () => {
    if (opts.signal?.aborted) throw new LocalNeo4jStartError(`start of instance '${opts.instance}' aborted`);
  };
  throwIfAborted();

  const existing = runningPid(layout, opts.log);
  if (existing !== null) {
    const record = readLauncherRecord(layout);
    const running = urls(record?.boltPort ?? opts.boltPort, record?.httpPort ?? opts.httpPort);
    if (opts.reuseRunning) return reuse(existing, layout, opts);
    throw new LocalNeo4jAlreadyRunningError(
      `local Neo4j instance '${opts.instance}' is already running (pid ${existing}, ${running.boltUri}). ` +
        `Stop it first (probation-graph neo4j stop --instance ${opts.instance}), or use it as it is.`,
      existing,
    );
  }

  for (const [port, what, variable] of [
    [opts.boltPort, 'Bolt', 'NEO4J_BOLT_PORT'],
    [opts.httpPort, 'HTTP', 'NEO4J_HTTP_PORT'],
  ] as const) {
    if (await portInUse(port)) {
      throw new LocalNeo4jPortInUseError(
        `cannot start local Neo4j instance '${opts.instance}': port ${port} (${what}) on 127.0.0.1 is already ` +
          `in use by another process. Stop that process (see: ss -ltnp 'sport = :${port}') or set ${variable} to a free port.`,
        port,
      );
    }
  }

  throwIfAborted();
  const installation = await ensureInstalled({ baseDir: opts.baseDir, log: opts.log, signal: opts.signal });
  throwIfAborted();

  for (const dir of [layout.confDir, layout.dataDir, layout.logsDir, layout.runDir, layout.pluginsDir, layout.importDir]) {
    mkdirSync(dir, { recursive: true });
  }
  writeAtomically(
    layout.confFile,
    renderNeo4jConf({ ...opts, ...layout, libDir: installation.libDir, settings: opts.settings }),
  );

  opts.log(
    `starting Neo4j ${installation.neo4jVersion} instance '${opts.instance}' (Java ${java.major}; bolt 127.0.0.1:${opts.boltPort}, ` +
      `http 127.0.0.1:${opts.httpPort}; heap ${opts.heapInitial}..${opts.heapMax}, page cache ${opts.pageCache}; logs in ${display(layout.logsDir)})`,
  );
  const neo4jLogOffset = fileSize(layout.neo4jLog);
  const consoleOffset = fileSize(layout.consoleLog);
  const consoleFd = openSync(layout.consoleLog, 'a');
  writeSync(consoleFd, `${consoleOffset > 0 ? '\n' : ''}=== ${new Date().toISOString()} started by the probation-graph launcher (pid ${process.pid}) ===\n`);
  const started = Date.now();
  let child: ChildProcess;
  try {
    // The JVM's stdout/stderr go straight to console.log (no pipe to this process), so the JVM
    // never blocks on a full pipe and can outlive us when detached. cwd is the home so stray
    // files land there, not in the repository.
    child = spawn(java.command, buildJvmArgs({ ...opts, ...layout, libDir: installation.libDir }), {
      cwd: layout.home,
      stdio: ['ignore', consoleFd, consoleFd],
      detached: opts.detached,
    });
  } finally {
    closeSync(consoleFd);
  }
  let exitReason: string | null = null;
  child.on('error', (err) => (exitReason = `could not run ${java.command}: ${err.message}`));
  child.on('exit', (code, signal) => (exitReason = `the JVM exited during start (${signal ? `signal ${signal}` : `exit code ${code}`})`));
  const pid = child.pid;
  if (pid === undefined) {
    await new Promise((resolve) => setImmediate(resolve));
    throw new LocalNeo4jStartError(exitReason ?? `could not start ${java.command}`);
  }

  // Synchronous by necessity ('exit' listeners cannot await): SIGTERM and let the JVM's own
  // shutdown hook finish the job after we are gone.
  const killOnExit = () => {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    // Neo4j deletes its pid file itself once shut down; our record of the ports goes now.
    removeFile(layout.launcherFile);
  };
  process.on('exit', killOnExit);

  const fail = async (reason: string): Promise<never> => {
    await terminate(pid, 10_000, opts.log).catch(() => undefined);
    process.removeListener('exit', killOnExit);
    removeRunFiles(layout);
    const tails = formatTails([
      { label: display(layout.neo4jLog), lines: tailSince(layout.neo4jLog, neo4jLogOffset) },
      { label: display(layout.consoleLog), lines: tailSince(layout.consoleLog, consoleOffset) },
    ]);
    throw new LocalNeo4jStartError(
      `local Neo4j instance '${opts.instance}' did not start: ${reason}${tails ? `\n${tails}` : ''}`,
    );
  };

  // Exclusive create: if another launcher slipped in between our check and now, it wins.
  try {
    writeFileSync(layout.pidFile, `${pid}\n`, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const other = readPidFile(layout.pidFile);
    if (other !== null && other !== pid && isInstanceJvm(other, layout.home)) {
      await terminate(pid, 10_000, opts.log).catch(() => undefined);
      process.removeListener('exit', killOnExit);
      throw new LocalNeo4jAlreadyRunningError(
        `local Neo4j instance '${opts.instance}' was started by another process at the same time (pid ${other})`,
        other,
      );
    }
    writeFileSync(layout.pidFile, `${pid}\n`);
  }
  const record: LauncherRecord = {
    pid,
    boltPort: opts.boltPort,
    httpPort: opts.httpPort,
    detached: opts.detached,
    startedAt: new Date(started).toISOString(),
  };
  writeAtomically(layout.launcherFile, `${JSON.stringify(record, null, 2)}\n`);

  const { boltUri, httpUrl, browserUrl } = urls(opts.boltPort, opts.httpPort);
  try {
    await waitForBolt(boltUri, {
      timeoutMs: Math.max(0, opts.startTimeoutMs - (Date.now() - started)),
      stillStarting: () => exitReason,
      signal: opts.signal,
    });
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
  opts.log(`ready: ${boltUri} answered RETURN 1 after ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${pid})`);

  if (opts.detached) {
    // The JVM now lives on its own: let this process exit without waiting for or killing it.
    process.removeListener('exit', killOnExit);
    child.removeAllListeners();
    child.unref();
  }

  let stopping: Promise<void> | null = null;
  return {
    boltUri,
    httpUrl,
    browserUrl,
    pid,
    instance: opts.instance,
    home: layout.home,
    owned: true,
    stop() {
      stopping ??= (async () => {
        const t0 = Date.now();
        await terminate(pid, opts.stopTimeoutMs, opts.log);
        process.removeListener('exit', killOnExit);
        removeRunFiles(layout);
        opts.log(`stopped instance '${opts.instance}' (pid ${pid}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      })();
      return stopping;
    },
  };
}

/** A handle on an instance someone else started: wait until it answers, never stop it. */
async function reuse(pid: number, layout: InstanceLayout, opts: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const record = readLauncherRecord(layout);
  const { boltUri, httpUrl, browserUrl } = urls(record?.boltPort ?? opts.boltPort, record?.httpPort ?? opts.httpPort);
  opts.log(`instance '${opts.instance}' is already running (pid ${pid}); reusing it at ${boltUri}`);
  try {
    await waitForBolt(boltUri, {
      timeoutMs: opts.startTimeoutMs,
      stillStarting: () => (pidAlive(pid) ? null : `the running instance (pid ${pid}) exited`),
      signal: opts.signal,
    });
  } catch (err) {
    throw new LocalNeo4jStartError(
      `local Neo4j instance '${opts.instance}' (pid ${pid}) is running but does not answer: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  return {
    boltUri,
    httpUrl,
    browserUrl,
    pid,
    instance: opts.instance,
    home: layout.home,
    owned: false,
    async stop() {
      opts.log(`leaving instance '${opts.instance}' (pid ${pid}) running: this process did not start it`);
    },
  };
}

/** Stops the instance named by the options, whoever started it. Resolves with the pid it stopped. */
export async function stopLocalNeo4j(input: LocalNeo4jOptionsInput = {}): Promise<{ stopped: boolean; pid: number | null }> {
  const opts = resolveLocalNeo4jOptions(input);
  const layout = instanceLayout(opts.baseDir, opts.instance);
  const pid = runningPid(layout, opts.log);
  if (pid === null) {
    removeRunFiles(layout);
    return { stopped: false, pid: null };
  }
  const t0 = Date.now();
  await terminate(pid, opts.stopTimeoutMs, opts.log);
  removeRunFiles(layout);
  opts.log(`stopped instance '${opts.instance}' (pid ${pid}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { stopped: true, pid };
}

export async function localNeo4jStatus(input: LocalNeo4jOptionsInput = {}): Promise<LocalNeo4jStatus> {
  const opts = resolveLocalNeo4jOptions(input);
  const layout = instanceLayout(opts.baseDir, opts.instance);
  const pid = runningPid(layout);
  const record = pid !== null ? readLauncherRecord(layout) : null;
  const addresses = urls(record?.boltPort ?? opts.boltPort, record?.httpPort ?? opts.httpPort);
  const answering = pid !== null && (await boltAnswers(addresses.boltUri).then(() => true, () => false));
  return {
    instance: opts.instance,
    home: layout.home,
    installed: isInstalled(opts.baseDir),
    running: pid !== null,
    pid,
    answering,
    ...addresses,
  };
}

/**
 * Makes an owned JVM die with this process: on SIGINT/SIGTERM/SIGHUP it is stopped cleanly
 * (awaited), then the signal is re-raised if nothing else handles it, so the process still ends
 * the way the signal asks. (Plain process exit is already covered by startLocalNeo4j's exit hook
 * for non-detached JVMs.) Returns a function that removes the handlers again.
 */
export function stopWithParent(
  neo4j: RunningNeo4j,
  signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'],
): () => void {
  if (!neo4j.owned) return () => undefined;
  const handlers = new Map<NodeJS.Signals, () => void>();
  const uninstall = () => {
    for (const [sig, handler] of handlers) process.removeListener(sig, handler);
    handlers.clear();
  };
  for (const sig of signals) {
    const handler = () => {
      uninstall();
      void neo4j
        .stop()
        .catch((err: unknown) => process.stderr.write(`[neo4j-local] stopping Neo4j failed: ${String(err)}\n`))
        .finally(() => {
          if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
        });
    };
    handlers.set(sig, handler);
    process.on(sig, handler);
  }
  return uninstall;
}
