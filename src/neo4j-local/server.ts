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
import { mkdirSync } from 'node:fs';
import { renderNeo4jConf } from './conf.ts';
import { LocalNeo4jAlreadyRunningError, LocalNeo4jPortInUseError, LocalNeo4jStartError } from './errors.ts';
import { checkJava, ensureInstalled, isInstalled, type Installation, type JavaInfo } from './install.ts';
import { claimPidFile, spawnJvm, type Launch } from './launch.ts';
import { resolveLocalNeo4jOptions, type LocalNeo4jOptions, type LocalNeo4jOptionsInput } from './options.ts';
import { displayPath, instanceLayout, type InstanceLayout } from './paths.ts';
import { pidAlive, terminate } from './pids.ts';
import { boltAnswers, portInUse, waitForBolt } from './probes.ts';
import { readLauncherRecord, recordedUrls, removeRunFiles, runningPid, urls, writeAtomically, writeLauncherRecord } from './run-files.ts';

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

/** Refuses to start when aborted (Ctrl-C during start-up). */
function throwIfAborted(opts: LocalNeo4jOptions): void {
  if (opts.signal?.aborted) throw new LocalNeo4jStartError(`start of instance '${opts.instance}' aborted`);
}

/** One JVM per instance: a running one is reused when asked, else the start is refused. */
async function existingInstance(layout: InstanceLayout, opts: LocalNeo4jOptions): Promise<RunningNeo4j | null> {
  const existing = runningPid(layout, opts.log);
  if (existing === null) return null;
  if (opts.reuseRunning) return reuse(existing, layout, opts);
  throw new LocalNeo4jAlreadyRunningError(
    `local Neo4j instance '${opts.instance}' is already running (pid ${existing}, ${recordedUrls(layout, opts).boltUri}). ` +
      `Stop it first (probation-graph neo4j stop --instance ${opts.instance}), or use it as it is.`,
    existing,
  );
}

async function checkPortsFree(opts: LocalNeo4jOptions): Promise<void> {
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
}

/** The instance's folders, and its neo4j.conf written afresh from the options. */
function writeConf(layout: InstanceLayout, opts: LocalNeo4jOptions, installation: Installation): void {
  for (const dir of [layout.confDir, layout.dataDir, layout.logsDir, layout.runDir, layout.pluginsDir, layout.importDir]) {
    mkdirSync(dir, { recursive: true });
  }
  writeAtomically(layout.confFile, renderNeo4jConf({ ...opts, ...layout, libDir: installation.libDir, settings: opts.settings }));
}

/** Spawn the JVM and record it (pid file, launcher record). */
async function launch(java: JavaInfo, layout: InstanceLayout, opts: LocalNeo4jOptions, installation: Installation): Promise<Launch> {
  opts.log(
    `starting Neo4j ${installation.neo4jVersion} instance '${opts.instance}' (Java ${java.major}; bolt 127.0.0.1:${opts.boltPort}, ` +
      `http 127.0.0.1:${opts.httpPort}; heap ${opts.heapInitial}..${opts.heapMax}, page cache ${opts.pageCache}; logs in ${displayPath(layout.logsDir)})`,
  );
  const jvm = await spawnJvm(java, layout, opts, installation.libDir);
  await claimPidFile(jvm, layout, opts);
  writeLauncherRecord(layout, { pid: jvm.pid, boltPort: opts.boltPort, httpPort: opts.httpPort, detached: opts.detached, startedAt: new Date(jvm.started).toISOString() });
  return jvm;
}

/** "Ready" means `RETURN 1` answered over Bolt within the start time-out; otherwise the JVM is killed. */
async function waitUntilReady(jvm: Launch, boltUri: string, opts: LocalNeo4jOptions): Promise<void> {
  try {
    await waitForBolt(boltUri, {
      timeoutMs: Math.max(0, opts.startTimeoutMs - (Date.now() - jvm.started)),
      stillStarting: () => jvm.exitReason,
      signal: opts.signal,
    });
  } catch (err) {
    await jvm.fail(err instanceof Error ? err.message : String(err));
  }
  opts.log(`ready: ${boltUri} answered RETURN 1 after ${((Date.now() - jvm.started) / 1000).toFixed(1)} s (pid ${jvm.pid})`);
}

/** The handle on a JVM this process started: stop() is SIGTERM then SIGKILL, once. */
function ownedHandle(jvm: Launch, layout: InstanceLayout, opts: LocalNeo4jOptions): RunningNeo4j {
  let stopping: Promise<void> | null = null;
  return {
    ...urls(opts.boltPort, opts.httpPort),
    pid: jvm.pid,
    instance: opts.instance,
    home: layout.home,
    owned: true,
    stop() {
      stopping ??= (async () => {
        const t0 = Date.now();
        await terminate(jvm.pid, opts.stopTimeoutMs, opts.log);
        jvm.forget();
        removeRunFiles(layout);
        opts.log(`stopped instance '${opts.instance}' (pid ${jvm.pid}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      })();
      return stopping;
    },
  };
}

/** Start an instance (install, write its conf, spawn the JVM, wait for Bolt); resolves once it answers. */
export async function startLocalNeo4j(input: LocalNeo4jOptionsInput = {}): Promise<RunningNeo4j> {
  const opts = resolveLocalNeo4jOptions(input);
  const layout = instanceLayout(opts.baseDir, opts.instance);
  const java = await checkJava();
  if (java.major > 21) opts.log(`note: Neo4j 5.26 supports Java 17 and 21; Java ${java.version} is untested`);
  throwIfAborted(opts);
  const existing = await existingInstance(layout, opts);
  if (existing) return existing;
  await checkPortsFree(opts);
  throwIfAborted(opts);
  const installation = await ensureInstalled({ baseDir: opts.baseDir, log: opts.log, signal: opts.signal });
  throwIfAborted(opts);
  writeConf(layout, opts, installation);
  const jvm = await launch(java, layout, opts, installation);
  await waitUntilReady(jvm, urls(opts.boltPort, opts.httpPort).boltUri, opts);
  if (opts.detached) jvm.detach();
  return ownedHandle(jvm, layout, opts);
}

/** A handle on an instance someone else started: wait until it answers, never stop it. */
async function reuse(pid: number, layout: InstanceLayout, opts: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const { boltUri, httpUrl, browserUrl } = recordedUrls(layout, opts);
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
