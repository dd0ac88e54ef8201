/**
 * `neo4j-admin database import full`, run from the jars the launcher already installs: the admin
 * tool's main class (org.neo4j.cli.AdminTool) is in the same class path as the server's. It writes
 * the store files of a database offline, far faster than transactions, and so only into an instance
 * that is not running; the caller (src/app/bulk-import.ts) also makes sure the database is empty.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { checkJava } from './install.ts';
import { ensureInstalled } from './install.ts';
import { LocalNeo4jError } from './errors.ts';
import { resolveLocalNeo4jOptions, type LocalNeo4jOptionsInput } from './options.ts';
import { instanceLayout } from './paths.ts';
import { runningPid } from './run-files.ts';
import { renderNeo4jConf } from './conf.ts';
import { writeAtomically } from './run-files.ts';

export const ADMIN_MAIN_CLASS = 'org.neo4j.cli.AdminTool';

/**
 * The files to import: each source a header file and a data file (`--nodes=header,data`), the label
 * or type in the data (`:LABEL`, `:TYPE`). Node ids are whole numbers in one id space
 * (`--id-type=integer`), each written once, every relationship end among them (src/graph/bulk.ts
 * checks this before the tool runs; the tool's own check, not strict, may miss some).
 */
export interface ImportFiles {
  nodes: Array<{ header: string; data: string }>;
  relationships: Array<{ header: string; data: string }>;
  /** The longest field in characters: the read buffer must hold it. */
  longestField: number;
  /** The largest data file in bytes (the read buffer's size is chosen from it). */
  largestFile: number;
  /** The data files whose fields hold line breaks (read with the tool's slower multiline parser; the others fast). */
  multiline: string[];
  /** The largest of those in bytes: the read buffer holds it whole (src/graph/bulk.ts, multiline). */
  largestMultiline: number;
}

export interface AdminImportOptions extends LocalNeo4jOptionsInput {
  database?: string;
  /** Replace the database's store (the caller has checked it holds no nodes). */
  overwrite?: boolean;
  arrayDelimiter: string;
  /** JVM heap of the import tool. */
  heap?: string;
}

/** Where an instance keeps a database's store; it exists once the database was created or imported. */
export function databaseStoreDir(input: LocalNeo4jOptionsInput, database = 'neo4j'): string {
  const opts = resolveLocalNeo4jOptions(input);
  return join(instanceLayout(opts.baseDir, opts.instance).dataDir, 'databases', database);
}

export function databaseStoreExists(input: LocalNeo4jOptionsInput, database = 'neo4j'): boolean {
  return existsSync(databaseStoreDir(input, database));
}

/** The pid of the instance's JVM when it runs, else null. */
export function instanceRunningPid(input: LocalNeo4jOptionsInput): number | null {
  const opts = resolveLocalNeo4jOptions(input);
  return runningPid(instanceLayout(opts.baseDir, opts.instance));
}

/** The admin tool's arguments (pure: unit-tested as a list). */
export function adminImportArgs(files: ImportFiles, o: { database: string; overwrite: boolean; arrayDelimiter: string }): string[] {
  return [
    'database', 'import', 'full', o.database,
    ...files.nodes.map((f) => `--nodes=${f.header},${f.data}`),
    ...files.relationships.map((f) => `--relationships=${f.header},${f.data}`),
    `--array-delimiter=${o.arrayDelimiter}`,
    // Whole numbers, not texts: mapping text ids was most of the time of the relationships' import.
    // Not `actual` (the numbers as the store's own ids): measured at 100,000 inspections it saved no
    // import time, and the empty-list pass afterwards took 38 to 41 s instead of 21 s.
    '--id-type=integer',
    // Document texts span lines: quoted fields may then hold line breaks, which the tool reads only
    // when told, and much more slowly. Format v2 names the files that hold them (the writer keeps
    // such rows apart), so every other file is read fast.
    ...(files.multiline.length > 0 ? ['--multiline-fields-format=v2', `--multiline-fields=${files.multiline.join(',')}`] : ['--multiline-fields=false']),
    `--read-buffer-size=${readBufferSize(files.longestField, files.largestFile, files.largestMultiline)}`,
    // A dangling relationship or a repeated id is a bug in the batches: fail, do not skip.
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--overwrite-destination=${o.overwrite}`,
    '--threads=2',
    '--verbose',
  ];
}

/**
 * Bytes of the tool's read buffer. It must hold the longest field (counted here in UTF-16 units, up
 * to 3 bytes each in UTF-8, twice over), and a whole multiline file (the v2 multiline parser loses a
 * quoted field that crosses buffers: src/graph/bulk.ts keeps those files small). The tool hands each
 * buffer from its reading thread to the importing threads with a wait of up to 0.1 s (ThreadAhead's
 * park time, seen in thread dumps: the importers parked there, the nodes of 100,000 inspections
 * taking 44 s with 256 KiB buffers and 15 s with 32 MiB ones), so large files get large buffers: a
 * sixteenth of the largest file, from the tool's default of 4 MiB up to 64 MiB (the heap holds two
 * per file being read).
 */
export function readBufferSize(longestField: number, largestFile: number, largestMultiline = 0): number {
  const MiB = 1024 * 1024;
  const forFile = Math.min(64 * MiB, Math.max(4 * MiB, largestFile / 16));
  return 2 ** Math.ceil(Math.log2(Math.max(forFile, longestField * 3 * 2, largestMultiline + 1)));
}

/**
 * The tool's stages and their times from its output (`Nodes, started ...` then `Done in 15s 197ms`),
 * e.g. `Nodes 15.2 s, Relationships 9.8 s`, and its own total: where an import's time goes.
 */
export function toolStages(output: string): string {
  const stages: string[] = [];
  let stage: string | null = null;
  for (const line of output.split(/[\r\n]+/)) {
    // A stage's name may follow the tool's heap warning on the same line ("... is 1.000GiBNodes, started").
    const started = /^(?:.*GiB(?=[A-Z]))?(.+?), started \d{4}-/.exec(line);
    if (started) stage = started[1]!.trim();
    const done = /^Done in (?:(\d+)m )?(?:(\d+)s )?(\d+)ms/.exec(line);
    if (done && stage) {
      stages.push(`${stage} ${(Number(done[1] ?? 0) * 60 + Number(done[2] ?? 0) + Number(done[3]) / 1000).toFixed(1)} s`);
      stage = null;
    }
    const total = /IMPORT DONE in (.+?)\.\s*$/.exec(line);
    if (total) stages.push(`IMPORT DONE in ${total[1]}`);
  }
  return stages.join(', ');
}

/**
 * Run the import into a stopped instance; resolves with the tool's output. Refuses when the instance
 * runs (its store files are in use) or the database exists and `overwrite` is not given.
 */
export async function runAdminImport(files: ImportFiles, options: AdminImportOptions): Promise<{ output: string; seconds: number }> {
  const opts = resolveLocalNeo4jOptions(options);
  const layout = instanceLayout(opts.baseDir, opts.instance);
  const database = options.database ?? 'neo4j';
  const pid = runningPid(layout);
  if (pid !== null) {
    throw new LocalNeo4jError(`cannot import into local Neo4j instance '${opts.instance}': it is running (pid ${pid}); an import writes the store files offline. Stop it first (probation-graph neo4j stop --instance ${opts.instance}).`);
  }
  if (databaseStoreExists(options, database) && !options.overwrite) {
    throw new LocalNeo4jError(`cannot import into local Neo4j instance '${opts.instance}': database '${database}' already exists (${databaseStoreDir(options, database)}); the bulk import only fills an empty database.`);
  }
  const java = await checkJava();
  const installation = await ensureInstalled({ baseDir: opts.baseDir, log: opts.log });
  for (const dir of [layout.confDir, layout.dataDir, layout.logsDir, layout.runDir, layout.pluginsDir, layout.importDir]) mkdirSync(dir, { recursive: true });
  // The same neo4j.conf a start writes, so the tool finds this instance's data directory.
  writeAtomically(layout.confFile, renderNeo4jConf({ ...opts, ...layout, libDir: installation.libDir, settings: opts.settings }));
  const args = [
    '-cp', [join(layout.pluginsDir, '*'), join(installation.libDir, '*')].join(delimiter),
    `-Xmx${options.heap ?? '2g'}`, '-XX:+UseG1GC', '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    ADMIN_MAIN_CLASS,
    ...adminImportArgs(files, { database, overwrite: options.overwrite ?? false, arrayDelimiter: options.arrayDelimiter }),
  ];
  const t0 = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(java.command, args, { cwd: layout.home, env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.confDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', (e) => reject(new LocalNeo4jError(`could not run ${java.command}: ${e.message}`)));
    child.on('exit', (code) => {
      if (code === 0) resolve(out);
      else reject(new LocalNeo4jError(`neo4j-admin database import failed (exit code ${code}):\n${out.split('\n').slice(-30).join('\n')}`));
    });
  });
  return { output, seconds: (performance.now() - t0) / 1000 };
}
