/**
 * Where the local Neo4j lives on disk. Everything sits under one base folder (default
 * `<repo>/.neo4j`, git-ignored) so that deleting that folder is a complete reset:
 *
 *   <base>/lib/                      the server's jars, copied by Maven, shared by every instance
 *   <base>/lib/.complete             marker written last, so a half-finished copy is redone
 *   <base>/instances/<name>/         one Neo4j home per instance ('dev', 'launcher-test', ...)
 *       conf/neo4j.conf              regenerated on every start from the launcher's options
 *       data/ logs/ run/ plugins/ import/
 *       run/neo4j.pid                pid of the JVM (Neo4j writes the same file itself)
 *       run/launcher.json            ports the JVM was started with, for status/stop/reuse
 *
 * Paths are computed at run time from this file's location, never written into the repo.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file is <repo>/src/neo4j-local/paths.ts. */
export const repoRoot: string = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** The pom whose dependencies are the server's class path (see neo4j/pom.xml). */
export const pomPath: string = join(repoRoot, 'neo4j', 'pom.xml');

export function defaultBaseDir(): string {
  return join(repoRoot, '.neo4j');
}

export interface LibLayout {
  baseDir: string;
  libDir: string;
  /** Exists only once every jar has been copied; holds the pom's hash so a version bump re-copies. */
  libMarker: string;
}

export interface InstanceLayout extends LibLayout {
  instance: string;
  home: string;
  confDir: string;
  confFile: string;
  dataDir: string;
  logsDir: string;
  runDir: string;
  pluginsDir: string;
  importDir: string;
  pidFile: string;
  launcherFile: string;
  neo4jLog: string;
  debugLog: string;
  /** The JVM's own stdout/stderr: JVM-level failures (bad flag, missing class) only show up here. */
  consoleLog: string;
}

export function libLayout(baseDir: string): LibLayout {
  const base = resolve(baseDir);
  const libDir = join(base, 'lib');
  return { baseDir: base, libDir, libMarker: join(libDir, '.complete') };
}

export function instanceLayout(baseDir: string, instance: string): InstanceLayout {
  const lib = libLayout(baseDir);
  const home = join(lib.baseDir, 'instances', instance);
  const confDir = join(home, 'conf');
  const logsDir = join(home, 'logs');
  const runDir = join(home, 'run');
  return {
    ...lib,
    instance,
    home,
    confDir,
    confFile: join(confDir, 'neo4j.conf'),
    dataDir: join(home, 'data'),
    logsDir,
    runDir,
    pluginsDir: join(home, 'plugins'),
    importDir: join(home, 'import'),
    pidFile: join(runDir, 'neo4j.pid'),
    launcherFile: join(runDir, 'launcher.json'),
    neo4jLog: join(logsDir, 'neo4j.log'),
    debugLog: join(logsDir, 'debug.log'),
    consoleLog: join(logsDir, 'console.log'),
  };
}

/** Paths inside the repository are shown relative to it, others in full. */
export function displayPath(path: string): string {
  const rel = relative(repoRoot, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
