/**
 * What every e2e test needs: Debian's Chromium (headless, driven by playwright-core, no browser
 * download), the service over the seeded test graph, and screenshots. Screenshots go to
 * test-results/e2e/ (git-ignored); with UPDATE_SCREENSHOTS=1 the README's are also written to
 * docs/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openTestDatabase, resetAndSeed, resetToDefaultGraph } from '../support/database.ts';
import { startTestService, type TestService } from '../support/service.ts';
import type { Database } from '../../src/db/database.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS = path.join(ROOT, 'test-results', 'e2e');
export const DOCS = path.join(ROOT, 'docs', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** 1280×800: the size the explorer must be readable at. */
export const VIEWPORT = { width: 1280, height: 800 };

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface E2E {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  db: Database;
  service: TestService;
  /** Console errors and failed requests seen by the page (CSP violations show up here). */
  problems: string[];
  close(): Promise<void>;
}

/**
 * The seeded graph (or with `graph: 'default'` the graph `npm start` serves: the seeds and the
 * documents of seeds/ingest/), the service on an ephemeral port, Chromium with one page.
 */
export async function start(opts: { seed?: boolean; graph?: 'seeds' | 'default' } = {}): Promise<E2E> {
  const db = openTestDatabase();
  if (opts.graph === 'default') await resetToDefaultGraph(db);
  else if (opts.seed !== false) await resetAndSeed(db);
  const service = await startTestService(db);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  // A refused request shows in the console only as "status of 400": name it and say why.
  page.on('response', async (r) => {
    if (r.status() < 400) return;
    const body = await r.text().catch(() => '');
    problems.push(`response ${r.status()}: ${r.request().method()} ${new URL(r.url()).pathname} ${body.slice(0, 300)}`);
  });
  return {
    browser,
    context,
    page,
    db,
    service,
    problems,
    close: async () => {
      await browser.close().catch(() => undefined);
      await service.close();
      await db.close();
    },
  };
}

/** A PNG of the page in test-results/e2e/<name>.png, and in docs/screenshots/ with UPDATE_SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file, type: 'png' });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(DOCS, { recursive: true });
    await copyFile(file, path.join(DOCS, `${name}.png`));
  }
  return file;
}
