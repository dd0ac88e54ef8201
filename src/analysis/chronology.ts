/**
 * When an inspection happened, and so which of a PDU's inspections is the latest: one definition
 * for every reader (the `latestRating` field and the `pdus(rating:)` filter, the newest-first lists,
 * the rating history and the counts by year). It lives in the lowest read layer because both the
 * translate layer (src/graphql/translate) and the analyses use it.
 *
 * Vocabulary:
 *   date       fieldwork's first month, else the month a news-only inspection was reported in, else
 *              the report's publication date: `YYYY-MM` or `YYYY-MM-DD`, so strings compare by time
 *   undated    none of the three is known (an ingested report that states no date at all)
 *   newest     the latest date first; undated inspections after every dated one; then by id
 *
 * Cypher 5 sorts null above every value, so `ORDER BY date DESC` alone would put an undated
 * inspection first and make it the "latest": the order sorts on `date IS NULL` (false before true)
 * first. Every function takes the variable bound to the inspection and returns Cypher text made of
 * it and constants only.
 */

/** An inspection's date (null when undated). */
export const inspectionDate = (i: string): string => `coalesce(${i}.fieldworkFrom, ${i}.reportedIn, ${i}.publishedOn)`;

/** ORDER BY items: newest first, undated last, ties by id. */
export const newestInspectionFirst = (i: string): string => `${inspectionDate(i)} IS NULL, ${inspectionDate(i)} DESC, ${i}.id`;

/** ORDER BY items: the exact reverse of newestInspectionFirst, so a history ends with the latest inspection. */
export const oldestInspectionFirst = (i: string): string => `${inspectionDate(i)} IS NULL DESC, ${inspectionDate(i)}, ${i}.id DESC`;

/** The year of an inspection's date, as an integer (null when undated). */
export const inspectionYear = (i: string): string => `toInteger(left(${inspectionDate(i)}, 4))`;

/**
 * The rating of the PDU bound to `pdu`: that of its newest inspection (null without one). `i` is a
 * variable name free in the surrounding statement, bound inside the subquery.
 */
export const latestRating = (pdu: string, i: string): string =>
  `COLLECT { MATCH (${pdu})<-[:OF]-(${i}:Inspection) RETURN ${i}.rating ORDER BY ${newestInspectionFirst(i)} LIMIT 1 }[0]`;

/**
 * What an inspection's date (inspectionDate) is: FIELDWORK (a document states the month fieldwork
 * began), REPORTED (known only from a document's date: the month it was first reported in),
 * PUBLISHED (the report's publication date) or NONE (undated).
 */
export const inspectionDateBasis = (i: string): string =>
  `CASE WHEN ${i}.fieldworkFrom IS NOT NULL THEN 'FIELDWORK' WHEN ${i}.reportedIn IS NOT NULL THEN 'REPORTED' WHEN ${i}.publishedOn IS NOT NULL THEN 'PUBLISHED' ELSE 'NONE' END`;

/*
 * The fieldwork window (src/graph/derive/dates.ts): the stated months, or a window a named rule
 * derived (fieldworkBasis DERIVED), or none (UNKNOWN). A graph written before windows were stored
 * (a synthetic benchmark graph) has only the stated months: the window is then those months, as
 * src/graph/derive/pressures.ts reads it too.
 */

/** The window's first month (`YYYY-MM`), or null. */
export const windowFrom = (i: string): string => `coalesce(${i}.fieldworkWindowFrom, ${i}.fieldworkFrom)`;

/** The window's last month (`YYYY-MM`), or null. */
export const windowTo = (i: string): string => `coalesce(${i}.fieldworkWindowTo, ${i}.fieldworkTo, ${i}.fieldworkWindowFrom, ${i}.fieldworkFrom)`;

/** STATED, DERIVED or UNKNOWN. */
export const windowBasis = (i: string): string =>
  `coalesce(${i}.fieldworkBasis, CASE WHEN ${i}.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END)`;

/**
 * The months fieldwork may have BEGUN in: for stated fieldwork its first month only; for a derived
 * window any month of it. `[lo, hi]`; null without a window. Date filters ("fieldwork began in or
 * after `from`") hold for certain when the whole range satisfies them, possibly when part of it does.
 */
export const fieldworkBeganFrom = (i: string): string => windowFrom(i);
export const fieldworkBeganTo = (i: string): string => `CASE WHEN ${windowBasis(i)} = 'DERIVED' THEN ${windowTo(i)} ELSE ${windowFrom(i)} END`;
