/**
 * Dated periods against an inspection's fieldwork window: which inspection programme (Framework)
 * and which Chief Inspector of Probation (a dated HELD role) an inspection falls under. One
 * definition, as Cypher builders, for the Inspection fields (src/graphql/translate/relations.ts) and
 * the analyses that compare inspections (changes.ts).
 *
 * Vocabulary:
 *   period   stored on the Framework node and the HELD relationship (src/sources/seed/dated-facts.ts)
 *            as days and as months: [monthFrom, monthUntil] the months it touches, [monthFromCertain,
 *            monthUntilCertain] the months it covers wholly (a start given as a month or a year is
 *            sure only from its last day); an end null when none is known. Fieldwork windows are
 *            months, so comparing months is exact, and costs no date arithmetic per inspection
 *   window   the inspection's fieldwork window (chronology.ts): stated months or a derived window
 *   within   the whole window lies inside the period: CERTAIN
 *   overlaps part of the window lies inside it: POSSIBLE when not within (the window straddles a
 *            change: say so, never pick one)
 *
 * Every builder takes variable names bound by the caller and returns Cypher made of them and
 * constants only.
 */
import { windowBasis, windowFrom, windowTo } from './chronology.ts';

/** The dated role whose holders `chiefInspector` reads. */
export const CHIEF_INSPECTOR_ROLE = 'CHIEF_INSPECTOR_OF_PROBATION';

/** Whether the period of `x` (a Framework node or a HELD relationship) overlaps the window of inspection `i`. */
export const periodOverlaps = (i: string, x: string): string =>
  `${windowFrom(i)} IS NOT NULL AND ${x}.monthFrom <= ${windowTo(i)} AND (${x}.monthUntil IS NULL OR ${x}.monthUntil >= ${windowFrom(i)})`;

/** Whether the whole window of `i` lies in the months the period of `x` surely covers. */
export const periodContains = (i: string, x: string): string =>
  `(${windowFrom(i)} IS NOT NULL AND ${x}.monthFromCertain <= ${windowFrom(i)} AND (${x}.monthUntil IS NULL OR ${windowTo(i)} <= ${x}.monthUntilCertain))`;

/** The window in words: "2025-03", "2022-11 to 2022-12", "2024-05 to 2024-11 (a derived window)". */
export const windowWords = (i: string): string =>
  `${windowFrom(i)} + CASE WHEN ${windowTo(i)} <> ${windowFrom(i)} THEN ' to ' + ${windowTo(i)} ELSE '' END + CASE WHEN ${windowBasis(i)} = 'DERIVED' THEN ' (a derived window)' ELSE '' END`;

const periodWords = (x: string) => `${x}.from + ' to ' + coalesce(${x}.until, CASE WHEN ${x}.periodEnd IS NOT NULL THEN ${x}.periodEnd + ' at the latest' ELSE 'no end known' END)`;

/** Frameworks that inspect PDUs, bound to `f`, whose period overlaps the window of `i`. */
export const frameworksMatch = (i: string, f: string): string => `MATCH (${f}:Framework) WHERE 'PDU' IN ${f}.inspects AND ${periodOverlaps(i, f)}`;

/** CERTAIN when the whole window lies in the framework's period, else POSSIBLE. */
export const frameworkCertainty = (i: string, f: string): string => `CASE WHEN ${periodContains(i, f)} THEN 'CERTAIN' ELSE 'POSSIBLE' END`;

export const frameworkExplanation = (i: string, f: string): string =>
  `'fieldwork ' + ${windowWords(i)} + CASE WHEN ${periodContains(i, f)} THEN ' lies within ' ELSE ' overlaps, in part, ' END + ${f}.name + ' (' + ${periodWords(f)} + ')'`;

/** Holders of the Chief Inspector role, `p` with their HELD `h`, in post at some time in the window of `i`. */
export const chiefInspectorsMatch = (i: string, p: string, h: string): string =>
  `MATCH (${p}:Person)-[${h}:HELD {role: '${CHIEF_INSPECTOR_ROLE}'}]->(:Organisation) WHERE ${periodOverlaps(i, h)}`;

/** The holder in post for the whole window (at most one: tenures do not overlap by more than a day's precision). */
export const chiefInspectorMatch = (i: string, p: string, h: string): string =>
  `MATCH (${p}:Person)-[${h}:HELD {role: '${CHIEF_INSPECTOR_ROLE}'}]->(:Organisation) WHERE ${periodContains(i, h)}`;

/**
 * Who was Chief Inspector during the window of `i`, in words: one holder throughout, or the window
 * straddling a change (every holder named, none chosen), or no window to tell by.
 */
export function chiefInspectorExplanation(i: string, v: (name: string) => string): string {
  const [p, h, list, x, acc, y] = [v('p'), v('h'), v('list'), v('x'), v('acc'), v('y')];
  const holders = `COLLECT { ${chiefInspectorsMatch(i, p, h)} RETURN {name: ${p}.name, period: ${periodWords(h)}, whole: ${periodContains(i, h)}} AS ${x} ORDER BY ${h}.monthFrom }`;
  return `CASE WHEN ${windowFrom(i)} IS NULL THEN 'No fieldwork window (' + coalesce(${i}.fieldworkExplanation, 'no date is known') + '), so who was Chief Inspector of Probation cannot be told.'
ELSE [${list} IN [${holders}] | 'Fieldwork ' + ${windowWords(i)} + ': ' + CASE
  WHEN size(${list}) = 0 THEN 'no Chief Inspector of Probation in the graph was in post then.'
  WHEN size(${list}) = 1 AND ${list}[0].whole THEN ${list}[0].name + ' was Chief Inspector of Probation throughout (in post ' + ${list}[0].period + ').'
  WHEN size(${list}) = 1 THEN 'the window lies only partly inside ' + ${list}[0].name + "'s tenure (" + ${list}[0].period + '); no one is named.'
  ELSE 'the window straddles a change of Chief Inspector of Probation: ' + reduce(${acc} = '', ${y} IN ${list} | ${acc} + CASE WHEN ${acc} = '' THEN '' ELSE '; ' END + ${y}.name + ' (' + ${y}.period + ')') + '. Which of them covered the inspection cannot be told from the dates, so no one is named.'
END][0] END`;
}
