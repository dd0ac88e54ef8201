/**
 * When the inspection happened and when its report was published.
 *  - fieldwork-sentence: a sentence about the visit ("Fieldwork for this inspection took place in
 *    March 2025", "HMiP visited in March 2025", "At the time of the inspection, in January 2023",
 *    "inspectors visited Wigan in March 2023", news's "The inspection, in June 2023, found", "In February
 *    2024, the inspectorate spent two weeks assessing ...", "inspectors examined 40 cases in May 2024")
 *    with a month and year. A month without a year is not a
 *    date we may state; a date the sentence gives for publication is not the visit; a sentence about an
 *    earlier inspection gives that inspection's year instead (previous-year-fieldwork-sentence).
 *    Several PDUs and several dates in one sentence: each PDU takes the date nearest its name.
 *  - published-on: "The report is available at ... on 29 May 2025", "(also published on 25 May 2023)"
 *    (a report released with this one), "These reports were published on 30 March 2023": a day date
 *    after "published/available/released ... on". Inside a cross-reference only the "also" / "these
 *    reports" forms speak for this report.
 *  - published-today: "have today published" dated by the document's dateline.
 */
import { findDates, type DateMention } from './dates.ts';
import { fact, type InspectionContext, type InspectionDraft } from './draft.ts';
import type { PduEntity } from './entities.ts';
import { crossRefScope } from './entities.ts';
import type { Sentence } from './sentences.ts';

export const PREVIOUS_CUE = /\b(previous(ly)?|last inspect(ed|ion)|earlier inspection|prior to|the first inspection|had\s+(?:previously\s+)?been\s+inspected)\b/i;
const FIELDWORK_CUE = new RegExp(
  [
    String.raw`\bfieldwork\b`,
    String.raw`\bon-?site\b`,
    String.raw`\bvisit(?:ed|s)?\b`,
    String.raw`\binspected\s+(?:[\w']+\s+){0,3}?(?:in|during|between|over|from)\b`,
    String.raw`\binspection,?\s+(?:(?:which|that)\s+)?(?:took place|was carried out|was conducted|was undertaken|happened|ran|began|started|commenced)\b`,
    String.raw`\binspection\s+(?:by\s+[^.,;]{3,60}?\s+)?(?:in|during|between)\s+[A-Z][a-z]+(?:\s*(?:\/|-|to|and)\s*[A-Z][a-z]+)?\s+(?:19|20)\d\d\b`,
    String.raw`\bat the time of (?:the|our|this|its) inspection\b`,
    String.raw`\binspection,?\s+(?:carried out|conducted|undertaken)\s+(?:in|during|between|over)\b`,
    // "The inspection, in June 2023, found ...": news puts the month in apposition.
    String.raw`\b(?:an|the|our|their|its)\s+inspection,?\s+(?:in|during|between)\s+[A-Z][a-z]+(?:\s*(?:\/|-|to|and)\s*[A-Z][a-z]+)?\s+(?:19|20)\d\d\b`,
    // "inspectors spent two weeks assessing the PDU", "In May 2024, inspectors examined 50 cases".
    String.raw`\bspen[dt]\s+(?:a|one|two|three|four|five|six|several|\d{1,2})\s+(?:days?|weeks?)\b`,
    String.raw`\b(?:inspectors?|inspectorate|HMIP|HMI\s+Probation)\s+(?:[\w']+\s+){0,3}?(?:assess(?:ed|ing)|examin(?:ed|ing)|inspect(?:ed|ing)|looked\s+at|went\s+into|(?:was|were)\s+on[\s-]site|interview(?:ed|ing)|review(?:ed|ing)\s+\d)`,
  ].join('|'),
  'i',
);
/** A date given for a publication, not for the visit. */
const PUBLICATION_BEFORE = /\b(?:published|publication|publish(?:es)?|released|report(?:ed)?)\b[^,.;]{0,30}$/i;

/** Each PDU named in a sentence with several dates takes the date nearest its name. */
function nearestDate(e: PduEntity, s: Sentence, dates: DateMention[]): DateMention | undefined {
  const ms = e.mentions.filter((m) => m.start >= s.start && m.start < s.end);
  let best: { d: DateMention; dist: number } | undefined;
  for (const d of dates) {
    for (const m of ms) {
      const dist = Math.min(Math.abs(m.start - (s.start + d.end)), Math.abs(s.start + d.start - m.end));
      if (!best || dist < best.dist) best = { d, dist };
    }
  }
  return best?.d;
}

function setFieldwork(d: InspectionDraft, date: DateMention, s: Sentence): void {
  if (d.fieldwork || !date.value) return;
  const from = date.value.slice(0, 7);
  d.fieldwork = fact(from, 'fieldwork-sentence', [s.start, s.end]);
  const to = date.to?.slice(0, 7);
  if (to && to !== from) d.fieldworkTo = fact(to, 'fieldwork-sentence', [s.start, s.end]);
}

function fieldworkSentence(ctx: InspectionContext, s: Sentence, drafts: Map<PduEntity, InspectionDraft>): void {
  const all = findDates(s.text).filter((x) => x.precision !== 'year' && !PUBLICATION_BEFORE.test(s.text.slice(0, x.start)));
  const scope = crossRefScope(s.text);
  const dates = all.filter((x) => x.value && !(scope && x.start >= scope[0] && x.start < scope[1]));
  const named = ctx.subjectsIn(s);
  const targets = named.length ? named : ctx.subjects;
  if (all.some((x) => !x.value) && dates.length === 0) {
    for (const e of targets) drafts.get(e)!.declined.fieldwork ??= `a month without its year: "${s.text.slice(all.find((x) => !x.value)!.start, all.find((x) => !x.value)!.end)}"`;
    return;
  }
  if (dates.length === 0) return;
  if (PREVIOUS_CUE.test(s.text)) {
    const y = dates.find((x) => x.year);
    for (const e of targets) {
      const d = drafts.get(e)!;
      if (!d.previousInspectionYear && y) d.previousInspectionYear = fact(y.year!, 'previous-year-fieldwork-sentence', [s.start, s.end]);
    }
    return;
  }
  const paired = named.length > 1 && dates.length > 1;
  for (const e of targets) {
    const date = paired ? nearestDate(e, s, dates) : dates[0];
    if (date) setFieldwork(drafts.get(e)!, date, s);
  }
}

export function findFieldwork(ctx: InspectionContext, drafts: Map<PduEntity, InspectionDraft>): void {
  for (const s of ctx.doc.sents) if (FIELDWORK_CUE.test(s.text)) fieldworkSentence(ctx, s, drafts);
}

const PUBLISHED_BEFORE = /\b(published|available|released|publishes|publish)\b[^;]*?\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$|\b(?:report|reports|which was|it was|was|were),?\s+published\s+$/i;

function publishedIn(ctx: InspectionContext, s: Sentence): ReturnType<typeof fact<string>> | null {
  if (!/\b(?:published|available|released|publish(?:es)?)\b/i.test(s.text) || PREVIOUS_CUE.test(s.text)) return null;
  const scope = crossRefScope(s.text);
  const inclusive = /\balso published\b|\b(these|both|all|the) reports\b/i.test(s.text);
  for (const date of findDates(s.text)) {
    if (date.precision !== 'day' || !date.value) continue;
    if (!PUBLISHED_BEFORE.test(s.text.slice(Math.max(0, date.start - 160), date.start))) continue;
    if (scope && date.start >= scope[0] && !inclusive) continue;
    return fact(date.value, 'published-on', [s.start, s.end]);
  }
  const dl = ctx.doc.dateline;
  if (dl && /\b(have|has)\s+today\s+published\b|\b(published|publishes|released)\s+today\b/i.test(s.text)) {
    return fact(dl.value, 'published-today', [s.start, s.end], [dl.start, dl.end]);
  }
  return null;
}

export function findPublished(ctx: InspectionContext, drafts: Map<PduEntity, InspectionDraft>): void {
  for (const s of ctx.doc.sents) {
    const published = publishedIn(ctx, s);
    if (!published) continue;
    for (const d of drafts.values()) d.published = published;
    return;
  }
}
