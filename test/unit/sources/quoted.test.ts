/**
 * The news reports of the default graph ship as quoted records (seeds/ingest/news/*.json), never as
 * their full text. Each record must be what `npm run seeds:news` writes from the full text kept as a
 * test input (so it is never stale after the extractor changes), keep only quoted passages, and hold
 * every offset true against those passages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../../src/model/repository.ts';
import { GAP } from '../../../src/text/excerpt.ts';
import { removeContactDetails } from '../../../src/text/contacts.ts';
import { quotedRecord, type QuotedRecord } from '../../../src/sources/ingest/quoted.ts';
import { loadVocabulary } from '../../../src/sources/seed/vocabulary.ts';

const dir = repoPath('seeds/ingest/news');
const records = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const vocabulary = await loadVocabulary();

describe('quoted records of news reports', () => {
  it('ships at least the news reports of the development corpus', () => {
    expect(records.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of records) {
    const record = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as QuotedRecord;
    it(`${file}: is what npm run seeds:news writes from its text (run it after the extractor changes)`, () => {
      expect(record).toEqual(quotedRecord(readFileSync(repoPath(record.source.fixture), 'utf8'), record.source.fixture, vocabulary));
    });
    it(`${file}: keeps only passages, shorter than the text, with every offset true`, () => {
      const full = removeContactDetails(readFileSync(repoPath(record.source.fixture), 'utf8')).text;
      expect(record.source.licence).toBe('COPYRIGHT');
      expect(record.text.length).toBeLessThan(full.length);
      for (const passage of record.text.split(GAP)) expect(full).toContain(passage);
      const evidence = [
        ...record.extraction.document.evidence, ...record.extraction.inspections.flatMap((i) => i.evidence),
        ...record.extraction.people.flatMap((p) => p.evidence), ...record.extraction.findings.map((f) => f.evidence),
        ...record.extraction.quotes.map((q) => q.evidence),
      ];
      for (const e of evidence) expect(record.text.slice(e.start, e.end)).toBe(e.quote);
    });
  }
});
