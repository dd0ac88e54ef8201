/**
 * Synthetic inspections at scale, for benchmarks: deterministic for a seed, shaped like the real
 * graph, and loaded through the same writer as seeds and ingestion (loadBatch: writeBatch plus the
 * pruning of stale derived relationships, in one write transaction per chunk).
 *
 * Shape. The data comes in "cohorts": each cohort is one more copy of the probation map, with 5 to 18
 * PDUs in each of the 12 seeded regions, and each PDU inspected every 12 to 36 months from a start in
 * 2019-2020 until mid 2026 (so 3 to 4 inspections per PDU, as in reality). Cohorts are added until N
 * inspections exist, so a larger N means more PDUs, not hundreds of inspections per PDU; the first N
 * inspections are the same whatever the final N (growing from 1,000 to 10,000 only adds).
 *
 * Each inspection has a rating (skewed to Inadequate and Requires improvement), 5 to 9
 * recommendations and 5 to 9 findings from theme templates (bench/synthetic/text.ts) with a CURATED theme
 * each, a press release whose generated text contains every evidence quote (so EVIDENCED_BY offsets
 * are true), quotes by the Chief Inspector and the PDU's head, MENTIONS with offsets, and sometimes a
 * mention of a policy in force. Pressures (both bases, from the mentions) and RULE themes are derived with
 * the seed loader's own functions (derivePressures, assignThemes) against the graph's Policy and
 * Theme nodes, so the seeds must be loaded first.
 *
 * Ids carry `synthetic-<seed>-` and never collide with the seeds: `pdu:synthetic-7-c0-r3-2-ashford`,
 * `inspection:synthetic-7-c0-r3-2-ashford:2024-08`, `document:synthetic-7-c0-r3-2-ashford-2024-08-press-release`.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database.ts';
import { GraphBatch, type NodeRow, type Props } from '../../src/graph/batch.ts';
import { derivePressures } from '../../src/graph/derive/pressures.ts';
import { matchThemes, type ThemeMatch, type ThemeRule } from '../../src/graph/derive/themes.ts';
import { loadBatch } from '../../src/graph/load.ts';
import { ids, slug } from '../../src/model/ids.ts';
import { periodsOverlap } from '../../src/model/dates.ts';
import { RATING_WORDS, type Rating } from '../../src/model/enums.ts';
import { Random } from './random.ts';
import { CHIEF_QUOTES, HEAD_QUOTES, POLICY_SENTENCES, THEME_TEXTS, fill, personName, placeName } from './text.ts';

/** What the generator needs from the seeded graph. */
export interface GraphContext {
  regions: { id: string; name: string }[];
  /** Policy nodes with all their properties (derivePressures reads inForceFrom, inForceUntil, pressure, code). */
  policies: NodeRow[];
  themes: ThemeRule[];
  chief: { id: string; name: string; title: string } | null;
  inspectorate: { id: string; name: string } | null;
  probationService: { id: string } | null;
}

export async function readContext(db: Database): Promise<GraphContext> {
  const one = async <T>(cypher: string): Promise<T[]> => (await db.query(cypher)).records.map((r) => r.get('x') as T);
  const regions = await one<{ id: string; name: string }>('MATCH (r:Region) RETURN r {.id, .name} AS x ORDER BY r.id');
  const policies = (await one<Props & { id: string }>('MATCH (p:Policy) RETURN p {.*} AS x ORDER BY p.id')).map((p) => ({ id: p.id, props: p }));
  const themes = await one<ThemeRule>('MATCH (t:Theme) RETURN t {.key, .phrases} AS x ORDER BY t.key');
  if (regions.length === 0 || policies.length === 0 || themes.length === 0) {
    throw new Error('the graph has no Region, Policy or Theme nodes: load the seeds first (npx probation-graph seed)');
  }
  const chief = (await one<{ id: string; name: string; title: string }>(
    `MATCH (p:Person)-[h:HELD]->(:Organisation) WHERE h.title = 'Chief Inspector of Probation' RETURN p {.id, .name, title: h.title} AS x ORDER BY p.id LIMIT 1`,
  ))[0] ?? null;
  const inspectorate = (await one<{ id: string; name: string }>(`MATCH (o:Organisation {id: 'organisation:hm-inspectorate-of-probation'}) RETURN o {.id, .name} AS x`))[0] ?? null;
  const probationService = (await one<{ id: string }>(`MATCH (o:Organisation {id: 'organisation:probation-service'}) RETURN o {.id} AS x`))[0] ?? null;
  return { regions, policies, themes, chief, inspectorate, probationService };
}

// ---------------------------------------------------------------------------------------------
// The plan: PDUs and their inspections, a deterministic stream (cheap: no text yet).

export interface PduPlan {
  id: string;
  name: string;
  regionId: string;
  regionName: string;
  /** Stream key of this PDU (cohort, region index, index in region), for its own random stream. */
  key: [number, number, number];
  inspections: InspectionPlan[];
}

export interface InspectionPlan {
  /** Position in the global stream: inspection `seq` exists once N > seq. */
  seq: number;
  id: string;
  fieldworkFrom: string;
  fieldworkTo: string;
  rating: Rating;
}

const month = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
const monthIndex = (y: number, m: number) => y * 12 + (m - 1);
const FIRST_START = monthIndex(2019, 1);
const LAST_FIELDWORK = monthIndex(2026, 6);

const RATINGS: readonly (readonly [Rating, number])[] = [['INADEQUATE', 34], ['REQUIRES_IMPROVEMENT', 46], ['GOOD', 17], ['OUTSTANDING', 3]];
const ORDER: Rating[] = ['INADEQUATE', 'REQUIRES_IMPROVEMENT', 'GOOD', 'OUTSTANDING'];

function nextRating(rng: Random, previous: Rating | null): Rating {
  if (!previous || rng.next() < 0.35) return rng.weighted(RATINGS);
  const i = ORDER.indexOf(previous);
  const r = rng.next();
  // Persistence, with a slight drift upwards after an inspection (improvement plans) and downwards under pressure.
  const j = r < 0.55 ? i : r < 0.8 ? Math.min(i + 1, 3) : Math.max(i - 1, 0);
  return ORDER[j]!;
}

export function* planStream(seed: number, regions: readonly { id: string; name: string }[]): Generator<PduPlan> {
  let seq = 0;
  for (let cohort = 0; ; cohort++) {
    for (let r = 0; r < regions.length; r++) {
      const region = regions[r]!;
      const rng = new Random(seed, 1, cohort, r);
      const count = rng.int(5, 18);
      for (let k = 0; k < count; k++) {
        const name = placeName(rng);
        const id = `pdu:synthetic-${seed}-c${cohort}-r${r}-${k}-${slug(name)}`;
        const pdu: PduPlan = { id, name, regionId: region.id, regionName: region.name, key: [cohort, r, k], inspections: [] };
        let at = FIRST_START + rng.int(0, 23);
        let previous: Rating | null = null;
        while (at <= LAST_FIELDWORK) {
          const rating = nextRating(rng, previous);
          const span = rng.next() < 0.4 ? 1 : 0;
          const from = month(at);
          pdu.inspections.push({ seq: seq++, id: ids.inspection(id, from), fieldworkFrom: from, fieldworkTo: month(at + span), rating });
          previous = rating;
          at += rng.int(12, 36);
        }
        yield pdu;
      }
    }
  }
}

/** Ids the benchmarks query: the first PDU of the first cohort (present at any N), and its latest inspection. */
export function probeIds(seed: number, regions: readonly { id: string; name: string }[], count = 1): { pdus: string[]; inspections: string[] } {
  const pdus: string[] = [];
  const inspections: string[] = [];
  for (const pdu of planStream(seed, regions)) {
    if (pdus.length >= count) break;
    if (pdu.inspections.length < 3) continue;
    pdus.push(pdu.id);
    inspections.push(pdu.inspections[pdu.inspections.length - 1]!.id);
  }
  return { pdus, inspections };
}

// ---------------------------------------------------------------------------------------------
// Building one chunk's GraphBatch.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthWords = (ym: string) => `${MONTHS[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;
const dayWords = (d: string) => `${Number(d.slice(8, 10))} ${monthWords(d.slice(0, 7))}`;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Text assembled piece by piece, remembering where each evidence quote starts and ends. */
class TextBuilder {
  text = '';
  add(s: string): { quote: string; start: number; end: number } {
    const start = this.text.length;
    this.text += s;
    return { quote: s, start, end: this.text.length };
  }
}

const THEME_WEIGHTS: Record<string, (year: number) => number> = {
  'risk-of-harm': () => 10,
  'management-oversight': () => 8,
  'learning-and-development': () => 6,
  'safeguarding-information': () => 9,
  'professional-curiosity': () => 4,
  'staffing-and-workload': (y) => (y >= 2023 ? 9 : 5),
  'mental-health-provision': () => 2,
  'partnership-working': () => 4,
  leadership: () => 5,
  'interventions-and-services': () => 5,
  'domestic-abuse': () => 4,
  'national-pressures': (y) => (y >= 2024 ? 6 : 1),
  desistance: () => 3,
  'casework-quality': () => 4,
};

const CONCERN_SHARE: Record<Rating, number> = { INADEQUATE: 0.8, REQUIRES_IMPROVEMENT: 0.6, GOOD: 0.3, OUTSTANDING: 0.15 };

interface Built {
  batch: GraphBatch;
  inspections: number;
}

/** One chunk: these PDUs, with their inspections whose seq is in [from, to). */
export function buildChunk(seed: number, pdus: readonly PduPlan[], range: { from: number; to: number }, ctx: GraphContext): Built {
  const batch = new GraphBatch();
  const themeKeys = new Set(ctx.themes.map((t) => t.key));
  const pressing = ctx.policies.filter((p) => p.props.pressure === true && typeof p.props.inForceFrom === 'string');
  let count = 0;
  for (const pdu of pdus) {
    const wanted = pdu.inspections.filter((i) => i.seq >= range.from && i.seq < range.to);
    if (wanted.length === 0) continue;
    const prng = new Random(seed, 2, ...pdu.key);
    const head = { id: ids.person(`${pdu.id.slice(4)}-head`), name: personName(prng), title: `Head of ${pdu.name} PDU` };
    batch.node('PDU', pdu.id, { name: pdu.name, aliases: [`${pdu.name} PDU`] });
    batch.rel('IN_REGION', ['PDU', pdu.id], ['Region', pdu.regionId]);
    batch.node('Person', head.id, { name: head.name, aliases: [] });
    if (ctx.probationService) {
      batch.rel('HELD', ['Person', head.id], ['Organisation', ctx.probationService.id], { title: head.title, from: pdu.inspections[0]!.fieldworkFrom, until: null }, ['title']);
    }
    for (const insp of wanted) {
      const index = pdu.inspections.indexOf(insp);
      buildInspection(batch, seed, pdu, insp, index > 0 ? pdu.inspections[index - 1]! : null, head, ctx, themeKeys, pressing);
      count++;
    }
  }
  derivePressures(batch, ctx.policies);
  let cache = themeCaches.get(ctx.themes);
  if (!cache) themeCaches.set(ctx.themes, (cache = new Map()));
  assignThemesMemo(batch, ctx.themes, cache);
  return { batch, inspections: count };
}

/**
 * assignThemes (src/graph/derive/themes.ts), with the rule matches of each distinct text
 * remembered: synthetic texts come from templates and repeat, and matching every text against every
 * phrase (~0.5 ms a text) would dominate the build. Same rules, same relationships.
 */
const themeCaches = new WeakMap<readonly ThemeRule[], Map<string, ThemeMatch[]>>();
function assignThemesMemo(batch: GraphBatch, themes: readonly ThemeRule[], cache: Map<string, ThemeMatch[]>): void {
  if (cache.size > 200_000) cache.clear();
  for (const label of ['Recommendation', 'Finding'] as const) {
    for (const row of batch.nodes.get(label)?.values() ?? []) {
      const text = String(row.props.text ?? '');
      let matches = cache.get(text);
      if (!matches) cache.set(text, (matches = matchThemes(text, themes)));
      for (const m of matches) {
        batch.rel('ABOUT', [label, row.id], ['Theme', ids.theme(m.theme)], { basis: 'RULE', rule: m.phrase, matched: m.matched }, ['basis']);
      }
    }
  }
}

type At = { quote: string; start: number; end: number };
type Head = { id: string; name: string; title: string };

/** What an inspection's random stream decides before any text is written. */
interface Drawn {
  publishedOn: string;
  casesExamined: number;
  recs: Array<{ theme: string; text: string }>;
  findings: Array<{ theme: string; text: string; polarity: 'CONCERN' | 'STRENGTH' }>;
}

/** An inspection's press release as it is written: the text, and what its pieces evidence or mention. */
interface Release {
  docKey: string;
  docId: string;
  title: string;
  t: TextBuilder;
  evidence: Array<{ label: 'Inspection' | 'PDU' | 'Recommendation' | 'Finding' | 'Quote'; id: string; at: At; about: string | null }>;
  mentions: Array<{ label: 'PDU' | 'Person' | 'Organisation' | 'Policy'; id: string; at: At }>;
  quotes: Array<{ id: string; speaker: string; text: string; topic: string; at: At }>;
}

/**
 * One inspection: its facts drawn, its press release written (every quote is a piece of that text,
 * so offsets are exact), and both added to the batch. The steps draw from one random stream in a
 * fixed order, so a seed always gives the same graph.
 */
function buildInspection(
  batch: GraphBatch, seed: number, pdu: PduPlan, insp: InspectionPlan, previous: InspectionPlan | null,
  head: Head, ctx: GraphContext, themeKeys: Set<string>, pressing: NodeRow[],
): void {
  const rng = new Random(seed, 3, insp.seq);
  const drawn = drawInspection(rng, pdu, insp, themeKeys);
  const release = openRelease(pdu, insp, ctx, drawn);
  addPolicySentence(release, rng, insp, pressing);
  release.t.add('\n\n');
  addChiefQuote(release, rng, pdu, insp, ctx);
  addFindingsAndRecommendations(release, batch, pdu, insp, drawn);
  closeRelease(release, rng, head, ctx);
  addInspection(batch, pdu, insp, previous, ctx, drawn, release);
}

/** The publication date, the cases examined, and recommendations and findings from themes weighted by period. */
function drawInspection(rng: Random, pdu: PduPlan, insp: InspectionPlan, themeKeys: Set<string>): Drawn {
  const year = Number(insp.fieldworkFrom.slice(0, 4));
  const publishedMonth = monthIndex(Number(insp.fieldworkTo.slice(0, 4)), Number(insp.fieldworkTo.slice(5, 7))) + rng.int(2, 4);
  const publishedOn = `${month(publishedMonth)}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const casesExamined = rng.int(30, 120);
  const weights = Object.entries(THEME_WEIGHTS).filter(([k]) => themeKeys.has(k) && THEME_TEXTS[k]).map(([k, w]) => [k, w(year)] as const);
  const chosen: string[] = [];
  const nThemes = rng.int(3, 6);
  while (chosen.length < nThemes && chosen.length < weights.length) {
    const k = rng.weighted(weights);
    if (!chosen.includes(k)) chosen.push(k);
  }
  const draw = (kind: 'recommendations' | 'strengths' | 'concerns', used: Set<string>) => {
    for (let attempt = 0; ; attempt++) {
      const theme = rng.pick(chosen);
      const text = fill(rng.pick(THEME_TEXTS[theme]![kind]), rng, { pdu: pdu.name });
      if (!used.has(text) || attempt > 20) {
        used.add(text);
        return { theme, text };
      }
    }
  };
  const recs = Array.from({ length: rng.int(5, 9) }, ((used) => () => draw('recommendations', used))(new Set<string>()));
  const usedFindings = new Set<string>();
  const findings = Array.from({ length: rng.int(5, 9) }, () => {
    const polarity = rng.next() < CONCERN_SHARE[insp.rating] ? 'CONCERN' as const : 'STRENGTH' as const;
    return { ...draw(polarity === 'CONCERN' ? 'concerns' : 'strengths', usedFindings), polarity };
  });
  return { publishedOn, casesExamined, recs, findings };
}

/** The headline, the publisher, the PDU and its region, the rating and the fieldwork. */
function openRelease(pdu: PduPlan, insp: InspectionPlan, ctx: GraphContext, drawn: Drawn): Release {
  const ratingWord = RATING_WORDS[insp.rating];
  const docKey = `${pdu.id.slice(4)}-${insp.fieldworkFrom}-press-release`;
  const r: Release = {
    docKey, docId: ids.document(docKey), title: `${pdu.name} PDU rated ‘${ratingWord}’ by HM Inspectorate of Probation`,
    t: new TextBuilder(), evidence: [], mentions: [], quotes: [],
  };
  const { t, evidence, mentions } = r;
  t.add(`${pdu.name} PDU rated ‘${ratingWord}’ by HM Inspectorate of Probation\n\nPublished ${dayWords(drawn.publishedOn)}\n\n`);
  const orgAt = t.add(ctx.inspectorate?.name ?? 'HM Inspectorate of Probation');
  if (ctx.inspectorate) mentions.push({ label: 'Organisation', id: ctx.inspectorate.id, at: orgAt });
  t.add(' has today published a report on probation services in ');
  const pduAt = t.add(`${pdu.name} PDU, one of the PDUs in the ${pdu.regionName} region of the Probation Service.`);
  evidence.push({ label: 'PDU', id: pdu.id, at: pduAt, about: 'region' });
  mentions.push({ label: 'PDU', id: pdu.id, at: { quote: pdu.name, start: pduAt.start, end: pduAt.start + pdu.name.length } });
  t.add('\n\n');
  evidence.push({ label: 'Inspection', id: insp.id, at: t.add(`${pdu.name} PDU has received an overall rating of ‘${ratingWord}’.`), about: 'rating' });
  t.add(' ');
  const fieldwork = insp.fieldworkFrom === insp.fieldworkTo ? monthWords(insp.fieldworkFrom) : `${monthWords(insp.fieldworkFrom)} and ${monthWords(insp.fieldworkTo)}`;
  evidence.push({ label: 'Inspection', id: insp.id, at: t.add(`Inspectors visited the PDU in ${fieldwork} and examined ${drawn.casesExamined} cases of people on probation.`), about: 'fieldwork' });
  return r;
}

/** Sometimes (three times in ten) a sentence naming a policy in force during the fieldwork: a DOCUMENT_MENTION. */
function addPolicySentence(r: Release, rng: Random, insp: InspectionPlan, pressing: NodeRow[]): void {
  const inForce = pressing.filter((p) => periodsOverlap(insp.fieldworkFrom, insp.fieldworkTo, p.props.inForceFrom as string, (p.props.inForceUntil as string | null) ?? null));
  if (inForce.length === 0 || rng.next() >= 0.3) return;
  const policy = rng.pick(inForce);
  const code = String(policy.props.code);
  const [before, after] = fill(rng.pick(POLICY_SENTENCES), rng, { code: '\u0000' }).split('\u0000') as [string, string?];
  r.t.add(' ');
  r.t.add(before);
  const codeAt = r.t.add(code);
  r.t.add(after ?? '');
  r.mentions.push({ label: 'Policy', id: policy.id, at: codeAt });
}

function addChiefQuote(r: Release, rng: Random, pdu: PduPlan, insp: InspectionPlan, ctx: GraphContext): void {
  const chiefText = fill(rng.pick(CHIEF_QUOTES[insp.rating]!), rng, { pdu: pdu.name });
  const chiefAt = r.t.add(ctx.chief?.name ?? 'The Chief Inspector');
  if (ctx.chief) r.mentions.push({ label: 'Person', id: ctx.chief.id, at: chiefAt });
  r.t.add(`, ${ctx.chief?.title ?? 'Chief Inspector of Probation'}, said: “`);
  const at = r.t.add(chiefText);
  r.t.add('”\n\nInspectors found that:\n');
  if (ctx.chief) r.quotes.push({ id: ids.quote(r.docId, 1), speaker: ctx.chief.id, text: chiefText, topic: 'rating', at });
}

/** The findings, then the recommendations, each a list item of the release and a node with its CURATED theme. */
function addFindingsAndRecommendations(r: Release, batch: GraphBatch, pdu: PduPlan, insp: InspectionPlan, drawn: Drawn): void {
  const curated = () => ({ basis: 'CURATED' });
  drawn.findings.forEach((f, j) => {
    r.t.add('- ');
    const at = r.t.add(`${f.text}.`);
    r.t.add('\n');
    const fid = ids.finding(insp.id, j + 1);
    batch.node('Finding', fid, { text: f.text, polarity: f.polarity, position: j + 1 });
    batch.rel('FOUND', ['Inspection', insp.id], ['Finding', fid]);
    batch.rel('ABOUT', ['Finding', fid], ['Theme', ids.theme(f.theme)], curated(), ['basis']);
    r.evidence.push({ label: 'Finding', id: fid, at, about: null });
  });
  r.t.add(`\nThe report makes ${drawn.recs.length} recommendations. ${pdu.name} PDU should:\n`);
  drawn.recs.forEach((rec, j) => {
    r.t.add('- ');
    const at = r.t.add(rec.text);
    r.t.add('\n');
    const rid = ids.recommendation(insp.id, j + 1);
    batch.node('Recommendation', rid, { text: rec.text, verbatim: true, position: j + 1 });
    batch.rel('RECOMMENDS', ['Inspection', insp.id], ['Recommendation', rid]);
    batch.rel('ABOUT', ['Recommendation', rid], ['Theme', ids.theme(rec.theme)], curated(), ['basis']);
    r.evidence.push({ label: 'Recommendation', id: rid, at, about: null });
  });
  r.t.add('\n');
}

/** The PDU head's response, and the notes to editors. */
function closeRelease(r: Release, rng: Random, head: Head, ctx: GraphContext): void {
  const headText = fill(rng.pick(HEAD_QUOTES), rng);
  const headAt = r.t.add(head.name);
  r.mentions.push({ label: 'Person', id: head.id, at: headAt });
  r.t.add(`, ${head.title}, said: “`);
  const at = r.t.add(headText);
  r.quotes.push({ id: ids.quote(r.docId, r.quotes.length + 1), speaker: head.id, text: headText, topic: 'response', at });
  const inspectorateName = ctx.inspectorate?.name ?? 'HM Inspectorate of Probation';
  r.t.add(`”\n\nENDS\n\nNotes to editors: ${capital(inspectorateName)} is the independent inspector of probation and youth justice services in England and Wales.\n`);
}

/** The Inspection and its Document, the quotes, and the evidence and mentions with their offsets. */
function addInspection(batch: GraphBatch, pdu: PduPlan, insp: InspectionPlan, previous: InspectionPlan | null, ctx: GraphContext, drawn: Drawn, r: Release): void {
  const { docId } = r;
  const text = r.t.text;
  batch.node('Inspection', insp.id, {
    name: `${pdu.name} ${insp.fieldworkFrom}`,
    rating: insp.rating, fieldworkFrom: insp.fieldworkFrom, fieldworkTo: insp.fieldworkTo, publishedOn: drawn.publishedOn,
    casesExamined: drawn.casesExamined, casesDescription: 'cases of people on probation supervised by the PDU',
    recommendationCount: drawn.recs.length, recommendationsComplete: true,
  });
  batch.rel('OF', ['Inspection', insp.id], ['PDU', pdu.id]);
  if (previous) batch.rel('FOLLOWS', ['Inspection', insp.id], ['Inspection', previous.id]);
  batch.node('Document', docId, {
    key: r.docKey, title: r.title, kind: 'PRESS_RELEASE', url: null, publishedOn: drawn.publishedOn, dateNote: null, licence: null,
    sha256: createHash('sha256').update(text).digest('hex'), text, file: null, source: 'synthetic',
  });
  batch.rel('REPORTS', ['Document', docId], ['Inspection', insp.id]);
  if (ctx.inspectorate) batch.rel('PUBLISHED_BY', ['Document', docId], ['Organisation', ctx.inspectorate.id]);
  for (const q of r.quotes) {
    batch.node('Quote', q.id, { text: q.text, topic: q.topic });
    batch.rel('SAID', ['Person', q.speaker], ['Quote', q.id]);
    batch.rel('ABOUT', ['Quote', q.id], ['Inspection', insp.id]);
    r.evidence.push({ label: 'Quote', id: q.id, at: q.at, about: 'text' });
  }
  for (const e of r.evidence) {
    batch.rel('EVIDENCED_BY', [e.label, e.id], ['Document', docId], { quote: e.at.quote, start: e.at.start, end: e.at.end, about: e.about }, ['quote']);
  }
  for (const m of r.mentions) batch.rel('MENTIONS', ['Document', docId], [m.label, m.id], { quote: m.at.quote, start: m.at.start, end: m.at.end });
}

// ---------------------------------------------------------------------------------------------
// Loading.

export interface GenerateOptions {
  /** Make sure inspections [from, inspections) of the stream exist (from defaults to 0: idempotent). */
  inspections: number;
  seed: number;
  from?: number;
  /** Inspections per write transaction (whole PDUs, so a chunk may be a little larger). */
  chunk?: number;
  /**
   * Write transactions at once (default 2). Chunks hold disjoint PDUs and meet only at the dense
   * seeded nodes (themes, policies, regions), where Neo4j does not serialise relationship creation,
   * so a second transaction puts the second core to work; a deadlock would be retried by the write.
   */
  writers?: number;
  log?: (line: string) => void;
}

export interface GenerateReport {
  seed: number;
  from: number;
  to: number;
  inspections: number;
  chunks: number;
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
  /** Time to build the batches in Node (templates, derivations). */
  buildSeconds: number;
  /** Time inside the write transactions (the batched writer). */
  writeSeconds: number;
  totalSeconds: number;
  /** Nodes written per second of write time, and per second end to end. */
  nodesPerSecond: number;
  nodesPerSecondEndToEnd: number;
  relationshipsPerSecond: number;
}

export async function generate(db: Database, opts: GenerateOptions, ctx?: GraphContext): Promise<GenerateReport> {
  const context = ctx ?? (await readContext(db));
  const from = opts.from ?? 0;
  const to = opts.inspections;
  const chunkSize = opts.chunk ?? 500;
  const report: GenerateReport = {
    seed: opts.seed, from, to, inspections: 0, chunks: 0, nodes: 0, relationships: 0, nodesCreated: 0, relationshipsCreated: 0,
    buildSeconds: 0, writeSeconds: 0, totalSeconds: 0, nodesPerSecond: 0, nodesPerSecondEndToEnd: 0, relationshipsPerSecond: 0,
  };
  const t0 = performance.now();
  let pending: PduPlan[] = [];
  // Write time is wall time with at least one write transaction open (they overlap).
  const writers = Math.max(1, opts.writers ?? 2);
  const inFlight = new Set<Promise<void>>();
  let openSince = 0;
  const load = async (batch: GraphBatch, inspections: number) => {
    if (inFlight.size === 0) openSince = performance.now();
    const started = performance.now();
    const counts = await loadBatch(db, batch);
    const ms = performance.now() - started;
    report.inspections += inspections;
    report.chunks++;
    report.nodes += batch.nodeCount;
    report.relationships += batch.relationshipCount;
    report.nodesCreated += counts.nodesCreated;
    report.relationshipsCreated += counts.relationshipsCreated;
    opts.log?.(`  chunk ${report.chunks}: ${report.inspections}/${to - from} inspections, ${batch.nodeCount} nodes, ${batch.relationshipCount} relationships, write ${(ms / 1000).toFixed(2)} s`);
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const b0 = performance.now();
    const { batch, inspections } = buildChunk(opts.seed, pending, { from, to }, context);
    report.buildSeconds += (performance.now() - b0) / 1000;
    pending = [];
    if (inFlight.size >= writers) await Promise.race(inFlight);
    const write: Promise<void> = load(batch, inspections).finally(() => {
      inFlight.delete(write);
      if (inFlight.size === 0) report.writeSeconds += (performance.now() - openSince) / 1000;
    });
    // Failures surface through the race or the final Promise.all; this only keeps a second
    // failure, while the first is being reported, from counting as unhandled.
    write.catch(() => undefined);
    inFlight.add(write);
  };
  for (const group of chunkPlans(opts.seed, context.regions, from, to, chunkSize)) {
    pending = group;
    await flush();
  }
  await Promise.all(inFlight);
  report.totalSeconds = (performance.now() - t0) / 1000;
  report.nodesPerSecond = report.writeSeconds > 0 ? report.nodes / report.writeSeconds : 0;
  report.nodesPerSecondEndToEnd = report.totalSeconds > 0 ? report.nodes / report.totalSeconds : 0;
  report.relationshipsPerSecond = report.writeSeconds > 0 ? report.relationships / report.writeSeconds : 0;
  return report;
}

/** The PDUs of inspections [from, to), in groups of about `chunkSize` inspections (whole PDUs): one write transaction each. */
export function* chunkPlans(seed: number, regions: GraphContext['regions'], from: number, to: number, chunkSize: number): Generator<PduPlan[]> {
  if (to <= from) return;
  let pending: PduPlan[] = [];
  let count = 0;
  for (const pdu of planStream(seed, regions)) {
    const first = pdu.inspections[0]?.seq ?? 0;
    if (first >= to) break;
    const inRange = pdu.inspections.filter((i) => i.seq >= from && i.seq < to).length;
    if (inRange === 0) continue;
    pending.push(pdu);
    count += inRange;
    if (count >= chunkSize) {
      yield pending;
      pending = [];
      count = 0;
    }
  }
  if (pending.length) yield pending;
}

/** The batches `generate` writes, one per chunk, without a database (the bulk path). */
export function* syntheticBatches(opts: { inspections: number; seed: number; from?: number; chunk?: number }, ctx: GraphContext, onBuilt?: (inspections: number) => void): Generator<GraphBatch> {
  for (const group of chunkPlans(opts.seed, ctx.regions, opts.from ?? 0, opts.inspections, opts.chunk ?? 500)) {
    const built = buildChunk(opts.seed, group, { from: opts.from ?? 0, to: opts.inspections }, ctx);
    onBuilt?.(built.inspections);
    yield built.batch;
  }
}

/**
 * What readContext reads from a graph holding only the seeds, taken from the seeds' batch itself
 * (the bulk path has no graph to read yet): the same rows in the same order, properties as stored
 * (a null is not stored).
 */
export function contextFromBatch(seeds: GraphBatch): GraphContext {
  const rows = (label: Parameters<GraphBatch['node']>[0]) => [...(seeds.nodes.get(label)?.values() ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
  const stored = (p: Props): Props => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null && v !== undefined));
  const regions = rows('Region').map((r) => ({ id: r.id, name: String(r.props.name) }));
  const policies = rows('Policy').map((r) => ({ id: r.id, props: stored(r.props) }));
  const themes = rows('Theme').map((r) => ({ key: r.props.key, phrases: r.props.phrases }) as ThemeRule).sort((a, b) => (a.key < b.key ? -1 : 1));
  const people = new Map(rows('Person').map((r) => [r.id, r]));
  const organisations = new Map(rows('Organisation').map((r) => [r.id, r]));
  const chiefs = seeds.relationships.filter((g) => g.type === 'HELD').flatMap((g) => g.rows)
    .filter((r) => r.props.title === 'Chief Inspector of Probation' && people.has(r.from) && organisations.has(r.to))
    .map((r) => ({ id: r.from, name: String(people.get(r.from)!.props.name), title: String(r.props.title) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const org = (id: string) => organisations.get(id) ?? null;
  const inspectorate = org('organisation:hm-inspectorate-of-probation');
  return {
    regions, policies, themes, chief: chiefs[0] ?? null,
    inspectorate: inspectorate ? { id: inspectorate.id, name: String(inspectorate.props.name) } : null,
    probationService: org('organisation:probation-service') ? { id: 'organisation:probation-service' } : null,
  };
}
