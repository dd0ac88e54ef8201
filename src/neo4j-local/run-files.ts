/**
 * An instance's run files: run/neo4j.pid (the JVM's pid; Neo4j writes the same file itself) and
 * run/launcher.json (the ports it was started with, so status, stop and reuse know where it is).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { LocalNeo4jLog } from './options.ts';
import type { InstanceLayout } from './paths.ts';
import { findInstanceJvms, isInstanceJvm, readPidFile, removeFile } from './pids.ts';

/** What run/launcher.json records. */
export interface LauncherRecord {
  pid: number;
  boltPort: number;
  httpPort: number;
  detached: boolean;
  startedAt: string;
}

export function urls(boltPort: number, httpPort: number) {
  return {
    boltUri: `bolt://127.0.0.1:${boltPort}`,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    browserUrl: `http://localhost:${httpPort}/browser/`,
  };
}

export function readLauncherRecord(layout: InstanceLayout): LauncherRecord | null {
  try {
    return JSON.parse(readFileSync(layout.launcherFile, 'utf8')) as LauncherRecord;
  } catch {
    return null;
  }
}

/** The addresses an instance really uses: its launcher record's ports, else the configured ones. */
export function recordedUrls(layout: InstanceLayout, ports: { boltPort: number; httpPort: number }) {
  const record = readLauncherRecord(layout);
  return urls(record?.boltPort ?? ports.boltPort, record?.httpPort ?? ports.httpPort);
}

export function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export function writeLauncherRecord(layout: InstanceLayout, record: LauncherRecord): void {
  writeAtomically(layout.launcherFile, `${JSON.stringify(record, null, 2)}\n`);
}

export function removeRunFiles(layout: InstanceLayout): void {
  removeFile(layout.pidFile);
  removeFile(layout.launcherFile);
}

/**
 * The pid of this instance's live JVM, or null. A pid file naming anything else (a dead pid, or
 * one reused by an unrelated process) is stale and removed.
 */
export function runningPid(layout: InstanceLayout, log?: LocalNeo4jLog): number | null {
  const recorded = readPidFile(layout.pidFile);
  if (recorded !== null) {
    if (isInstanceJvm(recorded, layout.home)) return recorded;
    log?.(`removing stale pid file (pid ${recorded} is not this instance's JVM)`);
    removeRunFiles(layout);
  }
  return findInstanceJvms(layout.home)[0] ?? null;
}
