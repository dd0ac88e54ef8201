/**
 * Is this pid our instance's JVM? A pid file alone is not proof: after a crash or reboot the
 * number can belong to an unrelated process. On Linux /proc/<pid>/cmdline settles it (the JVM
 * was started with `--home-dir=<home>`); elsewhere a live pid is taken at its word.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { NEO4J_MAIN_CLASS } from './jvm.ts';
import { LocalNeo4jError } from './errors.ts';
import type { LocalNeo4jLog } from './options.ts';

const HAS_PROC = existsSync('/proc/self/cmdline');

/** Alive and not a zombie (an exited child not yet reaped still answers kill(pid, 0)). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (!HAS_PROC) return true;
  try {
    // Field 3 of /proc/<pid>/stat is the state; the command name before it is in parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function commandLine(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return null;
  }
}

/** A live Neo4j JVM started with this instance's home. */
export function isInstanceJvm(pid: number, home: string): boolean {
  if (!pidAlive(pid)) return false;
  if (!HAS_PROC) return true;
  const argv = commandLine(pid);
  return argv !== null && argv.includes(NEO4J_MAIN_CLASS) && argv.includes(`--home-dir=${home}`);
}

/** Every live JVM of this instance, found by scanning /proc (Linux); catches a lost pid file. */
export function findInstanceJvms(home: string): number[] {
  if (!HAS_PROC) return [];
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid !== process.pid && isInstanceJvm(pid, home)) pids.push(pid);
  }
  return pids;
}

export function readPidFile(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function removeFile(file: string): void {
  rmSync(file, { force: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the pid is gone; true if it went within the time. */
export async function waitForPidExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (pidAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/** SIGTERM, wait, SIGKILL, wait; throws if the process survives even that. */
export async function terminate(pid: number, graceMs: number, log: LocalNeo4jLog): Promise<void> {
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
