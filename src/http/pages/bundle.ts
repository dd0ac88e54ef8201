/**
 * Builds the two browser apps, GraphiQL (src/web/graphiql) and the explorer (src/web/explorer), with
 * esbuild from the packages in node_modules: nothing comes from a CDN, so both work offline. Each
 * app is built once per process, in memory, on its first request (or earlier, by `warmUp`), and
 * served from memory with content-hashed file names; nothing is written to disk or committed.
 * Building GraphiQL (React, Monaco and its three web workers) takes a few seconds; the explorer
 * (Cytoscape.js) well under one.
 */
import path from 'node:path';
import { REPO_ROOT, repoPath } from '../../model/repository.ts';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile, type OutputFile } from 'esbuild';
import { MONACO_WORKERS } from '../../web/graphiql/workers.ts';

export type App = 'graphiql' | 'explorer';

export interface Asset {
  contents: Uint8Array;
  /** The same, gzip-compressed (GraphiQL's script is ~5 MB, ~1.3 MB compressed). */
  gzip: Uint8Array;
  type: string;
}

export interface Bundle {
  /** Served file name (hashed) -> contents. */
  assets: Map<string, Asset>;
  /** The entry script and its stylesheet, as served file names. */
  script: string;
  style: string | null;
  /** GraphiQL only: Monaco worker label -> served file name. */
  workers: Record<string, string>;
  /** How long the build took, in milliseconds. */
  ms: number;
}

const ROOT = REPO_ROOT;
/** The browser apps' sources (src/web). */
const UI_DIR = repoPath('src', 'web');
/** Where esbuild places outputs; only a name: with `write: false` nothing is written there. */
const OUT_DIR = path.join(ROOT, 'node_modules', '.cache', 'probation-graph-ui');

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };

const COMMON: BuildOptions = {
  absWorkingDir: ROOT,
  bundle: true,
  write: false,
  minify: true,
  metafile: true,
  platform: 'browser',
  target: ['chrome110', 'firefox115', 'safari16'],
  legalComments: 'linked',
  logLevel: 'silent',
  // React and friends pick their production build from this.
  define: { 'process.env.NODE_ENV': '"production"' },
  // Fonts and icons inside the CSS stay inside it (data: URLs): no extra requests, no remote fonts.
  loader: { '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
};

const builds = new Map<App, Promise<Bundle>>();

/** The app's bundle, built on first use; a failed build is retried on the next call. */
export function bundle(app: App): Promise<Bundle> {
  let p = builds.get(app);
  if (!p) {
    p = (app === 'graphiql' ? buildGraphiQL() : buildExplorer()).catch((e: unknown) => {
      builds.delete(app);
      throw e;
    });
    builds.set(app, p);
  }
  return p;
}

/** Start building in the background (errors surface on the first request instead). */
export function warmUp(apps: App[]): void {
  for (const app of apps) bundle(app).catch(() => undefined);
}

async function buildGraphiQL(): Promise<Bundle> {
  const started = Date.now();
  const outdir = path.join(OUT_DIR, 'graphiql');
  const [page, workers] = await Promise.all([
    build({
      ...COMMON,
      entryPoints: { graphiql: path.join(UI_DIR, 'graphiql/main.ts') },
      outdir,
      format: 'esm',
      // Only used when a tab subscribes over websockets, which this API does not offer.
      external: ['graphql-ws'],
    }),
    // Classic (non-module) worker scripts, one file each.
    build({
      ...COMMON,
      entryPoints: Object.fromEntries(Object.entries(MONACO_WORKERS).map(([label, file]) => [`${label}.worker`, file])),
      outdir,
      format: 'iife',
    }),
  ]);
  const assets = new Map<string, Asset>();
  collect(assets, outdir, page.outputFiles!);
  collect(assets, outdir, workers.outputFiles!);
  const entry = entryOutput(page.metafile!, outdir, 'graphiql');
  const workerFiles: Record<string, string> = {};
  for (const label of Object.keys(MONACO_WORKERS)) workerFiles[label] = entryOutput(workers.metafile!, outdir, `${label}.worker`).script;
  return { assets, ...entry, workers: workerFiles, ms: Date.now() - started };
}

async function buildExplorer(): Promise<Bundle> {
  const started = Date.now();
  const outdir = path.join(OUT_DIR, 'explorer');
  const result = await build({ ...COMMON, entryPoints: { explorer: path.join(UI_DIR, 'explorer/main.ts') }, outdir, format: 'esm' });
  const assets = new Map<string, Asset>();
  collect(assets, outdir, result.outputFiles!);
  return { assets, ...entryOutput(result.metafile!, outdir, 'explorer'), workers: {}, ms: Date.now() - started };
}

function collect(assets: Map<string, Asset>, outdir: string, files: OutputFile[]): void {
  for (const f of files) {
    const name = path.relative(outdir, f.path).split(path.sep).join('/');
    const ext = path.extname(name);
    const type = TYPES[ext] ?? (name.endsWith('.LEGAL.txt') ? 'text/plain; charset=utf-8' : 'application/octet-stream');
    assets.set(name, { contents: f.contents, gzip: gzipSync(f.contents, { level: 6 }), type });
  }
}

/** The served names of an entry's script and its CSS bundle, from esbuild's metafile. */
function entryOutput(meta: Metafile, outdir: string, name: string): { script: string; style: string | null } {
  for (const [file, out] of Object.entries(meta.outputs)) {
    const base = path.basename(file);
    if (out.entryPoint && base.startsWith(`${name}-`) && base.endsWith('.js')) {
      const rel = (f: string) => path.relative(outdir, path.resolve(ROOT, f)).split(path.sep).join('/');
      return { script: rel(file), style: out.cssBundle ? rel(out.cssBundle) : null };
    }
  }
  throw new Error(`esbuild produced no script for ${name}`);
}
