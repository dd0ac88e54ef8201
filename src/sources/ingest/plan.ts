/**
 * Planning an ingest: from one document's extraction and a snapshot of the graph (world.ts), the
 * GraphBatch that adds the document and what it states, and a report of it. Pure: no database, the
 * same inputs always give the same batch.
 *
 * Rules (see also match.ts for how an inspection is recognised):
 *
 * - The Document node: id `document:<slug of its title, cut to 60 characters>-<first 8 hex digits of
 *   the text's sha256>`; the caller's title, kind, URL and date override the extracted ones. A
 *   document with the same sha256 already in the graph changes nothing (`unchanged`).
 * - Each reported inspection: its PDU is resolved by name (names.ts) or created (`pdu:<slug>`, in the
 *   region the text names). It is matched to an existing inspection of that PDU, or created:
 *   `inspection:<pdu>:<fieldwork month>` when the text gives fieldwork; otherwise
 *   `inspection:<pdu>:reported-<YYYY-MM>`, the month of the document's date (else the report's
 *   stated publication date, else the month the document's URL path gives, as in
 *   `.../press-releases/2024/11/...`), with
 *   `fieldworkFrom` null and `reportedIn` that month; `inspection:<pdu>:reported-undated-<sha8>`
 *   when there is no date at all. An id already taken by an inspection that is not a match gets
 *   `-<sha8>` appended. An inspection with no stated rating is only ever matched, never created.
 * - Matched: the inspection gains the document's evidence, REPORTS, recommendations and findings
 *   not already known (compared on normalised words), quotes, and values it lacked (stored null:
 *   publication date, fieldwork, recommendation count), which are filled in, except on inspections
 *   curated in seeds/ (the seed loader rewrites their properties on every load, so a fill would not
 *   last: the value is reported instead, and its words are evidence). A stated value that differs
 *   from the stored one is kept as a Conflict node (stored value unchanged).
 * - Uncertain (several candidates, or dates that neither fit nor exclude): a new inspection,
 *   POSSIBLE_DUPLICATE_OF each candidate, for review.
 * - The previous inspection the text names (rating and year) is linked by FOLLOWS when exactly one
 *   inspection of the PDU fits; it is never invented.
 * - People are resolved or created (`person:<slug>`); a byline (author, reporter) is not stored. A
 *   role is recorded (HELD) only with an organisation in the graph: the Chief Inspector of
 *   Probation's is HM Inspectorate of Probation; otherwise an organisation the role names.
 * - Quotes (`quote:<document key>:<n>`) need a speaker; they are ABOUT the inspection when the
 *   document reports exactly one, or when the quote (or else its paragraph) names exactly one of the
 *   reported PDUs. Words the graph already holds from the same speaker about the same inspection (a
 *   news report repeating a press release) stay one Quote, with this document as more evidence.
 * - Policies the text names are mapped to the graph's codes (RESET → PROBATION_RESET, IMPACT →
 *   PROBATION_IMPACT, SENTENCING_BILL → SENTENCING_ACT_2026; other codes when the graph has them) and
 *   each reported inspection is UNDER them {basis: DOCUMENT_MENTION}, unless it already is.
 * - Derived facts exactly as for seeds: fieldwork-overlap pressures, document mentions, theme rules.
 *
 * Nodes already in the graph are only put in the batch whole (every stored property), since the
 * writer replaces a node's properties; nodes that only gain relationships are left out of it.
 */
import { createHash } from 'node:crypto';
import { GraphBatch, type NodeLabel, type Props } from '../../graph/batch.ts';
import { derivePressures } from '../../graph/derive/pressures.ts';
import { deriveMentions, type MentionTarget } from '../../graph/derive/mentions.ts';
import { assignThemes } from '../../graph/derive/themes.ts';
import { sourceText } from '../../text/source-text.ts';
import { ids, slug } from '../../model/ids.ts';
import { endOf, startOf } from '../../model/dates.ts';
import type { DocumentKind, Rating } from '../../model/enums.ts';
import type { Evidence, Extraction, ExtractedInspection, RatingWord } from '../extract/types.ts';
import { containsContactDetails } from '../extract/privacy.ts';
import {
  cleanPduName, isChiefInspectorRole, nameKey, organisationsIn, pduKey, personKey, resolvePdu, resolvePerson, resolveRegion,
} from './names.ts';
import { decide, type Candidate } from './match.ts';
import { summariseExtraction, type IngestReport } from './report.ts';
import type { World, WorldInspection } from './world.ts';

export interface IngestMeta {
  url?: string | null | undefined;
  title?: string | null | undefined;
  kind?: DocumentKind | null | undefined;
  publishedOn?: string | null | undefined;
  /** The file the text was read from (its base name is stored on the Document). */
  file?: string | null | undefined;
}

export interface IngestPlan {
  batch: GraphBatch;
  report: IngestReport;
}

export const RATING_OF: Record<RatingWord, Rating> = {
  Outstanding: 'OUTSTANDING',
  Good: 'GOOD',
  'Requires improvement': 'REQUIRES_IMPROVEMENT',
  Inadequate: 'INADEQUATE',
};

/** The extractor's policy codes that the graph spells differently. */
export const POLICY_CODES: Record<string, string> = {
  RESET: 'PROBATION_RESET',
  IMPACT: 'PROBATION_IMPACT',
  SENTENCING_BILL: 'SENTENCING_ACT_2026',
};

export const HMIP_ID = 'organisation:hm-inspectorate-of-probation';
export const CHIEF_INSPECTOR_TITLE = 'Chief Inspector of Probation';
const AUTHOR_ROLE = /\b(?:byline|author|reporter|journalist|correspondent|editor)\b/i;

export function sha256Of(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The document key: its title's slug cut to about 60 characters (at a word), then the sha256's first 8 hex digits. */
export function documentKey(title: string, sha256: string): string {
  let s = slug(title);
  if (s.length > 60) {
    const cut = s.slice(0, 61);
    s = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : s.slice(0, 60);
  }
  return `${s || 'document'}-${sha256.slice(0, 8)}`;
}

/** `YYYY-MM` from a URL path such as `/press-releases/2024/11/...`, or null. */
export function monthFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?:\/|$)/.exec(path);
  return m ? `${m[1]}-${m[2]}` : null;
}

/** A title for a document that has none: its first line of prose, shortened. */
function fallbackTitle(text: string, kind: DocumentKind): string {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.length > 20 && !/^URL:/i.test(l) && !containsContactDetails(l));
  if (!line) return `Untitled ${kind.toLowerCase().replace(/_/g, ' ')}`;
  return line.length > 100 ? `${line.slice(0, 100).replace(/\s+\S*$/, '')}…` : line;
}

/** Words for comparing texts: normalised, with a leading "to" / "including to" dropped. */
export function textKey(text: string): string {
  return nameKey(text).replace(/^(?:including )?to /, '');
}

/** Whether two texts say the same thing: equal words, or one within the other (when not much shorter). */
export function sameText(a: string, b: string): boolean {
  const x = textKey(a);
  const y = textKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return ` ${long} `.includes(` ${short} `) && short.length >= 0.6 * long.length;
}

/** A quoted recommendation is known when it equals, or is contained in, an existing one. */
export function knownRecommendation(quoted: string, existing: string): boolean {
  const q = textKey(quoted);
  const e = textKey(existing);
  if (!q || !e) return false;
  return q === e || ` ${e} `.includes(` ${q} `) || sameText(quoted, existing);
}

function sameDate(a: string, b: string): boolean {
  return startOf(a) <= endOf(b) && startOf(b) <= endOf(a);
}

const month = (d: string | null | undefined): string | null => (d ? d.slice(0, 7) : null);

/** Evidence gathered per node, merged per quote (the writer merges EVIDENCED_BY on the quote). */
class EvidenceSet {
  private readonly byNode = new Map<string, { label: NodeLabel; id: string; quotes: Map<string, { start: number; end: number; about: string[] }> }>();
  readonly dropped: string[] = [];

  constructor(private readonly text: string) {}

  add(label: NodeLabel, id: string, ev: Evidence | undefined, about: string): void {
    if (!ev) return;
    if (this.text.slice(ev.start, ev.end) !== ev.quote) {
      this.dropped.push(`evidence for ${id} (${about}) is not at its stated place in the text: "${ev.quote.slice(0, 60)}"`);
      return;
    }
    const key = `${label}|${id}`;
    let node = this.byNode.get(key);
    if (!node) this.byNode.set(key, (node = { label, id, quotes: new Map() }));
    const q = node.quotes.get(ev.quote);
    if (q) {
      if (!q.about.includes(about)) q.about.push(about);
    } else node.quotes.set(ev.quote, { start: ev.start, end: ev.end, about: [about] });
  }

  has(label: NodeLabel, id: string): boolean {
    return this.byNode.has(`${label}|${id}`);
  }

  flush(batch: GraphBatch, documentId: string): void {
    for (const node of this.byNode.values()) {
      for (const [quote, q] of node.quotes) {
        batch.rel('EVIDENCED_BY', [node.label, node.id], ['Document', documentId], { quote, start: q.start, end: q.end, about: q.about.join(', ') }, ['quote']);
      }
    }
  }
}

interface Target {
  /** The inspection the document's words about this PDU go to. */
  inspectionId: string;
  pduId: string;
  pduName: string;
  /** Names the text may use for it: as extracted, stored name and aliases. */
  names: string[];
  existing: WorldInspection | null;
  /** Texts of recommendations / findings already there, with ids, and the next free number. */
  recommendations: Array<{ id: string; text: string }>;
  findings: Array<{ id: string; text: string }>;
  nextRecommendation: number;
  nextFinding: number;
  /** Policies it is already UNDER by a document mention. */
  mentioned: Set<string>;
  /** Quotes about it (to recognise the same words repeated). */
  quotes: Array<{ id: string; text: string; speaker: string }>;
}

function nextNumber(items: ReadonlyArray<{ id: string; position: number | null }>): number {
  let max = 0;
  for (const i of items) {
    const n = Number(/:(\d+)$/.exec(i.id)?.[1] ?? i.position ?? 0);
    if (n > max) max = n;
    if (typeof i.position === 'number' && i.position > max) max = i.position;
  }
  return max + 1;
}

/** Where a phrase is named, as whole words, in a text (keys compared). */
function names(text: string, candidates: readonly string[]): boolean {
  const t = ` ${nameKey(text)} `;
  return candidates.some((c) => {
    const k = pduKey(c);
    return k.length > 1 && t.includes(` ${k} `);
  });
}

export function planIngest(extraction: Extraction, text: string, meta: IngestMeta, world: World): IngestPlan {
  const sha256 = sha256Of(text);
  const kind: DocumentKind = meta.kind ?? extraction.document.kind;
  const title = meta.title ?? extraction.document.title ?? fallbackTitle(text, kind);
  const url = meta.url ?? extraction.document.url ?? null;
  const publishedOn = meta.publishedOn ?? extraction.document.publishedOn ?? null;
  // A URL such as .../press-releases/2024/11/... dates a text that states no date of its own.
  const urlMonth = publishedOn ? null : monthFromUrl(url);
  /** The document's date for matching and naming: its own, else the URL's month. */
  const documentDate = publishedOn ?? urlMonth;
  const key = documentKey(title, sha256);
  const documentId = ids.document(key);
  const sha8 = sha256.slice(0, 8);

  const batch = new GraphBatch();
  const report: IngestReport = {
    document: { id: documentId, title, kind, publishedOn, sha256 },
    status: 'created',
    dryRun: false,
    created: { pdus: [], inspections: [], people: [], recommendations: 0, findings: 0, quotes: 0 },
    updated: { inspections: [] },
    matches: [],
    filled: [],
    conflicts: [],
    possibleDuplicates: [],
    unmatched: [],
    extraction: summariseExtraction(extraction),
  };

  if (world.existingDocument) {
    const d = world.existingDocument;
    report.status = 'unchanged';
    report.document = { id: d.id, title: d.title, kind: d.kind as DocumentKind, publishedOn: d.publishedOn, sha256: d.sha256 };
    return { batch, report };
  }

  const evidence = new EvidenceSet(text);
  const organisationIds = new Set(world.organisations.map((o) => o.id));
  const chiefInspectors = new Set(world.people.filter((p) => p.roles.some((r) => isChiefInspectorRole(r.title))).map((p) => p.id));

  // ---- People: resolved against the graph, or new. -------------------------------------------
  const personIdByName = new Map<string, string>();
  const newPeople = new Map<string, { name: string }>();
  const worldPeople = new Set(world.people.map((p) => p.id));
  const personFor = (name: string): string => {
    const k = personKey(name);
    const known = personIdByName.get(k);
    if (known) return known;
    // The graph's people, then those this document introduced ("Mr Russell" after "Justin Russell").
    const introduced = [...newPeople].map(([id, p]) => ({ id, name: p.name, aliases: [] }));
    const id = resolvePerson(name, world.people) ?? resolvePerson(name, introduced) ?? ids.person(k);
    personIdByName.set(k, id);
    if (!worldPeople.has(id) && !newPeople.has(id)) newPeople.set(id, { name: name.trim() });
    return id;
  };
  const authors = new Set<string>();
  for (const p of extraction.people) {
    if (p.role && AUTHOR_ROLE.test(p.role) && !isChiefInspectorRole(p.role)) {
      authors.add(personKey(p.name));
      report.unmatched.push(`${p.name} (${p.role}) is the document's author, not stored as a person`);
    }
  }

  // ---- Inspections ----------------------------------------------------------------------------
  const targets: Target[] = [];
  const targetByKey = new Map<string, Target>();
  const usedInspectionIds = new Set(world.inspections.map((i) => i.id));
  const newPduIds = new Set<string>();

  for (const x of extraction.inspections) {
    const pduText = cleanPduName(x.pdu);
    const worldPduId = resolvePdu(x.pdu, world.pdus);
    const pduId = worldPduId ?? ids.pdu(pduText);
    const worldPdu = world.pdus.find((p) => p.id === pduId) ?? null;
    const pduName = worldPdu?.name ?? pduText;
    const ev = (field: string) => x.evidence.filter((e) => e.field === field);
    const first = (field: string) => ev(field)[0];

    if (targets.some((t) => t.pduId === pduId)) {
      report.unmatched.push(`${x.pdu}: reported twice in the document; only the first is used`);
      continue;
    }

    const rating = x.rating ? RATING_OF[x.rating] : null;
    const chiefInspector = x.chiefInspector ? personFor(x.chiefInspector) : null;
    const existing = world.inspections.filter((i) => i.pduId === pduId);
    const candidates: Candidate[] = existing.map((i) => ({
      id: i.id, rating: i.rating, fieldworkFrom: i.fieldworkFrom, fieldworkTo: i.fieldworkTo, publishedOn: i.publishedOn, reportedIn: i.reportedIn,
      chiefInspectors: i.speakers.filter((s) => chiefInspectors.has(s)),
    }));
    const decision = decide({
      rating, fieldwork: month(x.fieldwork), fieldworkTo: month(x.fieldworkTo), published: x.published, documentDate,
      previousRating: x.previousRating ? RATING_OF[x.previousRating] : null, previousInspectionYear: x.previousInspectionYear, chiefInspector,
    }, candidates);

    if (decision.kind !== 'match' && !rating) {
      report.unmatched.push(`${x.pdu}: no rating stated and no inspection in the graph it matches; not created`);
      continue;
    }

    // The PDU: new, or an existing one that may gain its region.
    const regionId = x.region ? resolveRegion(x.region, world.regions) : null;
    if (x.region && !regionId) report.unmatched.push(`${x.pdu}: region "${x.region}" is not in the graph`);
    if (!worldPdu && !newPduIds.has(pduId)) {
      newPduIds.add(pduId);
      batch.node('PDU', pduId, { name: pduText, aliases: [`${pduText} PDU`, `${pduText} Probation Delivery Unit`] });
      report.created.pdus.push(pduId);
      if (regionId) batch.rel('IN_REGION', ['PDU', pduId], ['Region', regionId]);
    } else if (worldPdu && regionId) {
      if (!worldPdu.regionId) batch.rel('IN_REGION', ['PDU', pduId], ['Region', regionId]);
      else if (worldPdu.regionId !== regionId) report.unmatched.push(`${x.pdu}: the document places it in ${x.region}, the graph in ${worldPdu.regionId}`);
    }
    for (const e of ev('pdu')) evidence.add('PDU', pduId, e, 'pdu');
    for (const e of [...ev('region'), ...ev('pdusInRegion')]) evidence.add('PDU', pduId, e, 'region');

    let target: Target;
    if (decision.kind === 'match') {
      const c = existing.find((i) => i.id === decision.id)!;
      target = makeTarget(c.id, pduId, pduName, [x.pdu, ...(worldPdu ? [worldPdu.name, ...worldPdu.aliases] : [])], c);
      report.updated.inspections.push(c.id);
      report.matches.push({ inspection: c.id, pdu: x.pdu, reason: decision.reason });
      reconcile(x, c, rating);
    } else {
      // The month it was reported in: the document's own date, else the report's, else the URL's.
      const reportedMonth = month(publishedOn ?? x.published ?? urlMonth);
      const id = newInspectionId(pduId, x, reportedMonth, sha8, usedInspectionIds);
      usedInspectionIds.add(id);
      const fieldworkFrom = month(x.fieldwork);
      const reportedIn = fieldworkFrom ? null : reportedMonth;
      batch.node('Inspection', id, {
        name: fieldworkFrom ? `${pduName} ${fieldworkFrom}` : `${pduName} (reported ${reportedIn ?? 'undated'})`,
        rating: rating!,
        fieldworkFrom,
        fieldworkTo: month(x.fieldworkTo) ?? fieldworkFrom,
        publishedOn: x.published,
        reportedIn,
        casesExamined: null,
        casesDescription: null,
        recommendationCount: x.recommendationCount,
        recommendationsComplete: x.recommendationCount !== null && x.recommendationsQuoted.length === x.recommendationCount,
      });
      batch.rel('OF', ['Inspection', id], ['PDU', pduId]);
      report.created.inspections.push(id);
      target = makeTarget(id, pduId, pduName, [x.pdu, ...(worldPdu ? [worldPdu.name, ...worldPdu.aliases] : [])], null);
      if (decision.kind === 'uncertain') {
        for (const c of decision.candidates) {
          const reason = `${x.pdu} as reported by this document may be ${c.id}: ${c.reason}`;
          batch.rel('POSSIBLE_DUPLICATE_OF', ['Inspection', id], ['Inspection', c.id], { reason, documentId });
          report.possibleDuplicates.push({ inspection: id, of: c.id, reason });
        }
      }
    }
    targets.push(target);
    targetByKey.set(pduKey(x.pdu), target);
    for (const n of target.names) if (!targetByKey.has(pduKey(n))) targetByKey.set(pduKey(n), target);

    batch.rel('REPORTS', ['Document', documentId], ['Inspection', target.inspectionId]);
    for (const e of x.evidence) {
      if (e.field === 'region' || e.field === 'pdusInRegion' || e.field.startsWith('recommendationsQuoted[')) continue;
      evidence.add('Inspection', target.inspectionId, e, e.field);
    }

    // Recommendations: new ones, or evidence for one already known.
    x.recommendationsQuoted.forEach((r, i) => {
      const e = first(`recommendationsQuoted[${i}]`);
      const known = target.recommendations.find((k) => knownRecommendation(r, k.text));
      if (known) {
        evidence.add('Recommendation', known.id, e, 'text');
        return;
      }
      const rid = ids.recommendation(target.inspectionId, target.nextRecommendation);
      batch.node('Recommendation', rid, { text: r, verbatim: true, position: target.nextRecommendation });
      batch.rel('RECOMMENDS', ['Inspection', target.inspectionId], ['Recommendation', rid]);
      evidence.add('Recommendation', rid, e, 'text');
      target.recommendations.push({ id: rid, text: r });
      target.nextRecommendation++;
      report.created.recommendations++;
    });

    // The inspection this one follows, when the text names it and the graph has exactly one.
    if (x.previousRating || x.previousInspectionYear !== null) {
      linkPrevious(x, target, existing);
    }
  }

  if (targets.length === 0) return { batch: new GraphBatch(), report };

  // ---- Findings ---------------------------------------------------------------------------------
  for (const f of extraction.findings) {
    const target = (f.pdu ? targetByKey.get(pduKey(f.pdu)) : undefined) ?? (targets.length === 1 ? targets[0] : undefined);
    if (!target) {
      report.unmatched.push(`finding not attributed to one inspection: "${f.text.slice(0, 80)}"`);
      continue;
    }
    const known = target.findings.find((k) => sameText(f.text, k.text));
    if (known) {
      evidence.add('Finding', known.id, f.evidence, 'text');
      continue;
    }
    const fid = ids.finding(target.inspectionId, target.nextFinding);
    batch.node('Finding', fid, { text: f.text, polarity: f.polarity, position: target.nextFinding });
    batch.rel('FOUND', ['Inspection', target.inspectionId], ['Finding', fid]);
    evidence.add('Finding', fid, f.evidence, 'text');
    target.findings.push({ id: fid, text: f.text });
    target.nextFinding++;
    report.created.findings++;
  }

  // ---- People and their roles -------------------------------------------------------------------
  const heldAdded = new Set<string>();
  for (const p of extraction.people) {
    if (authors.has(personKey(p.name))) continue;
    const id = personFor(p.name);
    const role = p.role ? (isChiefInspectorRole(p.role) ? CHIEF_INSPECTOR_TITLE : p.role.trim()) : null;
    for (const e of p.evidence) evidence.add('Person', id, e, role ? `role: ${role}` : 'name');
    if (!role) continue;
    const orgId = isChiefInspectorRole(p.role) ? (organisationIds.has(HMIP_ID) ? HMIP_ID : null) : (organisationsIn(role, world.organisations)[0] ?? null);
    if (!orgId) continue;
    const already = world.people.find((w) => w.id === id)?.roles.some((r) => r.organisationId === orgId && nameKey(r.title) === nameKey(role));
    const k = `${id}|${orgId}|${nameKey(role)}`;
    if (already || heldAdded.has(k)) continue;
    heldAdded.add(k);
    batch.rel('HELD', ['Person', id], ['Organisation', orgId], { title: role, from: null, until: null }, ['title']);
  }

  // ---- Quotes -----------------------------------------------------------------------------------
  let quoteNumber = 0;
  for (const q of extraction.quotes) {
    if (!q.speaker || authors.has(personKey(q.speaker))) {
      report.unmatched.push(`quote without a speaker, not stored: "${q.text.slice(0, 80)}"`);
      continue;
    }
    const speaker = personFor(q.speaker);
    const about = quoteTarget(q.text, q.evidence, text, targets);
    // The same words by the same person about the same inspection (a news report repeating a press
    // release): one Quote, with this document as further evidence.
    const same = about?.quotes.find((k) => k.speaker === speaker && sameText(k.text, q.text));
    if (same) {
      evidence.add('Quote', same.id, q.evidence, 'text');
      continue;
    }
    const qid = ids.quote(documentId, ++quoteNumber);
    about?.quotes.push({ id: qid, text: q.text, speaker });
    batch.node('Quote', qid, { text: q.text, topic: about ? `${about.pduName} inspection` : title });
    batch.rel('SAID', ['Person', speaker], ['Quote', qid]);
    if (about) batch.rel('ABOUT', ['Quote', qid], ['Inspection', about.inspectionId]);
    evidence.add('Quote', qid, q.evidence, 'text');
    report.created.quotes++;
  }

  // New people: those the document names and who are stored (quoted, or named with a role).
  for (const [id, p] of newPeople) {
    if (authors.has(personKey(p.name))) continue;
    batch.node('Person', id, { name: p.name, aliases: [] });
    report.created.people.push(id);
    if (!evidence.has('Person', id)) {
      // Named only as a chief inspector or a speaker: the words that name them.
      const e = extraction.inspections.flatMap((i) => i.evidence).find((x) => x.field === 'chiefInspector' && nameKey(x.quote).includes(personKey(p.name)));
      const at = text.indexOf(p.name);
      evidence.add('Person', id, e ?? (at >= 0 ? { field: 'name', quote: p.name, start: at, end: at + p.name.length } : undefined), 'name');
    }
  }

  // ---- Policies the document names ----------------------------------------------------------
  const policyByCode = new Map(world.policies.map((p) => [p.code, p]));
  const policyDone = new Set<string>();
  for (const m of extraction.policiesMentioned) {
    const code = POLICY_CODES[m.code] ?? m.code;
    const policy = policyByCode.get(code);
    if (!policy) {
      if (!policyDone.has(`missing|${code}`)) report.unmatched.push(`policy ${m.code} ("${m.matched}") is not in the graph`);
      policyDone.add(`missing|${code}`);
      continue;
    }
    if (text.slice(m.start, m.end) !== m.matched) continue;
    for (const t of targets) {
      if (t.mentioned.has(policy.id) || policyDone.has(`${t.inspectionId}|${policy.id}`)) continue;
      policyDone.add(`${t.inspectionId}|${policy.id}`);
      batch.rel('UNDER', ['Inspection', t.inspectionId], ['Policy', policy.id], { basis: 'DOCUMENT_MENTION', documentId, quote: m.matched }, ['basis']);
    }
  }

  // ---- The document ---------------------------------------------------------------------------
  batch.node('Document', documentId, {
    key, title, kind, url, publishedOn,
    dateNote: urlMonth ? `The text states no date; its URL gives ${urlMonth}, used to match and name the inspections it reports.` : null,
    licence: null, sha256, text, file: meta.file ? meta.file.split(/[\\/]/).pop() ?? null : null, source: 'ingest',
    complete: extraction.document.complete,
  });
  if (url && /(^|\.)justiceinspectorates\.gov\.uk$/.test(safeHost(url)) && organisationIds.has(HMIP_ID)) {
    batch.rel('PUBLISHED_BY', ['Document', documentId], ['Organisation', HMIP_ID]);
  }

  // ---- Derived, as for seeds ------------------------------------------------------------------
  derivePressures(batch, world.policies.map((p) => ({ id: p.id, props: { code: p.code, pressure: p.pressure, inForceFrom: p.inForceFrom, inForceUntil: p.inForceUntil } })));
  const mentionTargets: MentionTarget[] = [
    ...world.policies.map((p) => ({ label: 'Policy' as const, id: p.id, names: [p.name, p.code, ...p.aliases] })),
    ...world.people.map((p) => ({ label: 'Person' as const, id: p.id, names: [p.name, ...p.aliases] })),
    ...world.organisations.map((o) => ({ label: 'Organisation' as const, id: o.id, names: [o.name, ...o.aliases] })),
    ...world.pdus.map((p) => ({ label: 'PDU' as const, id: p.id, names: [p.name, ...p.aliases] })),
  ];
  deriveMentions(batch, [sourceText(documentId, text)], mentionTargets);
  assignThemes(batch, world.themes);

  evidence.flush(batch, documentId);
  report.unmatched.push(...evidence.dropped);
  return { batch, report };

  // ---- helpers (closures over this document) ---------------------------------------------------

  function makeTarget(inspectionId: string, pduId: string, pduName: string, nameList: string[], c: WorldInspection | null): Target {
    return {
      inspectionId, pduId, pduName,
      names: [...new Set(nameList)],
      existing: c,
      recommendations: c ? c.recommendations.map((r) => ({ id: r.id, text: r.text })) : [],
      findings: c ? c.findings.map((f) => ({ id: f.id, text: f.text })) : [],
      nextRecommendation: c ? nextNumber(c.recommendations) : 1,
      nextFinding: c ? nextNumber(c.findings) : 1,
      mentioned: new Set(c?.mentionedPolicies ?? []),
      quotes: c ? c.quotes.map((q) => ({ ...q })) : [],
    };
  }

  function conflict(c: WorldInspection, field: string, storedValue: string, reportedValue: string, ev: Evidence[]): void {
    const cid = `conflict:${c.id.replace(/^inspection:/, '')}:${field}:${sha8}`;
    batch.node('Conflict', cid, {
      name: `${field}: stored ${storedValue}, reported ${reportedValue}`,
      field, storedValue, reportedValue, inspectionId: c.id, documentId,
    });
    batch.rel('HAS_CONFLICT', ['Inspection', c.id], ['Conflict', cid]);
    for (const e of ev) evidence.add('Conflict', cid, e, field);
    report.conflicts.push({ inspection: c.id, field, storedValue, reportedValue, conflict: cid });
  }

  /** A matched inspection: conflicts kept apart, missing values filled in. */
  function reconcile(x: ExtractedInspection, c: WorldInspection, rating: Rating | null): void {
    // The words that state the value; failing those, the words that name the PDU (a Conflict always has evidence).
    const evOf = (...fields: string[]) => {
      const found = x.evidence.filter((e) => fields.includes(e.field));
      return found.length > 0 ? found : x.evidence.filter((e) => e.field === 'pdu').slice(0, 1);
    };
    if (rating && c.rating && rating !== c.rating) conflict(c, 'rating', c.rating, rating, evOf('rating'));
    if (x.published && c.publishedOn && !sameDate(x.published, c.publishedOn)) conflict(c, 'publishedOn', c.publishedOn, x.published, evOf('published'));
    const xf = month(x.fieldwork);
    const xt = month(x.fieldworkTo);
    if (xf && c.fieldworkFrom && (xf !== c.fieldworkFrom.slice(0, 7) || (xt !== null && xt !== month(c.fieldworkTo ?? c.fieldworkFrom)))) {
      const stored = c.fieldworkTo && c.fieldworkTo !== c.fieldworkFrom ? `${c.fieldworkFrom} to ${c.fieldworkTo}` : c.fieldworkFrom;
      conflict(c, 'fieldwork', stored, xt && xt !== xf ? `${xf} to ${xt}` : xf, evOf('fieldwork', 'fieldworkTo'));
    }
    if (x.recommendationCount !== null && c.recommendationCount !== null && x.recommendationCount !== c.recommendationCount) {
      conflict(c, 'recommendationCount', String(c.recommendationCount), String(x.recommendationCount), evOf('recommendationCount'));
    }
    const fills: Props = {};
    if (x.published && !c.publishedOn) fills.publishedOn = x.published;
    if (xf && !c.fieldworkFrom) {
      fills.fieldworkFrom = xf;
      fills.fieldworkTo = xt ?? xf;
    }
    if (x.recommendationCount !== null && c.recommendationCount === null) {
      fills.recommendationCount = x.recommendationCount;
    }
    if (Object.keys(fills).length === 0) return;
    if (c.curated) {
      // The seeds own this inspection's properties (a reload would undo a fill): say so instead.
      for (const [field, value] of Object.entries(fills)) {
        if (field === 'recommendationsComplete' || field === 'fieldworkTo') continue;
        report.unmatched.push(`${c.id}: the document states ${field} ${String(value)}, which the curated seeds leave unset; recorded as evidence, not stored (add it to seeds/facts/inspections.yaml)`);
      }
      return;
    }
    if ('recommendationCount' in fills) {
      const known = new Set([...c.recommendations.map((k) => k.text)]);
      const added = x.recommendationsQuoted.filter((q) => !c.recommendations.some((k) => knownRecommendation(q, k.text))).length;
      fills.recommendationsComplete = known.size + added === x.recommendationCount;
    }
    // The node is written whole: every stored property, with the missing ones filled in.
    batch.node('Inspection', c.id, { ...c.props, ...fills });
    for (const [field, value] of Object.entries(fills)) {
      if (value !== null && !Array.isArray(value)) report.filled.push({ inspection: c.id, field, value });
    }
  }

  function linkPrevious(x: ExtractedInspection, target: Target, existing: WorldInspection[]): void {
    const wantRating = x.previousRating ? RATING_OF[x.previousRating] : null;
    const wantYear = x.previousInspectionYear;
    const what = `${x.pdu}'s previous inspection (${x.previousRating ?? 'rating not stated'}${wantYear ? `, ${wantYear}` : ''})`;
    const fits = existing.filter((i) => {
      if (i.id === target.inspectionId) return false;
      if (wantRating && i.rating !== wantRating) return false;
      if (wantYear !== null) {
        const years = [i.fieldworkFrom, i.publishedOn, i.reportedIn].filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4)));
        if (!years.includes(wantYear)) return false;
      }
      return true;
    });
    if (fits.length !== 1) {
      report.unmatched.push(`${what}: ${fits.length === 0 ? 'not in the graph' : `${fits.length} inspections fit (${fits.map((f) => f.id).join(', ')})`}; no FOLLOWS link`);
      return;
    }
    const prev = fits[0]!;
    const follows = target.existing?.follows ?? [];
    if (follows.includes(prev.id)) return;
    if (follows.length > 0) {
      report.unmatched.push(`${what}: the graph already has ${target.inspectionId} following ${follows.join(', ')}; not changed`);
      return;
    }
    batch.rel('FOLLOWS', ['Inspection', target.inspectionId], ['Inspection', prev.id]);
    for (const e of x.evidence.filter((e) => e.field === 'previousRating' || e.field === 'previousInspectionYear')) evidence.add('Inspection', target.inspectionId, e, 'follows');
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function newInspectionId(pduId: string, x: ExtractedInspection, reported: string | null, sha8: string, used: ReadonlySet<string>): string {
  const fieldwork = month(x.fieldwork);
  const base = fieldwork
    ? ids.inspection(pduId, fieldwork)
    : reported
      ? ids.inspection(pduId, `reported-${reported}`)
      : ids.inspection(pduId, `reported-undated-${sha8}`);
  return used.has(base) ? `${base}-${sha8}` : base;
}

/** The reported inspection a quote is about: the only one, or the one its words (or paragraph) name. */
function quoteTarget(quote: string, ev: Evidence, text: string, targets: readonly Target[]): Target | null {
  if (targets.length === 1) return targets[0]!;
  const named = targets.filter((t) => names(quote, t.names));
  if (named.length === 1) return named[0]!;
  if (named.length > 1) return null;
  const before = text.lastIndexOf('\n\n', ev.start);
  const after = text.indexOf('\n\n', ev.end);
  const paragraph = text.slice(before < 0 ? 0 : before, after < 0 ? text.length : after);
  const inPara = targets.filter((t) => names(paragraph, t.names));
  return inPara.length === 1 ? inPara[0]! : null;
}
