/**
 * One start of the Neo4j JVM, from spawn until it answers or is given up: the process, why it
 * ended (if it did), the hook that takes it down with this Node process, and the failure path that
 * kills it and reports the tail of what it logged.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { LocalNeo4jAlreadyRunningError, LocalNeo4jStartError } from './errors.ts';
import type { JavaInfo } from './install.ts';
import { buildJvmArgs } from './jvm.ts';
import { fileSize, formatTails, tailSince } from './logs.ts';
import type { LocalNeo4jOptions } from './options.ts';
import { displayPath, type InstanceLayout } from './paths.ts';
import { isInstanceJvm, readPidFile, removeFile, terminate } from './pids.ts';
import { removeRunFiles } from './run-files.ts';

export class Launch {
  /** Why the JVM ended during start, or null while it runs. */
  exitReason: string | null = null;
  readonly started = Date.now();
  private readonly killOnExit: () => void;

  constructor(
    readonly child: ChildProcess,
    readonly pid: number,
    private readonly layout: InstanceLayout,
    private readonly opts: LocalNeo4jOptions,
    private readonly logOffsets: { neo4j: number; console: number },
  ) {
    child.on('error', (err) => (this.exitReason = `could not run ${child.spawnfile}: ${err.message}`));
    child.on('exit', (code, signal) => (this.exitReason = `the JVM exited during start (${signal ? `signal ${signal}` : `exit code ${code}`})`));
    // Synchronous by necessity ('exit' listeners cannot await): SIGTERM and let the JVM's own
    // shutdown hook finish the job after we are gone.
    this.killOnExit = () => {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      // Neo4j deletes its pid file itself once shut down; our record of the ports goes now.
      removeFile(layout.launcherFile);
    };
    process.on('exit', this.killOnExit);
  }

  /** Stop taking the JVM down with this process (it has been stopped, or lives on its own). */
  forget(): void {
    process.removeListener('exit', this.killOnExit);
  }

  /** The JVM now lives on its own: let this process exit without waiting for or killing it. */
  detach(): void {
    this.forget();
    this.child.removeAllListeners();
    this.child.unref();
  }

  /** Kill the JVM, remove its run files, and throw a start error with the tail of its logs. */
  async fail(reason: string): Promise<never> {
    await terminate(this.pid, 10_000, this.opts.log).catch(() => undefined);
    this.forget();
    removeRunFiles(this.layout);
    const tails = formatTails([
      { label: displayPath(this.layout.neo4jLog), lines: tailSince(this.layout.neo4jLog, this.logOffsets.neo4j) },
      { label: displayPath(this.layout.consoleLog), lines: tailSince(this.layout.consoleLog, this.logOffsets.console) },
    ]);
    throw new LocalNeo4jStartError(`local Neo4j instance '${this.opts.instance}' did not start: ${reason}${tails ? `\n${tails}` : ''}`);
  }
}

/**
 * Spawn the JVM. Its stdout/stderr go straight to console.log (no pipe to this process), so the JVM
 * never blocks on a full pipe and can outlive us when detached. cwd is the home so stray files land
 * there, not in the repository.
 */
export async function spawnJvm(java: JavaInfo, layout: InstanceLayout, opts: LocalNeo4jOptions, libDir: string): Promise<Launch> {
  const logOffsets = { neo4j: fileSize(layout.neo4jLog), console: fileSize(layout.consoleLog) };
  const consoleFd = openSync(layout.consoleLog, 'a');
  writeSync(consoleFd, `${logOffsets.console > 0 ? '\n' : ''}=== ${new Date().toISOString()} started by the probation-graph launcher (pid ${process.pid}) ===\n`);
  let child: ChildProcess;
  try {
    child = spawn(java.command, buildJvmArgs({ ...opts, ...layout, libDir }), {
      cwd: layout.home,
      stdio: ['ignore', consoleFd, consoleFd],
      detached: opts.detached,
    });
  } finally {
    closeSync(consoleFd);
  }
  if (child.pid === undefined) {
    let reason: string | null = null;
    child.on('error', (err) => (reason = `could not run ${java.command}: ${err.message}`));
    await new Promise((resolve) => setImmediate(resolve));
    throw new LocalNeo4jStartError(reason ?? `could not start ${java.command}`);
  }
  return new Launch(child, child.pid, layout, opts, logOffsets);
}

/** Write the pid file, exclusively: if another launcher slipped in between our check and now, it wins. */
export async function claimPidFile(launch: Launch, layout: InstanceLayout, opts: LocalNeo4jOptions): Promise<void> {
  try {
    writeFileSync(layout.pidFile, `${launch.pid}\n`, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const other = readPidFile(layout.pidFile);
    if (other !== null && other !== launch.pid && isInstanceJvm(other, layout.home)) {
      await terminate(launch.pid, 10_000, opts.log).catch(() => undefined);
      launch.forget();
      throw new LocalNeo4jAlreadyRunningError(`local Neo4j instance '${opts.instance}' was started by another process at the same time (pid ${other})`, other);
    }
    writeFileSync(layout.pidFile, `${launch.pid}\n`);
  }
}
