import { describe, expect, it } from 'vitest';
import { ratingHistory } from './ratings.ts';
import type { InspectionRecord } from '../model/records.ts';

const insp = (fieldworkFrom: string, rating: InspectionRecord['rating']) => ({ id: fieldworkFrom, fieldworkFrom, rating }) as InspectionRecord;

describe('ratingHistory', () => {
  it('marks each step as first, declined, unchanged or improved', () => {
    const h = ratingHistory([insp('2021-01', 'GOOD'), insp('2023-03', 'REQUIRES_IMPROVEMENT'), insp('2024-10', 'REQUIRES_IMPROVEMENT'), insp('2025-06', 'OUTSTANDING')]);
    expect(h.map((p) => p.change)).toEqual(['FIRST', 'DECLINED', 'UNCHANGED', 'IMPROVED']);
  });
});
