/**
 * Neo4j Browser makes no outgoing connections. The Browser bundled in the Neo4j jars loads, whatever
 * its settings, a product-analytics script (Segment), a feedback widget (Canny) and Google Fonts;
 * `client.allow_telemetry=false` hides the consent banner but not those loads, and the setting that
 * would stop them (`browser.allow_outgoing_connections`) is Enterprise-only. So the install gives
 * the Browser's page a Content-Security-Policy of its own: scripts, styles and fonts from the Browser
 * itself only, connections to this machine only (the service for styles and guides, Bolt over a
 * WebSocket). Third-party loads are then refused by the web browser before any request is sent.
 *
 * The page is browser/index.html inside neo4j-browser-<version>.jar; the JDK's `jar` tool (beside
 * `java`, which the local Neo4j needs anyway) takes it out and puts the confined copy back.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalNeo4jInstallError } from './errors.ts';

/** The policy, as a meta tag can carry it (frame-ancestors and report-uri cannot be set that way). */
export const BROWSER_CSP = [
  "default-src 'self'",
  // The Browser's bundles evaluate code and inline their styles.
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  'connect-src \'self\' ws://localhost:* ws://127.0.0.1:* wss://localhost:* wss://127.0.0.1:* http://localhost:* http://127.0.0.1:*',
].join('; ');

const PAGE = 'browser/index.html';
const MARK = '<meta http-equiv="Content-Security-Policy"';

/** The page with the policy as its first element of <head>; unchanged when it carries one already. */
export function confinedPage(html: string): string {
  if (html.includes(MARK)) return html;
  const head = html.indexOf('<head>');
  if (head < 0) throw new LocalNeo4jInstallError(`${PAGE} of the Neo4j Browser jar has no <head>: cannot give it a Content-Security-Policy`);
  const at = head + '<head>'.length;
  return `${html.slice(0, at)}${MARK} content="${BROWSER_CSP}"/>${html.slice(at)}`;
}

/** The JDK's jar tool: beside java under JAVA_HOME, else on PATH. */
function jarCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'jar') : 'jar';
}

function run(args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(jarCommand(), args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (e) => reject(new LocalNeo4jInstallError(`could not run the JDK's jar tool (${e.message}): it is needed to confine Neo4j Browser`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new LocalNeo4jInstallError(`jar ${args[0]} failed (${code}): ${err.trim()}`))));
  });
}

/** Give the Browser jar's page the policy (see the top of this file). */
export async function confineBrowser(browserJar: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'probation-graph-browser-'));
  try {
    await run(['xf', browserJar, PAGE], work);
    const page = join(work, PAGE);
    writeFileSync(page, confinedPage(readFileSync(page, 'utf8')));
    await run(['uf', browserJar, '-C', work, PAGE], work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
