/**
 * The explorer, on the seeded graph, through the public GraphQL API only: the PDU list, a PDU's
 * timeline, the heat map with its drill-down (by mouse and by keyboard) to the evidence quotes and
 * their documents, and a neighbourhood drawn with Cytoscape.js that re-centres on a chosen node.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, start, type E2E } from './browser.ts';

describe('explorer', () => {
  let e: E2E;
  let names: string[];
  beforeAll(async () => {
    e = await start();
    const r = await e.service.graphql<{ pdus: { nodes: { name: string }[] } }>('{ pdus(first: 100) { nodes { name } } }');
    names = r.body.data!.pdus.nodes.map((p) => p.name);
  }, 240_000);
  afterAll(async () => {
    await e?.close();
  });

  it('lists every PDU with its latest rating', async () => {
    const { page } = e;
    await page.goto(`${e.service.url}/explorer`);
    await page.getByRole('heading', { name: 'Probation Delivery Units' }).waitFor({ timeout: 60_000 });
    const rows = page.locator('table.pdus tbody tr');
    await rows.nth(names.length - 1).waitFor();
    expect(await rows.count()).toBe(names.length);
    expect(await page.locator('table.pdus tbody th').allInnerTexts()).toEqual(names);
    expect(await rows.filter({ hasText: 'Leeds' }).innerText()).toMatch(/Yorkshire and the Humber\s+Inadequate\s+Aug 2024\s+1/);
    await screenshot(page, 'explorer-pdus');
  });

  it("shows a PDU's inspection timeline, with how its rating moved", async () => {
    const { page } = e;
    await page.getByRole('link', { name: 'North and North East Lincolnshire: inspection timeline' }).click();
    await page.getByRole('heading', { level: 1, name: 'North and North East Lincolnshire' }).waitFor();
    const items = page.locator('li.inspection');
    await items.nth(1).waitFor();
    expect(await items.count()).toBe(2);
    // No document states that inspection's fieldwork: the derived window says so, never a guessed month.
    expect(await items.nth(0).innerText()).toMatch(/Fieldwork not stated \(between Sept? 2022 and Mar 2023, derived; reported Mar 2023\)\s+Requires improvement\s+first inspection/);
    expect(await items.nth(1).innerText()).toMatch(/Fieldwork Oct 2024\s+Inadequate\s+declined/);
    expect(await items.nth(1).innerText()).toContain('SDS40 (fieldwork)');
    // The axis: one mark per inspection, and the policies in force as bands.
    expect(await page.locator('.timeline .mark').count()).toBe(2);
    expect(await page.locator('.timeline .band').allInnerTexts()).toEqual(expect.arrayContaining(['SDS40', 'PROBATION_RESET']));
    await screenshot(page, 'explorer-timeline');
  });

  it('drills down from a heat-map cell to the recommendations, their evidence and documents', async () => {
    const { page } = e;
    await page.getByRole('link', { name: 'Heat map' }).click();
    const cell = page.getByRole('button', { name: /^SDS40 × Management oversight: 3 recommendations to 2 PDUs/ });
    await cell.waitFor();
    // One row per theme, one column per policy, that has a recommendation.
    const m = (await e.service.graphql<{ themeMatrix: { cells: { policy: string; theme: string; count: number }[] } }>('{ themeMatrix { cells { policy theme count } } }')).body.data!.themeMatrix.cells.filter((c) => c.count > 0);
    expect(await page.locator('table.matrix tbody tr').count()).toBe(new Set(m.map((c) => c.theme)).size);
    expect(await page.locator('table.matrix thead th').count()).toBe(1 + new Set(m.map((c) => c.policy)).size);
    expect(await page.locator('table.matrix td.cell button').count()).toBe(m.length);
    await cell.click();
    await page.getByRole('heading', { level: 2, name: /^Management oversight under/ }).waitFor();
    const recs = page.locator('ol.recommendations > li');
    // A first query on a fresh database can take Neo4j a few seconds to plan.
    await recs.nth(2).waitFor();
    expect(await recs.count()).toBe(3);
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toMatch(/#\/matrix\/SDS40\/management-oversight$/);
    const quotes = page.locator('ol.recommendations blockquote');
    expect(await quotes.count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'explorer-heatmap');

    // From an evidence quote to its document, with the quote marked in the text.
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    const quote = squash(await quotes.first().innerText());
    await page.locator('ol.recommendations .cite a').first().click();
    await page.locator('mark#quote').waitFor();
    expect(squash(await page.locator('mark#quote').innerText())).toBe(quote);
  });

  it('works from the keyboard: a focused cell opens with Enter', async () => {
    const { page } = e;
    await page.goto(`${e.service.url}/explorer#/matrix`);
    const cell = page.getByRole('button', { name: /^PROBATION_RESET × Learning and development:/ });
    await cell.focus();
    // The focus is visible: a 3px outline.
    expect(await cell.evaluate((el) => getComputedStyle(el).outlineWidth)).toBe('3px');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^Learning and development under/ }).waitFor();
    await page.locator('ol.recommendations > li').nth(2).waitFor();
    expect(await page.locator('ol.recommendations > li').count()).toBe(3);
    // Every button and link says what it does.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, a')].filter((el) => !(el.getAttribute('aria-label') || el.textContent || '').trim()).length,
    );
    expect(unnamed).toBe(0);
  });

  it("draws a node's neighbourhood and re-centres on a chosen node", async () => {
    const { page } = e;
    await page.goto(`${e.service.url}/explorer#/graph/${encodeURIComponent('pdu:leicester-leicestershire-and-rutland')}`);
    await page.getByRole('heading', { name: 'Neighbourhood' }).waitFor();
    await page.locator('#cy canvas').first().waitFor();
    const list = page.locator('nav.node-list');
    expect(await list.innerText()).toContain('Region (1)');
    expect(await list.innerText()).toContain('East Midlands');
    await page.waitForTimeout(500); // let Cytoscape finish its first frame
    await screenshot(page, 'explorer-graph');
    await list.getByRole('button', { name: 'Centre on Region East Midlands' }).click();
    await expect.poll(() => page.locator('.graph-view > p').first().innerText(), { timeout: 30_000 }).toMatch(/^Region East Midlands/);
    expect(page.url()).toContain(encodeURIComponent('region:east-midlands'));
  });

  it('loaded nothing from outside the service and broke no Content-Security-Policy', () => {
    expect(e.problems).toEqual([]);
  });
});
