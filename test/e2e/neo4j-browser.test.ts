/**
 * Neo4j Browser (5.24, served by the test Neo4j) with what the service gives it: connect over Bolt
 * the way a person does, apply the style from /browser/graphstyle.grass, open the guide from
 * /browser/guide.html, run a starter query from it, and draw a graph with the style.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { screenshot, start, type E2E } from './browser.ts';

const httpUrl = inject('neo4jHttpUrl');
const boltUri = new URL(inject('neo4jUri'));
const QUERIES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../browser/queries');

describe.skipIf(!httpUrl)('Neo4j Browser', () => {
  let e: E2E;
  /** The service as Neo4j Browser reaches it: `localhost` is in its default fetch allow-list. */
  let service: string;

  async function run(command: string): Promise<void> {
    const { page } = e;
    await page.locator('#monaco-main-editor').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(command);
    await page.getByTestId('editor-Run').click();
  }
  /** The newest result frame (frames stack newest first). */
  const frame = (text: string) => e.page.locator('[data-testid="frame"]').filter({ hasText: text }).first();

  /** Every request to a host other than this machine that got an answer (one the page's CSP refuses is never sent). */
  const outgoing: string[] = [];

  beforeAll(async () => {
    e = await start();
    service = e.service.url.replace('127.0.0.1', 'localhost');
    const elsewhere = (url: string) => !url.startsWith('data:') && !url.startsWith('blob:') && !['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);
    e.page.on('requestfinished', (r) => {
      if (elsewhere(r.url())) outgoing.push(r.url());
    });
  }, 240_000);
  afterAll(async () => {
    await e?.close();
  });

  it('connects over Bolt, without authentication', async () => {
    const { page } = e;
    await page.goto(`${httpUrl.replace('127.0.0.1', 'localhost')}/browser/`);
    await page.getByTestId('boltaddress').waitFor({ timeout: 60_000 });
    await page.getByTestId('bolt-scheme-select').selectOption('bolt://');
    await page.getByTestId('boltaddress').fill(`localhost:${boltUri.port}`);
    await page.getByTestId('authenticationMethod').selectOption({ label: 'No authentication' });
    await page.getByTestId('connect').click();
    await page.getByText('You are connected').or(page.getByText('server auth is disabled')).first().waitFor({ timeout: 30_000 });
    // No product-usage banner (client.allow_telemetry=false in the conf src/neo4j-local/conf.ts writes).
    await page.getByTestId('frame').first().waitFor();
    expect(await page.getByText('we collect information on product usage').count()).toBe(0);
  });

  it("applies the service's style", async () => {
    await run(`:style ${service}/browser/graphstyle.grass`);
    const style = frame('node.Recommendation');
    await style.waitFor();
    expect(await style.innerText()).toContain('caption: "{code}"');
  });

  it("opens the service's guide and runs its first starter query", async () => {
    const { page } = e;
    await run(`:play ${service}/browser/guide.html`);
    const guide = frame('guide.html');
    // One slide for the introduction, one per starter query.
    const slides = 1 + readdirSync(QUERIES).filter((f) => f.endsWith('.cypher')).length;
    await guide.getByText(`1 / ${slides}`).waitFor();
    await guide.getByTestId('nextSlide').click();
    await guide.getByText(`2 / ${slides}`).waitFor();
    await guide.locator('pre.runnable', { hasText: "Policy {code: 'SDS40'}" }).first().click();
    await page.getByTestId('editor-Run').click();
    const result = frame('AS theme');
    await result.getByText('Management oversight').first().waitFor({ timeout: 30_000 });
    expect(await result.innerText()).toContain('Risk of harm and keeping people safe');
  });

  it('draws a starter query as a graph, in the style', async () => {
    const { page } = e;
    const cypher = readFileSync(path.join(QUERIES, '05-inspections-under-a-policy.cypher'), 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('//'))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    await run(cypher);
    const result = frame('RETURN under');
    await result.getByText('Displaying 7 nodes').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500); // the force layout settles
    await screenshot(page, 'neo4j-browser');
  });

  it('made no request to any other host while it was used (no analytics, feedback widget or web fonts)', () => {
    // Without the policy of src/neo4j-local/browser-csp.ts: cdn.segment.com, canny.io, fonts.googleapis.com.
    expect(outgoing).toEqual([]);
  });
});
