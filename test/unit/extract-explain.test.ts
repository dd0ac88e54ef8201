/**
 * `probation-graph extract FILE --explain`: the extraction as --json prints it, plus for every field
 * the words it came from and the rule that took them, or why it is null. Checked on one real press
 * release (the Leeds 2024 seed document, whose expectation is hand-made).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/app/cli/commands/extract.ts';
import type { Explanation } from '../../src/sources/extract/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = join(root, 'test', 'fixtures', 'extraction', 'seed-002-leeds-2024-inadequate.txt');
const text = readFileSync(file, 'utf8');

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await run(args), out };
  } finally {
    spy.mockRestore();
  }
}

describe('extract --explain', async () => {
  const json = await cli([file, '--json']);
  const explained = await cli([file, '--explain']);
  const x = JSON.parse(explained.out) as Record<string, unknown> & { explanation: Explanation };

  it('prints what --json prints, plus the explanation', () => {
    expect(json.code).toBe(0);
    expect(explained.code).toBe(0);
    const { explanation, ...rest } = x;
    expect(rest).toEqual(JSON.parse(json.out));
    expect(explanation.inspections.map((i) => i.pdu)).toEqual(['Leeds']);
  });

  it('gives each stated field its exact words and the rule that took them', () => {
    const fields = Object.fromEntries(x.explanation.inspections[0]!.fields.map((f) => [f.field, f]));
    expect(fields.rating).toMatchObject({ value: 'Inadequate' });
    expect(fields.rating!.from![0]!.rule).toMatch(/^rating-/);
    expect(fields.fieldwork).toMatchObject({ value: '2024-08', from: [expect.objectContaining({ rule: 'fieldwork-sentence' })] });
    expect(fields.pdusInRegion).toMatchObject({ value: 11, from: [expect.objectContaining({ rule: 'pdus-in-region' })] });
    expect(fields.recommendationCount!.from![0]!.rule).toMatch(/^recommendations-count/);
    expect(fields.chiefInspector).toMatchObject({ value: 'Martin Jones' });
    for (const f of x.explanation.inspections[0]!.fields) {
      for (const w of f.from ?? []) {
        expect(text.slice(w.start, w.end), `${f.field}`).toBe(w.quote);
        expect(w.rule, `${f.field} rule`).toBeTruthy();
      }
    }
  });

  it('says why a field is null', () => {
    const fields = Object.fromEntries(x.explanation.inspections[0]!.fields.map((f) => [f.field, f]));
    expect(fields.previousRating).toEqual({ field: 'previousRating', value: null, why: 'no sentence states the rating of an earlier inspection' });
    expect(fields.fieldworkTo).toMatchObject({ value: null, why: 'no range of fieldwork months is stated' });
  });

  it('explains a month without its year', async () => {
    const dir = join(root, 'test', 'fixtures', 'extraction');
    const wigan = join(dir, 'explain-month-without-year.txt');
    const { out, code } = await cli([wigan, '--explain']);
    expect(code).toBe(0);
    const fields = (JSON.parse(out) as { explanation: Explanation }).explanation.inspections[0]!.fields;
    expect(fields.find((f) => f.field === 'fieldwork')).toEqual({ field: 'fieldwork', value: null, why: 'a month without its year: "March"' });
  });
});
