import { describe, expect, it } from 'vitest';
import { findDates, parseDate, toMonth } from './dates.ts';

describe('dates', () => {
  it.each([
    ['29 May 2025', 'day', '2025-05-29'],
    ['09 February 2023', 'day', '2023-02-09'],
    ['15th Nov 2024', 'day', '2024-11-15'],
    ['21st NOVEMBER 2025', 'day', '2025-11-21'],
    ['23/11/2022', 'day', '2022-11-23'],
    ['2024-10-09', 'day', '2024-10-09'],
    ['May 29, 2025', 'day', '2025-05-29'],
    ['March 2025', 'month', '2025-03'],
    ['Sept 2024', 'month', '2024-09'],
  ])('%s → %s %s', (text, precision, value) => {
    const d = parseDate(text);
    expect(d?.precision).toBe(precision);
    expect(d?.value).toBe(value);
  });

  it('reads month ranges, including across a year end', () => {
    expect(parseDate('November/December 2022')).toMatchObject({ value: '2022-11', to: '2022-12' });
    expect(parseDate('November to December 2022')).toMatchObject({ value: '2022-11', to: '2022-12' });
    expect(parseDate('between November and December 2022')).toMatchObject({ value: '2022-11', to: '2022-12' });
    expect(parseDate('November 2022 to January 2023')).toMatchObject({ value: '2022-11', to: '2023-01' });
    expect(parseDate('December to January 2023')).toMatchObject({ value: '2022-12', to: '2023-01' });
  });

  it('reads a range of days in one month', () => {
    expect(parseDate('3 to 7 March 2025')).toMatchObject({ precision: 'day', value: '2025-03-03', to: '2025-03-07' });
  });

  it('finds a month without a year but gives it no value (the year is not stated)', () => {
    const ds = findDates('visited Wigan and Tameside in March while North Manchester was inspected in February.');
    expect(ds.map((d) => d.value)).toEqual([null, null]);
  });

  it('reads a year alone ("in 2022")', () => {
    expect(findDates('previously rated Inadequate in 2022.')).toEqual([
      expect.objectContaining({ precision: 'year', value: '2022', year: 2022 }),
    ]);
  });

  it('never reads the verb "may" or the noun "march" as a month', () => {
    expect(findDates('Staff may leave; the march was long.')).toEqual([]);
  });

  it('rejects impossible days', () => {
    expect(parseDate('31 February 2024')).toBeNull();
    expect(parseDate('31/02/2024')).toBeNull();
  });

  it('reduces a date to its month', () => {
    expect(toMonth('2025-03-04')).toBe('2025-03');
    expect(toMonth('2025-03')).toBe('2025-03');
    expect(toMonth('2025')).toBeNull();
  });
});
