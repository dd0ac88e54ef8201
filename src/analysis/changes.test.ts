import { describe, expect, it } from 'vitest';
import type { FindingRecord, InspectionRecord, ThemeRecord } from '../model/records.ts';
import { inspectionCoverage, pduChanges, themeChanges, type InspectionFacts } from './changes.ts';

const theme = (key: string): ThemeRecord => ({ id: `theme:${key}`, key, name: key, description: '', phrases: [], taxonomyVersion: '1' });
const finding = (id: string, polarity: 'CONCERN' | 'STRENGTH', ...keys: string[]): FindingRecord & { themes: ThemeRecord[] } => ({ id, text: id, polarity, position: 1, themes: keys.map(theme) });
function facts(id: string, date: string | null, findings: InspectionFacts['findings'], extra: Partial<InspectionRecord> = {}): InspectionFacts {
  const inspection = { id, name: id, rating: 'INADEQUATE', fieldworkFrom: date, fieldworkTo: date, publishedOn: null, casesExamined: null, casesDescription: null, recommendationCount: null, recommendationsComplete: false, ...extra } as InspectionRecord;
  return { inspection, date, dateBasis: date ? 'FIELDWORK' : 'NONE', documents: [], findings, recommendations: [], frameworks: [], duplicates: [] };
}

describe('what changed between two inspections', () => {
  const a = facts('i:a', '2022-11', [finding('f1', 'CONCERN', 'staffing'), finding('f2', 'CONCERN', 'risk'), finding('f3', 'STRENGTH')]);
  const b = facts('i:b', '2025-03', [finding('f4', 'CONCERN', 'staffing'), finding('f5', 'CONCERN', 'oversight'), finding('f6', 'STRENGTH', 'leadership')]);

  it('sorts concern themes into new, persisting and not reported again, never "resolved"', () => {
    const c = themeChanges(a, b, 'CONCERN');
    expect(c.new.map((x) => x.theme.key)).toEqual(['oversight']);
    expect(c.persisting.map((x) => x.theme.key)).toEqual(['staffing']);
    expect(c.notReportedAgain.map((x) => x.theme.key)).toEqual(['risk']);
    expect(c.notReportedAgain[0]!.explanation).toMatch(/not evidence that it was resolved/);
    expect(c.new[0]!.after.map((f) => f.id)).toEqual(['f5']);
  });

  it('keeps strengths apart, with the unthemed listed', () => {
    const s = themeChanges(a, b, 'STRENGTH');
    expect(s.new.map((x) => x.theme.key)).toEqual(['leadership']);
    expect(s.withoutThemeBefore.map((f) => f.id)).toEqual(['f3']);
  });

  it('says what the documents lack', () => {
    expect(inspectionCoverage(facts('i:c', '2022-11', [], { recommendationCount: 6 })).lacks.join('; ')).toMatch(/none of its 6 recommendations is quoted; no concern is reported; no strength is reported/);
  });

  it('compares the dated inspections in order and lists the undated in the coverage', () => {
    const undated = { ...facts('i:u', null, []), duplicates: ['i:a'] };
    const r = pduChanges({ id: 'pdu:x', name: 'X', aliases: [] }, [b, undated, a]);
    expect(r.inspections.map((i) => i.id)).toEqual(['i:a', 'i:b']);
    expect(r.changes.map((c) => [c.before.id, c.after.id, c.rating])).toEqual([['i:a', 'i:b', 'UNCHANGED']]);
    expect(r.coverage.excluded).toEqual([expect.objectContaining({ reason: 'NO_DATE', ids: ['i:u'] })]);
    expect(r.coverage.summary).toMatch(/possibly the same as i:a/);
  });
});
