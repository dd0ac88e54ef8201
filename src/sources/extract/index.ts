/**
 * `extract(text, vocabulary)`: the facts a press release, news report, board paper or parliamentary
 * answer states about HM Inspectorate of Probation's inspections of PDUs, each with its evidence and
 * the rule that took it.
 *
 * Pure text logic: no I/O, no network, deterministic. The vocabulary (regions, known PDU names,
 * policies, publishers: loadVocabulary() reads it from seeds/) helps recognise; it never renames.
 * The pipeline:
 *   clean (normalise, blank page noise) → paragraphs and sentences → headline and dateline →
 *   PDU mentions and entities → people → quotes → ratings, regions, dates, recommendations per
 *   inspection → findings → policies → evidence mapped back to the original text.
 */
import type { Vocabulary } from '../../model/vocabulary.ts';
import { originalSpan, prepare, squash, type Prepared } from './clean.ts';
import { isComplete, readHead, type DocumentHead } from './document.ts';
import type { DocumentView, Fact, InspectionDraft } from './draft.ts';
import { buildEntities, type PduEntity } from './entities.ts';
import { explain, type Explanation } from './explain.ts';
import { findFindings } from './findings.ts';
import { buildInspections } from './inspections.ts';
import { classifyKind } from './kind.ts';
import { lexiconOf } from './lexicon.ts';
import { findPduMentions } from './mentions.ts';
import { findPeople } from './people.ts';
import { findPolicies } from './policies.ts';
import { containsContactDetails } from '../../text/contacts.ts';
import { attributeQuotes, reportableQuotes, type QuoteFound } from './quotes.ts';
import { findRecommendations } from './recommendations.ts';
import { paragraphs, sentences, type Paragraph } from './sentences.ts';
import type { DocumentKind, Evidence, Extraction, ExtractedFinding, ExtractedInspection } from './types.ts';

export type { Extraction } from './types.ts';
export type { Explanation } from './explain.ts';
export { Extraction as ExtractionSchema } from './types.ts';

function evidence(p: Prepared, field: string, spans: Array<[number, number]>, rule?: string): Evidence[] {
  const out: Evidence[] = [];
  for (const [a, b] of spans) {
    const s = originalSpan(p, a, b);
    if (s.quote && !containsContactDetails(s.quote)) out.push({ field, quote: s.quote, start: s.start, end: s.end, ...(rule ? { rule } : {}) });
  }
  return out;
}

/** The URL line is blanked in the normalised text (it is metadata), so its evidence maps offsets directly. */
function urlEvidence(p: Prepared, [a, b]: [number, number]): Evidence {
  const start = p.offs[a]!;
  const end = p.offs[b - 1]! + 1;
  return { field: 'url', quote: p.original.slice(start, end), start, end, rule: 'url-line' };
}

const factEvidence = <T>(p: Prepared, field: string, f: Fact<T> | null): Evidence[] => (f ? evidence(p, field, f.spans, f.rule) : []);

const FACT_FIELDS = ['rating', 'previousRating', 'previousInspectionYear', 'region', 'pdusInRegion', 'fieldwork', 'fieldworkTo', 'published', 'recommendationCount', 'chiefInspector'] as const;

/** A PDU's name in the original text's own characters (curly apostrophes, dashes), from a mention that spells it. */
function originalName(p: Prepared, e: PduEntity): string {
  const m = e.mentions.find((x) => x.name === e.name);
  return m ? squash(originalSpan(p, m.start, m.end).quote) : e.name;
}

/** A role in the original text's own characters, where it stands within the person's evidence span. */
function originalRole(p: Prepared, role: string | null, from: number, to: number): string | null {
  if (!role) return null;
  const re = new RegExp(role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const m = re.exec(p.norm.slice(from, to));
  return m ? squash(originalSpan(p, from + m.index, from + m.index + m[0].length).quote) : role;
}

function inspectionOut(p: Prepared, d: InspectionDraft): ExtractedInspection {
  const first = d.entity.mentions[0]!;
  return {
    pdu: originalName(p, d.entity),
    rating: d.rating?.value ?? null,
    previousRating: d.previousRating?.value ?? null,
    previousInspectionYear: d.previousInspectionYear?.value ?? null,
    region: d.region?.value ?? null,
    pdusInRegion: d.pdusInRegion?.value ?? null,
    fieldwork: d.fieldwork?.value ?? null,
    fieldworkTo: d.fieldworkTo?.value ?? null,
    published: d.published?.value ?? null,
    recommendationCount: d.recommendationCount?.value ?? null,
    recommendationsQuoted: d.recommendationsQuoted.map((r) => r.text),
    chiefInspector: d.chiefInspector?.value ?? null,
    evidence: [
      ...evidence(p, 'pdu', [[first.start, first.end]], first.rule),
      ...FACT_FIELDS.flatMap((f) => factEvidence<unknown>(p, f, d[f] as Fact<unknown> | null)),
      ...d.recommendationsQuoted.flatMap((r, i) => evidence(p, `recommendationsQuoted[${i}]`, [[r.start, r.end]], r.rule)),
    ],
  };
}

function documentOut(p: Prepared, head: DocumentHead, kind: DocumentKind, complete: boolean, drafts: InspectionDraft[]): Extraction['document'] {
  // The document's date: its own dateline; a press release is issued on its report's publication day.
  const pubs = [...new Set(drafts.map((d) => d.published?.value).filter((x): x is string => !!x))];
  const publishedOn = head.dateline?.value ?? (kind === 'PRESS_RELEASE' && pubs.length === 1 ? pubs[0]! : null);
  const datedBy = head.dateline
    ? evidence(p, 'publishedOn', [[head.dateline.start, head.dateline.end]], 'dateline')
    : publishedOn
      ? evidence(p, 'publishedOn', drafts.find((d) => d.published)?.published?.spans ?? [], 'press-release-published-on')
      : [];
  return {
    kind,
    title: head.title && !containsContactDetails(head.title.text) ? squash(originalSpan(p, head.title.start, head.title.end).quote) : null,
    publishedOn,
    url: p.url,
    complete,
    evidence: [
      ...(p.urlSpan ? [urlEvidence(p, p.urlSpan)] : []),
      ...(head.title ? evidence(p, 'title', [[head.title.start, head.title.end]], 'headline') : []),
      ...datedBy,
    ],
  };
}

/**
 * Findings are the document's own narrative about an inspection: not its headline, quotes, notes to
 * editors or recommendation wording, and not a parliamentary answer's politics. A finding is about the
 * PDU the sentence names; the only subject; or, where there are several, the one named last before it
 * in the same paragraph. Otherwise it is about no PDU in particular.
 */
function findingsOut(view: DocumentView, kind: DocumentKind, quotes: QuoteFound[], subjects: PduEntity[]): ExtractedFinding[] {
  const { p, norm, paras, sents, titleSentences, recommendations } = view;
  const quoteSpans = quotes.filter((q) => q.end - q.start > 0);
  const inQuote = (pos: number): boolean => quoteSpans.some((q) => pos >= q.open && pos < q.close);
  const notesAt = /^[ \t]*Notes? to editors?:?[ \t]*$/im.exec(norm)?.index ?? Infinity;
  const recSpans = recommendations.flatMap((r) => r.phrases.map((ph) => [ph.start, ph.end] as const));
  const inRecommendation = (a: number, b: number): boolean => recSpans.some(([x, y]) => a < y && b > x);
  const excluded = (s: (typeof sents)[number]): boolean =>
    titleSentences.has(s.index) || s.start >= notesAt || inQuote(s.start) || inQuote(s.end - 1) || inRecommendation(s.start, s.end);
  const out: ExtractedFinding[] = [];
  for (const f of findFindings(kind === 'PARLIAMENTARY_ANSWER' ? [] : sents, excluded)) {
    let pdu = subjects.find((e) => e.mentions.some((m) => m.start >= f.sentence.start && m.start < f.sentence.end)) ?? (subjects.length === 1 ? subjects[0] : undefined);
    if (!pdu && subjects.length > 1) {
      const para = paras[f.sentence.paragraph]!;
      let best = -1;
      for (const e of subjects) for (const m of e.mentions) if (m.start >= para.start && m.start < f.sentence.start && m.start > best) [best, pdu] = [m.start, e];
    }
    const ev = evidence(p, 'text', [[f.sentence.start, f.sentence.end]], `finding-${f.polarity.toLowerCase()}`)[0];
    if (ev) out.push({ text: squash(ev.quote), polarity: f.polarity, pdu: pdu?.name ?? null, evidence: ev });
  }
  return out;
}

/** The page's top lines: everything before the first paragraph of prose (twelve words or more). */
function topLines(norm: string, paras: Paragraph[]): Paragraph[] {
  const first = paras.findIndex((x) => norm.slice(x.start, x.end).trim().split(/\s+/).length >= 12);
  return paras.slice(0, Math.min(first < 0 ? paras.length : first, 12));
}

/** The text read as a document: normalised, split, its head, PDUs, people and recommendations. */
function readDocument(text: string, vocabulary: Vocabulary): { view: DocumentView; head: DocumentHead; complete: boolean } {
  const lex = lexiconOf(vocabulary);
  const p = prepare(text);
  const norm = p.norm;
  const paras = paragraphs(norm);
  const sents = sentences(norm, paras);
  const head = readHead(norm, paras, lex);
  const complete = isComplete(norm, paras, p.original);
  // A title split into several sentences still counts as the headline for every PDU it names.
  const titleSentences = new Set(head.title ? sents.filter((s) => s.paragraph === head.title!.paragraph).map((s) => s.index) : []);
  const entities = buildEntities(norm, findPduMentions(norm, sents, lex), sents, titleSentences, lex);
  const people = findPeople(norm, topLines(norm, paras), lex);
  const recommendations = findRecommendations(norm, sents, paras, complete);
  return { view: { p, norm, paras, sents, entities, people, recommendations, titleSentences, dateline: head.dateline, lex }, head, complete };
}

function run(text: string, vocabulary: Vocabulary): { extraction: Extraction; drafts: InspectionDraft[]; others: PduEntity[] } {
  const { view, head, complete } = readDocument(text, vocabulary);
  const { p, people } = view;
  const quotes = attributeQuotes(p, view.paras, view.sents, people);
  const { drafts, ratingOf } = buildInspections(view);
  const kind = classifyKind(view.norm, p.url, view.lex);
  const others = view.entities.filter((e) => !e.subject);
  const extraction: Extraction = {
    document: documentOut(p, head, kind, complete, drafts),
    inspections: drafts.map((d) => inspectionOut(p, d)),
    people: people.map((x) => ({
      name: x.name,
      role: originalRole(p, x.role, x.start, x.end),
      // The words that name the person and state the role; the bare name if those carry contact details.
      evidence: (() => {
        const full = evidence(p, 'name', [[x.start, x.end]], x.rule);
        return full.length ? full : evidence(p, 'name', [[x.nameStart, x.nameEnd]], x.rule);
      })(),
    })),
    findings: findingsOut(view, kind, quotes, drafts.map((d) => d.entity)),
    quotes: reportableQuotes(quotes, view.norm)
      .map((q) => {
        const ev = evidence(p, 'text', [[q.start, q.end]], 'quote')[0];
        return ev ? { text: squash(ev.quote), speaker: q.speaker, evidence: ev } : null;
      })
      .filter((q): q is NonNullable<typeof q> => q !== null),
    policiesMentioned: findPolicies(p, view.lex),
    otherPdusMentioned: others.map((e) => ({
      pdu: originalName(p, e),
      rating: ratingOf.get(e) ?? null,
      evidence: evidence(p, 'pdu', [[e.mentions[0]!.start, e.mentions[0]!.end]], e.mentions[0]!.rule),
    })),
  };
  return { extraction, drafts, others };
}

export function extract(text: string, vocabulary: Vocabulary): Extraction {
  return run(text, vocabulary).extraction;
}

/** The extraction with, for every field, the words and rule behind it or why it is null (--explain). */
export function extractExplained(text: string, vocabulary: Vocabulary): { extraction: Extraction; explanation: Explanation } {
  const { extraction, drafts, others } = run(text, vocabulary);
  return { extraction, explanation: explain(extraction, drafts, others) };
}
