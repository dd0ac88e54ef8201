/**
 * Dates in the graph are ISO strings at the precision the source gives: `YYYY-MM-DD`, or `YYYY-MM`
 * where only the month is known. Keeping them as strings (not Neo4j temporals) keeps month precision
 * honest, sorts correctly as text, and reads well in Neo4j Browser.
 */
import { z } from 'zod';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const IsoDay = z.string().regex(DAY, 'expected a date as YYYY-MM-DD');
export const IsoMonth = z.string().regex(MONTH, 'expected a month as YYYY-MM');
export const PartialDate = z
  .string()
  .refine((s) => DAY.test(s) || MONTH.test(s), 'expected a date as YYYY-MM-DD or YYYY-MM');
/** A date where a source may give only the year (a programme "began in 2021"): YYYY, YYYY-MM or YYYY-MM-DD. */
export const PeriodDate = z
  .string()
  .refine((s) => /^\d{4}$/.test(s) || DAY.test(s) || MONTH.test(s), 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

/** The day before a day (`YYYY-MM-DD`). */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The first day a partial date can denote ("2024-08" → "2024-08-01"; a year, "2021" → "2021-01-01"). */
export function startOf(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  return date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial date can denote ("2024-02" → "2024-02-29"; a year, "2021" → "2021-12-31"). */
export function endOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length !== 7) return date;
  const [y, m] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date}-${String(last).padStart(2, '0')}`;
}

/**
 * Whether the period [from, to] overlaps [start, end]; open ends (null) extend forever.
 * Used to decide FIELDWORK_OVERLAP pressure: fieldwork in month precision against policy dates.
 */
export function periodsOverlap(
  from: string,
  to: string | null,
  start: string | null,
  end: string | null,
): boolean {
  const a0 = startOf(from);
  const a1 = endOf(to ?? from);
  if (start !== null && a1 < startOf(start)) return false;
  if (end !== null && a0 > endOf(end)) return false;
  return true;
}

/** How precisely a date is known: from its form. */
export type DatePrecision = 'DAY' | 'MONTH';
export function precisionOf(date: string): DatePrecision {
  return date.length === 7 ? 'MONTH' : 'DAY';
}

/**
 * Where a date comes from: STATED by a document (or a cited source), DERIVED by a named rule from
 * dates that are stated, or UNKNOWN (nothing states it and no rule applies).
 */
export const DateBasis = z.enum(['STATED', 'DERIVED', 'UNKNOWN']);
export type DateBasis = z.infer<typeof DateBasis>;

/** `YYYY-MM` shifted by `months` (negative for earlier). */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.slice(0, 7).split('-').map(Number) as [number, number];
  const t = y * 12 + (m - 1) + months;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/** Whether the period [from, to] lies wholly inside [start, end] (open ends extend forever). */
export function periodWithin(from: string, to: string | null, start: string | null, end: string | null): boolean {
  if (start !== null && startOf(from) < startOf(start)) return false;
  if (end !== null && endOf(to ?? from) > endOf(end)) return false;
  return true;
}

/** Whether the period [from, to] lies wholly after `end` (nothing of it at or before `end`). */
export function periodAfter(from: string, end: string): boolean {
  return startOf(from) > endOf(end);
}

/** Parameters of the rules that derive dates (seeds/facts/date-rules.yaml; src/graph/derive/dates.ts). */
export interface DateRules {
  /** The longest time between the end of fieldwork and publication that the window allows, in months. */
  fieldworkBeforePublicationMonths: number;
}
