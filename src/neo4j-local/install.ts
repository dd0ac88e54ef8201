/**
 * Puts Neo4j's jars in <base>/lib, once. There is no Docker and no tarball on these machines, so
 * Maven copies the dependencies of neo4j/pom.xml from Maven Central (through ~/.m2, so a second
 * base folder costs seconds, not a download).
 *
 * The copy goes to a private temporary folder that is renamed to lib/ only after Maven succeeded
 * and the marker file was written into it: an interrupted download never leaves a lib/ that looks
 * complete, and two processes installing at once cannot mix their files. The marker holds the
 * pom's hash, so editing a version in the pom re-copies on the next start.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { LocalNeo4jInstallError } from './errors.ts';
import type { LocalNeo4jLog } from './options.ts';
import { libLayout, pomPath, repoRoot } from './paths.ts';
import { BROWSER_CSP, confineBrowser } from './browser-csp.ts';

export const MIN_JAVA_MAJOR = 17;

export interface JavaInfo {
  command: string;
  major: number;
  version: string;
}

export interface Installation {
  libDir: string;
  jarCount: number;
  neo4jVersion: string;
  browserVersion: string;
  /** True when this call ran Maven; false when lib/ was already complete. */
  installedNow: boolean;
}

interface Marker {
  pomSha256: string;
  jarCount: number;
  neo4jVersion: string;
  browserVersion: string;
  installedAt: string;
}

/** JAVA_HOME wins over PATH, as with Neo4j's own scripts and Maven. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Parses `java -version` output: "17.0.15" -> 17, legacy "1.8.0_392" -> 8. */
export function parseJavaVersion(output: string): { major: number; version: string } | null {
  const match = /version "([^"]+)"/.exec(output);
  if (!match) return null;
  const version = match[1]!;
  const parts = version.split(/[.+_-]/).map((p) => Number.parseInt(p, 10));
  const major = parts[0] === 1 ? parts[1] : parts[0];
  return major === undefined || Number.isNaN(major) ? null : { major, version };
}

export async function checkJava(): Promise<JavaInfo> {
  const command = javaCommand();
  const result = await capture(command, ['-version']).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') {
      throw new LocalNeo4jInstallError(
        `Java was not found (${command}). Neo4j 5.26 needs Java ${MIN_JAVA_MAJOR} or 21: install it ` +
          '(Debian: apt-get install openjdk-17-jdk-headless) or set JAVA_HOME.',
      );
    }
    throw err;
  });
  const parsed = parseJavaVersion(result.output);
  if (!parsed) throw new LocalNeo4jInstallError(`could not read the Java version from \`${command} -version\`:\n${result.output}`);
  if (parsed.major < MIN_JAVA_MAJOR) {
    throw new LocalNeo4jInstallError(
      `Java ${parsed.version} is too old: Neo4j 5.26 needs Java ${MIN_JAVA_MAJOR} or 21 (set JAVA_HOME to one).`,
    );
  }
  return { command, ...parsed };
}

/** The versions pinned as properties in neo4j/pom.xml, for messages and the marker. */
export function pomVersions(pomText: string = readFileSync(pomPath, 'utf8')): { neo4j: string; browser: string } {
  const prop = (name: string) => new RegExp(`<${name}>([^<]+)</${name}>`).exec(pomText)?.[1]?.trim() ?? 'unknown';
  return { neo4j: prop('neo4j.version'), browser: prop('neo4j-browser.version') };
}

/** What the install is made from: the pom, and the Browser's policy (a new policy re-copies the jars). */
function pomSha256(): string {
  return createHash('sha256').update(readFileSync(pomPath)).update(BROWSER_CSP).digest('hex');
}

function readMarker(markerFile: string): Marker | null {
  try {
    return JSON.parse(readFileSync(markerFile, 'utf8')) as Marker;
  } catch {
    return null;
  }
}

/** lib/ is usable: complete (marker present) and copied from the current pom. */
export function isInstalled(baseDir: string): boolean {
  return readMarker(libLayout(baseDir).libMarker)?.pomSha256 === pomSha256();
}

export async function ensureInstalled(opts: { baseDir: string; log: LocalNeo4jLog; signal?: AbortSignal | undefined }): Promise<Installation> {
  const { baseDir, libDir, libMarker } = libLayout(opts.baseDir);
  const wanted = pomSha256();
  const existing = readMarker(libMarker);
  if (existing?.pomSha256 === wanted) {
    return {
      libDir,
      jarCount: existing.jarCount,
      neo4jVersion: existing.neo4jVersion,
      browserVersion: existing.browserVersion,
      installedNow: false,
    };
  }

  const versions = pomVersions();
  mkdirSync(baseDir, { recursive: true });
  removeAbandonedPartials(baseDir);
  const partial = join(baseDir, `lib.partial-${process.pid}-${Date.now()}`);
  opts.log(
    existing
      ? `neo4j/pom.xml changed: re-copying the jars for Neo4j ${versions.neo4j} with Maven`
      : `first run: fetching Neo4j ${versions.neo4j} + Browser ${versions.browser} jars with Maven (~145 MB; 1-2 min when ~/.m2 is cold)`,
  );
  const started = Date.now();
  try {
    await runMaven(partial, opts.log, opts.signal);
    const jars = readdirSync(partial).filter((f) => f.endsWith('.jar'));
    // neo4j-<version>.jar holds the main class; neo4j-server alone would not start.
    if (jars.length < 100 || !jars.includes(`neo4j-${versions.neo4j}.jar`)) {
      throw new LocalNeo4jInstallError(
        `Maven copied ${jars.length} jars to ${partial}, without neo4j-${versions.neo4j}.jar; expected the server's ~210`,
      );
    }
    // Neo4j Browser makes no outgoing connections (browser-csp.ts).
    await confineBrowser(join(partial, `neo4j-browser-${versions.browser}.jar`));
    const marker: Marker = {
      pomSha256: wanted,
      jarCount: jars.length,
      neo4jVersion: versions.neo4j,
      browserVersion: versions.browser,
      installedAt: new Date().toISOString(),
    };
    // The marker is the last file written: its presence means every jar before it is complete.
    writeFileSync(join(partial, '.complete'), `${JSON.stringify(marker, null, 2)}\n`);
    publish(partial, libDir, wanted);
    const megabytes = jars.reduce((sum, f) => sum + statSync(join(libDir, f)).size, 0) / 1e6;
    opts.log(`installed ${jars.length} jars (${megabytes.toFixed(0)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { libDir, jarCount: jars.length, neo4jVersion: versions.neo4j, browserVersion: versions.browser, installedNow: true };
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

/** Swap the finished copy into place; if another process won the race with the same pom, keep theirs. */
function publish(partial: string, libDir: string, wanted: string): void {
  if (readMarker(join(libDir, '.complete'))?.pomSha256 === wanted) return;
  const old = `${libDir}.old-${process.pid}-${Date.now()}`;
  if (existsSync(libDir)) renameSync(libDir, old);
  try {
    renameSync(partial, libDir);
  } catch (err) {
    if (readMarker(join(libDir, '.complete'))?.pomSha256 !== wanted) throw err;
  } finally {
    // Running instances keep their already-open jars (unlinked files stay readable on Unix).
    rmSync(old, { recursive: true, force: true });
  }
}

/** Temporary folders of installs whose process died (Ctrl-C, crash) are rubbish. */
function removeAbandonedPartials(baseDir: string): void {
  for (const name of readdirSync(baseDir)) {
    const match = /^lib\.(?:partial|old)-(\d+)-/.exec(name);
    if (match && !pidAlive(Number(match[1]))) rmSync(join(baseDir, name), { recursive: true, force: true });
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** "(247 kB at 918 kB/s)" -> bytes; Maven prints B, kB, MB or GB. */
function transferredBytes(line: string): number {
  const match = /\((\d+(?:\.\d+)?) (B|kB|MB|GB) at /.exec(line);
  if (!match) return 0;
  const factor = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[match[2] as 'B' | 'kB' | 'MB' | 'GB'];
  return Number(match[1]) * factor;
}

/**
 * `mvn -B dependency:copy-dependencies` into `outputDir`. Not `-ntp`: in batch mode Maven prints
 * one "Downloaded from central" line per file and no progress bars, which is exactly what the
 * progress line below counts; the raw output is kept only for the error message.
 */
async function runMaven(outputDir: string, log: LocalNeo4jLog, signal?: AbortSignal): Promise<void> {
  const args = [
    '-B',
    '-Dstyle.color=never',
    '-f',
    pomPath,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${outputDir}`,
  ];
  if (signal?.aborted) throw new LocalNeo4jInstallError('installation aborted before it began');
  const child = spawn('mvn', args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  let downloaded = 0;
  let bytes = 0;
  let copied = 0;
  let lastReport = Date.now();
  const report = (force = false) => {
    if (!force && Date.now() - lastReport < 5000) return;
    lastReport = Date.now();
    if (copied > 0) log(`maven: copying jars ... ${copied}`);
    else if (downloaded > 0) log(`maven: downloading from Maven Central ... ${downloaded} files, ${(bytes / 1e6).toFixed(1)} MB`);
    else log('maven: resolving dependencies ...');
  };
  const onLine = (raw: string) => {
    // eslint-disable-next-line no-control-regex
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
    if (line.includes('Downloaded from')) {
      downloaded += 1;
      bytes += transferredBytes(line);
    } else if (/\] Copying .*\.jar to /.test(line)) {
      copied += 1;
    }
    if (!line.includes('Downloading from') && !line.includes('Downloaded from') && !line.includes('] Copying ')) {
      tail.push(line);
      if (tail.length > 40) tail.shift();
    }
    report();
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const ticker = setInterval(() => report(), 5000);
  // Ctrl-C during a minute-long download should not have to wait for it.
  const onAbort = () => child.kill('SIGTERM');
  signal?.addEventListener('abort', onAbort);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (signal?.aborted) throw new LocalNeo4jInstallError('installation aborted; the next start begins it again');
    if (code !== 0) {
      throw new LocalNeo4jInstallError(`Maven failed (exit ${code}) copying Neo4j's jars:\n${tail.join('\n')}`);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new LocalNeo4jInstallError(
        'Maven (mvn) was not found on PATH. It is needed once, to fetch Neo4j from Maven Central ' +
          '(Debian: apt-get install maven).',
      );
    }
    throw err;
  } finally {
    clearInterval(ticker);
    signal?.removeEventListener('abort', onAbort);
  }
  if (downloaded > 0) log(`maven: downloaded ${downloaded} files, ${(bytes / 1e6).toFixed(1)} MB`);
}

/** Runs a short command and returns stdout+stderr (java -version writes to stderr). */
function capture(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
