/**
 * The explorer's question views in Chromium, on the default graph (what `npm start` serves), through the public API only:
 * what changed for a PDU (pduChanges), a region's shared concerns (regionProfile), recurring concerns,
 * search narrowed step by step by its facets, an inspection's facts with their basis and evidence,
 * its Chief Inspector and recommendation lineage, commitments due at a date, names found as you type
 * for every id field, CSV downloads that match their tables, and the API key kept for the session and
 * sent with an ingest. Each view is saved as a screenshot (docs/screenshots/ with UPDATE_SCREENSHOTS=1).
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKey, parseEntries } from '../../src/http/auth/api-keys.ts';
import { createService, type Service } from '../../src/http/server.ts';
import { screenshot, start, type E2E } from './browser.ts';

const LLR = 'Leicester, Leicestershire and Rutland';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Type part of a name into a lookup field and choose the entry whose text ends with `name`. */
async function choose(page: Page, field: string, typed: string, name: string): Promise<void> {
  await page.locator(`#${field}`).fill('');
  await page.locator(`#${field}`).pressSequentially(typed);
  const option = page.locator(`#${field}-options li[role=option]`).filter({ hasText: new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first();
  await option.click();
  expect(await page.locator(`#${field}`).inputValue()).toBe(name);
}

/** The cells of a table as text, one array per row (header first). */
async function tableCells(table: Locator): Promise<string[][]> {
  return table.evaluate((t) => [...t.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText)));
}

/** Click a table's "Download CSV" and parse the file it saves. */
async function downloadCsv(page: Page, wrap: Locator): Promise<{ name: string; rows: string[][]; raw: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), wrap.getByRole('button', { name: /^Download CSV/ }).click()]);
  const raw = await readFile((await download.path())!, 'utf8');
  return { name: download.suggestedFilename(), rows: Papa.parse<string[]>(raw.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data, raw };
}

describe('explorer: the questions', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await start({ graph: 'default' });
  }, 240_000);
  afterAll(async () => {
    await e?.close();
  });

  it('shows what changed for a PDU between inspections, found by name', async () => {
    const { page } = e;
    await page.goto(`${e.service.url}/explorer#/changes`);
    await page.getByRole('heading', { name: 'What changed between inspections' }).waitFor({ timeout: 60_000 });
    await choose(page, 'pdu', 'leicest', LLR);
    await page.getByRole('button', { name: 'Ask' }).click();
    const changes = page.locator('table.changes');
    await changes.waitFor({ timeout: 60_000 });
    expect(page.url()).toContain(`pdu=${encodeURIComponent('pdu:leicester-leicestershire-and-rutland')}`);
    const api = (await e.service.graphql('{ pduChanges(pdu: "pdu:leicester-leicestershire-and-rutland") { changes { before { name rating } after { name rating } } } }')).body.data.pduChanges.changes;
    const rows = await tableCells(changes);
    expect(rows.length - 1).toBe(api.length);
    const text = squash(await changes.innerText());
    expect(text).toMatch(new RegExp(`${LLR} 2022-\\d\\d Inadequate`));
    expect(text).toMatch(new RegExp(`${LLR} 2025-\\d\\d Inadequate`));
    // The themes compared, each finding one click from its evidence.
    const themes = page.locator('table.theme-changes');
    // Findings are shown by their words (joined from the PDU's inspections), never by id.
    expect(await themes.innerText()).not.toContain('finding:');
    expect(await themes.locator('tbody tr').count()).toBeGreaterThan(0);
    await themes.locator('details.evidence summary').first().click();
    await themes.locator('details.evidence[open] blockquote').first().waitFor();
    await screenshot(page, 'explorer-changes');
  });

  it("lists a region's PDUs that share concerns, with each date's basis, and the CSV matches the table", async () => {
    const { page } = e;
    await page.getByRole('link', { name: 'Regions' }).click();
    await page.getByRole('heading', { name: 'Which PDUs in a region share concerns' }).waitFor();
    await choose(page, 'region', 'york', 'Yorkshire and the Humber');
    await page.locator('#rating').selectOption('INADEQUATE');
    await page.getByRole('button', { name: 'Ask' }).click();
    const pdus = page.locator('table.region-pdus');
    await pdus.waitFor({ timeout: 60_000 });
    const api = (await e.service.graphql('{ regionProfile(region: "region:yorkshire-and-the-humber", rating: INADEQUATE) { inspections { id } concerns { themes { theme { name } } } } }')).body.data.regionProfile;
    const rows = await tableCells(pdus);
    expect(rows.length - 1).toBe(api.inspections.length);
    const names = rows.slice(1).map((r) => r[0]);
    expect(names).toEqual(expect.arrayContaining(['Leeds', 'North and North East Lincolnshire', 'Kirklees']));
    // A window no document states is shown as derived, with the rule's explanation; never "unknown".
    const kirklees = squash(rows.find((r) => r[0] === 'Kirklees')!.join(' '));
    expect(kirklees).toMatch(/between \w+ \d{4} and \w+ \d{4} \(derived\) \S+/);
    expect(await page.locator('table.region-pdus .basis-why').count()).toBeGreaterThan(0);
    const concernRows = page.locator('.data-table.themes').first().locator('tbody tr');
    expect(await concernRows.count()).toBe(api.concerns.themes.length);
    await screenshot(page, 'explorer-region');

    const csv = await downloadCsv(page, page.locator('.data-table.region-pdus'));
    expect(csv.name).toBe('yorkshire-and-the-humber-inadequate-pdus-and-inspections.csv');
    expect(csv.raw.startsWith('\uFEFF')).toBe(true);
    // Every cell as shown; an evidence cell, shown as a disclosure ("Evidence (2)"), holds its quotes.
    const ev = rows[0]!.indexOf('Evidence');
    expect(ev).toBeGreaterThan(0);
    const shown = (r: string[]) => r.filter((_c, i) => i !== ev).map(squash);
    expect(csv.rows.map(shown)).toEqual(rows.map(shown));
    expect(csv.rows[0]![ev]).toBe('Evidence');
    csv.rows.slice(1).forEach((r, i) => {
      const n = Number(/^Evidence \((\d+)\)$/.exec(rows[i + 1]![ev]!)?.[1] ?? 0);
      expect(n ? r[ev]!.split(' | ').length : r[ev]).toBe(n ? n : '');
    });
  });

  it('lists recurring concerns under a policy, each finding one click from its evidence', async () => {
    const { page } = e;
    await page.goto(`${e.service.url}/explorer#/concerns`);
    await page.locator('#policy').selectOption('SDS40');
    await page.getByRole('button', { name: 'Ask' }).click();
    const themes = page.locator('.data-table.themes table');
    await themes.waitFor({ timeout: 60_000 });
    const api = (await e.service.graphql('{ recurringConcerns(policy: "SDS40") { themes { theme { name } pduCount findings { text evidence { quote } } } coverage { summary } } }')).body.data.recurringConcerns;
    const rows = await tableCells(themes);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual(api.themes.map((t: any) => [t.theme.name, String(t.pduCount)]));
    expect(squash(await page.locator('section.coverage .summary').innerText())).toBe(squash(api.coverage.summary));
    // One click on a finding's evidence shows the document's words and a link to the document.
    const first = api.themes[0].findings[0];
    const row = page.locator('.data-table.findings tbody tr').filter({ hasText: first.text }).first();
    await row.locator('details.evidence summary').click();
    const quote = row.locator('details.evidence blockquote').first();
    await quote.waitFor();
    expect(squash(await quote.innerText())).toBe(squash(first.evidence[0].quote));
    await screenshot(page, 'explorer-concerns');
    await row.locator('details.evidence .cite a').first().click();
    await page.locator('mark#quote').waitFor();
    expect(squash(await page.locator('mark#quote').innerText())).toBe(squash(first.evidence[0].quote));
  });

  it('narrows a search step by step with its facets', async () => {
    const { page } = e;
    await page.goto(`${e.service.url}/explorer#/search`);
    await page.locator('#text').fill('oversight');
    await page.getByRole('button', { name: 'Search' }).click();
    const hits = page.locator('table.hits');
    await hits.waitFor({ timeout: 60_000 });
    const all = (await e.service.graphql('{ search(text: "oversight", first: 50) { total byPdu { pdu { id name } count } } }')).body.data.search;
    const llr = all.byPdu.find((p: any) => p.pdu.name === LLR);
    expect(all.total).toBeGreaterThan(llr.count);
    expect(await page.locator('.facet.by-pdu li').count()).toBe(all.byPdu.length);
    await page.getByRole('button', { name: `Only ${LLR}: ${llr.count}` }).click();
    await page.locator('ul.active-filters').getByText(`pdu: ${LLR}`).waitFor();
    await expect.poll(() => hits.locator('tbody tr').count()).toBe(llr.count);
    const pduCells = await hits.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(pduCells.length).toBe(llr.count);
    for (const c of pduCells) expect(c).toBe(LLR);
    // The PDU filter is in the form too, by name, and a second step narrows by kind.
    expect(await page.locator('#pdu').inputValue()).toBe(LLR);
    const narrowed = (await e.service.graphql('{ search(text: "oversight", first: 50, filter: { pdu: "pdu:leicester-leicestershire-and-rutland" }) { byKind { kind count } } }')).body.data.search;
    const kind = narrowed.byKind[0];
    await page.getByRole('button', { name: `Only ${kind.kind}: ${kind.count}` }).click();
    await page.locator('ul.active-filters').getByText(`labels: ${kind.kind}`).waitFor();
    await expect.poll(() => hits.locator('tbody tr').count()).toBe(kind.count);
    for (const c of await hits.locator('tbody tr td:nth-child(1)').allInnerTexts()) expect(c.startsWith(kind.kind)).toBe(true);
    await screenshot(page, 'explorer-search');
    // Taking the PDU filter off keeps the kind.
    await page.getByRole('button', { name: `Remove filter pdu: ${LLR}` }).click();
    await expect.poll(() => page.url()).not.toContain('pdu=');
    expect(page.url()).toContain(`labels=${kind.kind}`);
  });

  it("shows an inspection's facts with their basis and evidence, its Chief Inspector and lineage", async () => {
    const { page } = e;
    await page.goto(`${e.service.url}/explorer#/inspection/${encodeURIComponent('inspection:leicester-leicestershire-and-rutland:2025-03')}`);
    const facts = page.locator('table.facts');
    await facts.waitFor({ timeout: 60_000 });
    const fact = (name: string) => facts.locator('tbody tr').filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${name}$`) }) });
    const chief = squash(await fact('Chief Inspector of Probation').innerText());
    expect(chief).toContain('Martin Jones.');
    expect(chief).toContain('Martin Jones was Chief Inspector of Probation throughout');
    expect(squash(await fact('Fieldwork').innerText())).toMatch(/Mar 2025.*\(stated\)/);
    // The rating is one click from the words that state it, and those from their document.
    const rating = fact('Rating');
    await rating.locator('details.evidence summary').click();
    const quote = squash(await rating.locator('blockquote').first().innerText());
    expect(quote.length).toBeGreaterThan(10);
    // Lineage: LLR's learning analysis recurs in Leeds's skills analysis.
    const lineage = page.locator('table.lineage');
    expect(squash(await lineage.innerText())).toMatch(/earlier, another PDU Leeds 2024-08/);
    await screenshot(page, 'explorer-inspection');
    await rating.locator('.cite a').first().click();
    await page.locator('mark#quote').waitFor();
    expect(squash(await page.locator('mark#quote').innerText())).toBe(quote);
  });

  it('lists commitments due or overdue at a date, with owner, status and evidence', async () => {
    const { page } = e;
    await page.goto(`${e.service.url}/explorer#/commitments`);
    await page.locator('#dueBy').fill('2026-04-01');
    await page.getByRole('button', { name: 'Ask' }).click();
    await expect.poll(() => page.url()).toContain('dueBy=2026-04-01');
    // The answer's table, found by its caption: until the new route has rendered, the page still
    // shows (or has just cleared) the table of every commitment, which a bare `table.commitments`
    // would find and count.
    const table = page.locator('table.commitments', { has: page.locator('caption', { hasText: 'Commitments due or overdue at 2026-04-01' }) });
    await table.waitFor({ timeout: 60_000 });
    const api = (await e.service.graphql('{ commitments(dueBy: "2026-04-01") { text } }')).body.data.commitments;
    expect(await table.locator('tbody tr').count()).toBe(api.length);
    const row = table.locator('tbody tr').filter({ hasText: '1,300' });
    expect(squash(await row.innerText())).toMatch(/Mar 2026 \(stated\) in progress 19 Jun 2025 .*Ministry of Justice/);
    await row.locator('details.evidence summary').click();
    await row.locator('details.evidence blockquote').first().waitFor();
    await screenshot(page, 'explorer-commitments');
  });

  it('finds graph nodes by name as you type: no ids to type', async () => {
    const { page } = e;
    await page.goto(`${e.service.url}/explorer#/graph`);
    await page.locator('#cy canvas').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('#node-id').inputValue()).toBe(LLR);
    await page.locator('#node-id').fill('');
    await page.locator('#node-id').pressSequentially('leeds');
    const option = page.locator('#node-id-options li').filter({ hasText: /^PDU\s+Leeds$/ });
    await option.waitFor();
    await option.click();
    await expect.poll(() => page.url()).toContain(encodeURIComponent('pdu:leeds'));
    await page.locator('.graph-view > p strong').filter({ hasText: 'Leeds' }).waitFor();
    // Recommendations, findings and documents are found by the full-text search.
    await page.locator('#node-id').fill('');
    await page.locator('#node-id').pressSequentially('learning analysis');
    await page.locator('#node-id-options li').filter({ hasText: /^Recommendation/ }).first().waitFor({ timeout: 10_000 });
  });

  it('loaded nothing from outside the service and broke no Content-Security-Policy', () => {
    expect(e.problems).toEqual([]);
  });

  describe('the API key', () => {
    const write = generateKey('write');
    let keyed: Service;
    let url: string;
    beforeAll(async () => {
      keyed = await createService({ db: e.db, development: true, apiKeys: parseEntries(write.entry, 'e2e key') });
      url = await keyed.listen(0);
    });
    afterAll(async () => {
      await keyed?.close();
    });

    it('is kept in sessionStorage for the session and sent with an ingest', async () => {
      const page = await e.context.newPage();
      try {
        await page.goto(`${url}/explorer#/ingest`);
        await page.getByRole('heading', { name: 'Add a document' }).waitFor({ timeout: 60_000 });
        const text = await readFile(new URL('../../seeds/ingest/05-leicester-leicestershire-rutland-2023-inadequate.txt', import.meta.url), 'utf8');
        await page.locator('#doc-text').fill(text);
        // Without a key, the service refuses the write and the view says what to do.
        await page.getByRole('button', { name: 'Send' }).click();
        await page.locator('.ingest-out [role=alert]').waitFor();
        expect(await page.locator('.ingest-out').innerText()).toMatch(/API key/);

        await page.locator('#api-key').fill(write.key);
        await page.getByRole('button', { name: 'Keep' }).click();
        expect(await page.evaluate(() => sessionStorage.getItem('probation-graph:api-key'))).toBe(write.key);
        expect(await page.evaluate(() => localStorage.length)).toBe(0);
        expect(await page.locator('#api-key').inputValue()).toBe('');
        await page.reload();
        await page.locator('.key-state').filter({ hasText: 'key kept for this session' }).waitFor();
        await page.locator('#doc-text').fill(text);
        const [sent] = await Promise.all([
          page.waitForRequest((r) => r.url().endsWith('/graphql') && (r.postData() ?? '').includes('ExplorerIngest')),
          page.getByRole('button', { name: 'Send' }).click(),
        ]);
        expect(sent.headers()['authorization']).toBe(`Bearer ${write.key}`);
        expect(sent.postDataJSON().variables.dryRun).toBe(true);
        await page.locator('.ingest-out table, .ingest-out [role=alert]').first().waitFor({ timeout: 60_000 });
        expect(await page.locator('.ingest-out').innerText()).toMatch(/^Dry run: (CREATED|UNCHANGED)\n/);
        expect(await page.locator('table.ingest-result').innerText()).toContain('document:');
        await screenshot(page, 'explorer-ingest');
        await page.getByRole('button', { name: 'Forget key' }).click();
        expect(await page.evaluate(() => sessionStorage.getItem('probation-graph:api-key'))).toBeNull();
      } finally {
        await page.close();
      }
    });
  });
});
