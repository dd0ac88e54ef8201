/**
 * `extract(text)`: the facts a press release, news report, board paper or parliamentary answer
 * states about HM Inspectorate of Probation's inspections of PDUs, each with its evidence.
 *
 * Pure text logic: no I/O, no network, deterministic. The pipeline:
 *   clean (normalise, blank page noise) → paragraphs and sentences → headline and dateline →
 *   PDU mentions and entities → people → quotes → ratings, regions, dates, recommendations per
 *   inspection → findings → policies → evidence mapped back to the original text.
 */
import { originalSpan, prepare, squash, type Prepared } from './clean.ts';
import { isComplete, readHead } from './document.ts';
import { findFindings } from './findings.ts';
import { buildInspections, type Fact } from './inspections.ts';
import { classifyKind } from './kind.ts';
import { buildEntities, findPduMentions } from './pdus.ts';
import { findPeople } from './people.ts';
import { findPolicies } from './policies.ts';
import { containsContactDetails } from './privacy.ts';
import { attributeQuotes, reportableQuotes } from './quotes.ts';
import { findRecommendations } from './recommendations.ts';
import { paragraphs, sentences } from './sentences.ts';
import type { Evidence, Extraction, ExtractedInspection } from './types.ts';
import type { Vocabulary } from '../../model/vocabulary.ts';

export type { Extraction } from './types.ts';
export { Extraction as ExtractionSchema } from './types.ts';

function evidence(p: Prepared, field: string, spans: Array<[number, number]>): Evidence[] {
  const out: Evidence[] = [];
  for (const [a, b] of spans) {
    const s = originalSpan(p, a, b);
    if (s.quote && !containsContactDetails(s.quote)) out.push({ field, quote: s.quote, start: s.start, end: s.end });
  }
  return out;
}

function factEvidence<T>(p: Prepared, field: string, f: Fact<T> | null): Evidence[] {
  return f ? evidence(p, field, f.spans) : [];
}

export function extract(text: string, _vocabulary?: Vocabulary): Extraction {
  const p = prepare(text);
  const norm = p.norm;
  const paras = paragraphs(norm);
  const sents = sentences(norm, paras);
  const head = readHead(norm, paras);
  const complete = isComplete(norm, paras);
  const titleSentences = new Set(
    head.title ? sents.filter((s) => s.paragraph === head.title!.paragraph).map((s) => s.index) : [],
  );
  const titleSentence = titleSentences.size ? Math.min(...titleSentences) : null;

  // PDUs: every mention, grouped; subjects are the PDUs whose inspection the document reports.
  const mentions = findPduMentions(norm, sents);
  const entities = buildEntities(norm, mentions, sents, titleSentence);
  // A title split into several sentences still counts as the headline for every PDU it names.
  for (const e of entities) if (e.mentions.some((m) => titleSentences.has(m.sentence))) e.subject = true;

  const people = findPeople(norm, head.header);
  const quotes = attributeQuotes(p, paras, sents, people);
  const recommendations = findRecommendations(norm, sents, paras, complete);
  const { drafts, assignments } = buildInspections({ p, sents, entities, people, recommendations, titleSentences, dateline: head.dateline });

  const kind = classifyKind(norm, p.url);

  const inspections: ExtractedInspection[] = drafts.map((d) => {
    const first = d.entity.mentions[0]!;
    return {
      pdu: d.entity.name,
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
        ...evidence(p, 'pdu', [[first.start, first.end]]),
        ...factEvidence(p, 'rating', d.rating),
        ...factEvidence(p, 'previousRating', d.previousRating),
        ...factEvidence(p, 'previousInspectionYear', d.previousInspectionYear),
        ...factEvidence(p, 'region', d.region),
        ...factEvidence(p, 'pdusInRegion', d.pdusInRegion),
        ...factEvidence(p, 'fieldwork', d.fieldwork),
        ...factEvidence(p, 'fieldworkTo', d.fieldworkTo),
        ...factEvidence(p, 'published', d.published),
        ...factEvidence(p, 'recommendationCount', d.recommendationCount),
        ...d.recommendationsQuoted.flatMap((r, i) => evidence(p, `recommendationsQuoted[${i}]`, [[r.start, r.end]])),
        ...factEvidence(p, 'chiefInspector', d.chiefInspector),
      ],
    };
  });

  // The document's date: its own dateline; a press release is issued on its report's publication day.
  const pubs = [...new Set(inspections.map((i) => i.published).filter((x): x is string => !!x))];
  const publishedOn = head.dateline?.value ?? (kind === 'PRESS_RELEASE' && pubs.length === 1 ? pubs[0]! : null);
  const docEvidence: Evidence[] = [
    ...(p.urlSpan ? evidence(p, 'url', [p.urlSpan]) : []),
    ...(head.title ? evidence(p, 'title', [[head.title.start, head.title.end]]) : []),
    ...(head.dateline
      ? evidence(p, 'publishedOn', [[head.dateline.start, head.dateline.end]])
      : publishedOn
        ? (drafts.find((d) => d.published)?.published?.spans ?? []).flatMap((s) => evidence(p, 'publishedOn', [s]))
        : []),
  ];

  const quoteSpans = quotes.filter((q) => q.end - q.start > 0);
  const inQuote = (pos: number): boolean => quoteSpans.some((q) => pos >= q.open && pos < q.close);
  const notesAt = /^[ \t]*Notes? to editors?:?[ \t]*$/im.exec(norm)?.index ?? Infinity;
  const subjects = drafts.map((d) => d.entity);
  // Findings are the document's own narrative about an inspection: not its headline, quotes, notes
  // to editors or recommendation wording, and not a parliamentary answer's politics.
  const recSpans = recommendations.flatMap((r) => r.phrases.map((ph) => [ph.start, ph.end] as const));
  const inRecommendation = (a: number, b: number): boolean => recSpans.some(([x, y]) => a < y && b > x);
  const findings = findFindings(
    kind === 'PARLIAMENTARY_ANSWER' ? [] : sents,
    (s) => titleSentences.has(s.index) || s.start >= notesAt || inQuote(s.start) || inQuote(s.end - 1) || inRecommendation(s.start, s.end),
  )
    .map((f) => {
      const named = subjects.find((e) => e.mentions.some((m) => m.start >= f.sentence.start && m.start < f.sentence.end));
      // The PDU the sentence names; the only subject; or, where there are several, the one named
      // last before it in the same paragraph. Otherwise the finding is about no PDU in particular.
      let pdu = named ?? (subjects.length === 1 ? subjects[0] : undefined);
      if (!pdu && subjects.length > 1) {
        const para = paras[f.sentence.paragraph]!;
        let best = -1;
        for (const e of subjects) {
          for (const m of e.mentions) {
            if (m.start >= para.start && m.start < f.sentence.start && m.start > best) {
              best = m.start;
              pdu = e;
            }
          }
        }
      }
      const ev = evidence(p, 'text', [[f.sentence.start, f.sentence.end]])[0];
      return ev ? { text: squash(ev.quote), polarity: f.polarity, pdu: pdu?.name ?? null, evidence: ev } : null;
    })
    .filter((f): f is NonNullable<typeof f> => f !== null);

  const quotesOut = reportableQuotes(quotes, norm)
    .map((q) => {
      const ev = evidence(p, 'text', [[q.start, q.end]])[0];
      return ev ? { text: squash(ev.quote), speaker: q.speaker, evidence: ev } : null;
    })
    .filter((q): q is NonNullable<typeof q> => q !== null);

  const others = entities
    .filter((e) => !e.subject)
    .map((e) => ({
      pdu: e.name,
      rating: assignments.get(e) ?? null,
      evidence: evidence(p, 'pdu', [[e.mentions[0]!.start, e.mentions[0]!.end]]),
    }));

  return {
    document: {
      kind,
      title: head.title && !containsContactDetails(head.title.text) ? squash(originalSpan(p, head.title.start, head.title.end).quote) : null,
      publishedOn,
      url: p.url,
      complete,
      evidence: docEvidence,
    },
    inspections,
    people: people.map((x) => ({
      name: x.name,
      role: x.role,
      // The words that name the person and state the role; the bare name if those carry contact details.
      evidence: (() => {
        const full = evidence(p, 'name', [[x.start, x.end]]);
        return full.length ? full : evidence(p, 'name', [[x.nameStart, x.nameEnd]]);
      })(),
    })),
    findings,
    quotes: quotesOut,
    policiesMentioned: findPolicies(p),
    otherPdusMentioned: others,
  };
}
