/**
 * GraphiQL, served by the service from npm packages: a browser opening /graphql lands on it, it
 * opens the README's example queries as tabs, runs one against the seeded graph and shows the result,
 * and loads nothing from elsewhere (no CDN; the page's Content-Security-Policy would block it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../src/web/example-queries.ts';
import { screenshot, start, type E2E } from './browser.ts';

/** Monaco renders spaces as non-breaking spaces. */
const text = async (e: E2E, selector: string) => (await e.page.locator(selector).innerText()).replace(/\u00a0/g, ' ');

describe('GraphiQL', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await start();
  }, 240_000);
  afterAll(async () => {
    await e?.close();
  });

  it('opens from /graphql in a browser, with every README example as a tab', async () => {
    await e.page.goto(`${e.service.url}/graphql`);
    expect(e.page.url()).toBe(`${e.service.url}/graphiql`);
    // The first request bundles GraphiQL (a few seconds).
    await e.page.locator('.graphiql-tab').first().waitFor({ timeout: 90_000 });
    const tabs = (await e.page.locator('.graphiql-tab').allInnerTexts()).map((t) => t.trim());
    expect(tabs).toEqual(EXAMPLE_QUERIES.map((q) => q.name));
  });

  it('runs the first example and shows its result', async () => {
    await e.page.locator('.graphiql-execute-button').click();
    await expect.poll(() => text(e, '.graphiql-response'), { timeout: 30_000 }).toMatch(/"totalCount": \d{2,}/);
    // The start of the answer (the editor draws only what is in view): the first PDUs, with their regions.
    expect(await text(e, '.graphiql-response')).toMatch(/"name": "[^"]+",\s*"region": \{/);
  });

  it('runs an analysis from its tab: the theme matrix', async () => {
    await e.page.locator('.graphiql-tab', { hasText: 'ThemeMatrix' }).click();
    await expect.poll(() => text(e, '.graphiql-query-editor'), { timeout: 10_000 }).toContain('themeMatrix(');
    // GraphiQL updates the operation to run from the editor after a debounce: clicking at once can
    // still send the previous tab's operation name ("Unknown operation named A1", seen in CI).
    await e.page.waitForTimeout(1_500);
    await e.page.locator('.graphiql-execute-button').click();
    await expect.poll(() => text(e, '.graphiql-response'), { timeout: 30_000 }).toContain('"theme": "management-oversight"');
    await screenshot(e.page, 'graphiql');
  });

  it('loaded nothing from outside the service and broke no Content-Security-Policy', () => {
    expect(e.problems).toEqual([]);
  });
});
