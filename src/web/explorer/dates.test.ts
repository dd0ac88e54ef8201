import { describe, expect, it } from 'vitest';
import { basisDate, fieldworkFull, fieldworkText, inspectionDate } from './dates.ts';

describe('dates with their basis', () => {
  it('says whether the fieldwork is stated, derived by a rule (with why) or unknown (with why)', () => {
    expect(fieldworkText({ fieldworkBasis: 'STATED', fieldworkFrom: '2025-03', fieldworkTo: '2025-03' })).toBe('Mar 2025 (stated)');
    expect(fieldworkText({ fieldworkBasis: 'STATED', fieldworkFrom: '2024-08', fieldworkTo: '2024-09' })).toMatch(/^Aug 2024 to Sept? 2024 \(stated\)$/);
    const derived = { fieldworkBasis: 'DERIVED', fieldworkWindowFrom: '2024-05', fieldworkWindowTo: '2024-11', fieldworkExplanation: 'by the rule FIELDWORK_BEFORE_PUBLICATION' };
    expect(fieldworkFull(derived)).toBe('between May 2024 and Nov 2024 (derived) by the rule FIELDWORK_BEFORE_PUBLICATION');
    const unknown = { fieldworkBasis: 'UNKNOWN', fieldworkExplanation: 'no document states the fieldwork' };
    expect(fieldworkFull(unknown)).toMatch(/^unknown \(.*\) no document states the fieldwork$/);
  });

  it('names the basis of the date an ordering reads, and of a dated value', () => {
    expect(inspectionDate({ date: '2024-11', dateBasis: 'REPORTED' })).toBe('Nov 2024 (month first reported; no fieldwork stated)');
    expect(inspectionDate({ date: null, dateBasis: 'NONE' })).toBe('undated (no date known)');
    expect(basisDate('2023-09-29', 'DERIVED', 'the day before the next holder took office')).toMatch(/^29 Sept? 2023 \(derived: the day before the next holder took office\)$/);
    expect(basisDate(null, 'UNKNOWN', 'in post as far as the sources go')).toBe('not known: in post as far as the sources go');
  });
});
