/**
 * The part of the graph an ingest needs to decide what a document adds: a snapshot read inside the
 * ingest's own transaction (so what it plans against is what it writes into), in three statements:
 *
 * 1. whether a Document with this text (sha256) is already there;
 * 2. the vocabularies names resolve against: PDUs (aliases, region), regions, people (aliases,
 *    roles), organisations, policies (code, aliases, dates, pressure) and themes (phrases);
 * 3. the inspections of the PDUs the document names, with their recommendations, findings, the
 *    speakers of quotes about them, their DOCUMENT_MENTION policies and what they follow.
 *
 * `planIngest` (plan.ts) is pure over this snapshot.
 */
import type { Tx } from '../../db/database.ts';
import type { GraphBatch, NodeLabel, Props } from '../../graph/batch.ts';
import { resolvePdu } from './names.ts';

export interface WorldPdu { id: string; name: string; aliases: string[]; regionId: string | null }
export interface WorldRegion { id: string; name: string; aliases: string[] }
/** A role a person held; `monthFrom`/`monthUntil` are its tenure's months where dated (seeds/facts/chief-inspectors.yaml). */
export interface WorldRole { title: string; organisationId: string; monthFrom?: string | null; monthUntil?: string | null }
export interface WorldPerson { id: string; name: string; aliases: string[]; roles: WorldRole[] }
export interface WorldOrganisation { id: string; name: string; aliases: string[] }
export interface WorldPolicy {
  id: string; code: string; name: string; aliases: string[]; patterns: string[]; pressure: boolean;
  inForceFrom: string | null; inForceUntil: string | null;
}
export interface WorldTheme { id: string; key: string; phrases: string[] }
export interface WorldText { id: string; text: string; position: number | null; polarity?: string | null }
export interface WorldInspection {
  id: string;
  pduId: string;
  /** Every stored property, as stored (the node is re-written whole when a missing value is filled in). */
  props: Props;
  rating: string | null;
  fieldworkFrom: string | null;
  fieldworkTo: string | null;
  publishedOn: string | null;
  /** The month of the document an inspection was first reported in, for inspections known only from news. */
  reportedIn: string | null;
  recommendationCount: number | null;
  recommendations: WorldText[];
  findings: WorldText[];
  /** People who said something about this inspection (Quote ABOUT it). */
  speakers: string[];
  /** What they said. */
  quotes: Array<{ id: string; text: string; speaker: string }>;
  follows: string[];
  documents: string[];
  /** Curated in seeds/ (evidenced by a seed document). */
  curated: boolean;
}
export interface WorldDocument { id: string; title: string; kind: string; publishedOn: string | null; sha256: string }
/** Every recommendation in the graph, for recommendation lineage (src/graph/derive/lineage.ts). */
export interface WorldRecommendation { id: string; text: string; inspectionId: string; pduId: string | null; date: string | null }

export interface World {
  existingDocument: WorldDocument | null;
  pdus: WorldPdu[];
  regions: WorldRegion[];
  people: WorldPerson[];
  organisations: WorldOrganisation[];
  policies: WorldPolicy[];
  themes: WorldTheme[];
  inspections: WorldInspection[];
  /** Read with the vocabulary; absent in a snapshot built by hand (lineage then compares within the batch only). */
  recommendations?: WorldRecommendation[];
}

export const EMPTY_WORLD: World = {
  existingDocument: null, pdus: [], regions: [], people: [], organisations: [], policies: [], themes: [], inspections: [],
};

const DOCUMENT_CYPHER = `
MATCH (d:Document {sha256: $sha256})
RETURN d {.id, .title, .kind, .publishedOn, .sha256} AS doc ORDER BY d.id LIMIT 1`;

const VOCABULARY_CYPHER = `
CALL () { MATCH (p:PDU) OPTIONAL MATCH (p)-[:IN_REGION]->(r:Region)
  RETURN collect({id: p.id, name: p.name, aliases: coalesce(p.aliases, []), regionId: r.id}) AS pdus }
CALL () { MATCH (r:Region) RETURN collect({id: r.id, name: r.name, aliases: coalesce(r.aliases, [])}) AS regions }
CALL () { MATCH (p:Person)
  RETURN collect({id: p.id, name: p.name, aliases: coalesce(p.aliases, []),
    roles: COLLECT { MATCH (p)-[h:HELD]->(o:Organisation) RETURN {title: h.title, organisationId: o.id, monthFrom: h.monthFrom, monthUntil: h.monthUntil} }}) AS people }
CALL () { MATCH (o:Organisation) RETURN collect({id: o.id, name: o.name, aliases: coalesce(o.aliases, [])}) AS organisations }
CALL () { MATCH (p:Policy)
  RETURN collect({id: p.id, code: p.code, name: p.name, aliases: coalesce(p.aliases, []), patterns: coalesce(p.patterns, []), pressure: coalesce(p.pressure, false),
    inForceFrom: p.inForceFrom, inForceUntil: p.inForceUntil}) AS policies }
CALL () { MATCH (t:Theme) RETURN collect({id: t.id, key: t.key, phrases: coalesce(t.phrases, [])}) AS themes }
CALL () { MATCH (i:Inspection)-[:RECOMMENDS]->(r:Recommendation) OPTIONAL MATCH (i)-[:OF]->(p:PDU)
  // The inspection's date as src/analysis/chronology.ts defines it (month of fieldwork, reported, published).
  RETURN collect({id: r.id, text: r.text, inspectionId: i.id, pduId: p.id, date: left(coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn), 7)}) AS recommendations }
RETURN pdus, regions, people, organisations, policies, themes, recommendations`;

const INSPECTIONS_CYPHER = `
MATCH (i:Inspection)-[:OF]->(p:PDU) WHERE p.id IN $pduIds
RETURN i.id AS id, p.id AS pduId, properties(i) AS props,
  COLLECT { MATCH (i)-[:RECOMMENDS]->(r:Recommendation) RETURN {id: r.id, text: r.text, position: r.position} } AS recommendations,
  COLLECT { MATCH (i)-[:FOUND]->(f:Finding) RETURN {id: f.id, text: f.text, position: f.position, polarity: f.polarity} } AS findings,
  COLLECT { MATCH (i)<-[:ABOUT]-(q:Quote)<-[:SAID]-(s:Person) RETURN {id: q.id, text: q.text, speaker: s.id} } AS quotes,
  COLLECT { MATCH (i)-[:FOLLOWS]->(prev:Inspection) RETURN prev.id } AS follows,
  COLLECT { MATCH (d:Document)-[:REPORTS]->(i) RETURN d.id } AS documents,
  EXISTS { (i)-[:EVIDENCED_BY]->(:Document {source: 'seed'}) } AS curated
ORDER BY id`;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** A stored inspection, as the planner sees it. */
function worldInspection(id: string, pduId: string, props: Props): WorldInspection {
  return {
    id, pduId, props,
    rating: str(props.rating), fieldworkFrom: str(props.fieldworkFrom), fieldworkTo: str(props.fieldworkTo),
    publishedOn: str(props.publishedOn), reportedIn: str(props.reportedIn), recommendationCount: num(props.recommendationCount),
    recommendations: [], findings: [], speakers: [], quotes: [], follows: [], documents: [], curated: false,
  };
}

/** Read the snapshot for one document; `pduNames` are the PDUs it names (their inspections are read). */
export async function readWorld(tx: Tx, sha256: string, pduNames: readonly string[]): Promise<World> {
  const doc = await tx.run(DOCUMENT_CYPHER, { sha256 });
  const existingDocument = (doc.records[0]?.get('doc') as WorldDocument | undefined) ?? null;
  const world = await readVocabulary(tx);
  world.existingDocument = existingDocument;
  if (!existingDocument) await readInspections(tx, world, pduNames);
  return world;
}

/** The graph's names: PDUs, regions, people, organisations, policies and themes (no inspections yet). */
export async function readVocabulary(tx: Tx): Promise<World> {
  const v = (await tx.run(VOCABULARY_CYPHER)).records[0]!;
  return {
    existingDocument: null,
    pdus: v.get('pdus') as WorldPdu[],
    regions: v.get('regions') as WorldRegion[],
    people: v.get('people') as WorldPerson[],
    organisations: v.get('organisations') as WorldOrganisation[],
    policies: v.get('policies') as WorldPolicy[],
    themes: v.get('themes') as WorldTheme[],
    inspections: [],
    recommendations: v.get('recommendations') as WorldRecommendation[],
  };
}

/** Add the stored inspections of the PDUs these names resolve to (one statement for all of them). */
export async function readInspections(tx: Tx, world: World, pduNames: readonly string[]): Promise<void> {
  const pduIds = [...new Set(pduNames.map((n) => resolvePdu(n, world.pdus)).filter((x): x is string => x !== null))];
  if (pduIds.length === 0) return;
  const r = await tx.run(INSPECTIONS_CYPHER, { pduIds });
  for (const rec of r.records) {
    const i = worldInspection(rec.get('id') as string, rec.get('pduId') as string, rec.get('props') as Props);
    const quotes = rec.get('quotes') as Array<{ id: string; text: string; speaker: string }>;
    Object.assign(i, {
      recommendations: rec.get('recommendations') as WorldText[], findings: rec.get('findings') as WorldText[],
      quotes, speakers: [...new Set(quotes.map((q) => q.speaker))],
      follows: rec.get('follows') as string[], documents: rec.get('documents') as string[], curated: rec.get('curated') === true,
    });
    world.inspections.push(i);
  }
}

/**
 * What a planned document adds, taken into the snapshot, so the next document of the same load sees
 * it as if it were stored: new PDUs and regions, inspections (new or re-written) with their
 * recommendations, findings, quotes, follows and reports, and new people with their roles.
 */
export function absorb(world: World, batch: GraphBatch): void {
  const nodes = (label: NodeLabel) => [...(batch.nodes.get(label)?.values() ?? [])];
  const rels = (type: string) => batch.relationships.filter((g) => g.type === type).flatMap((g) => g.rows);
  for (const p of nodes('PDU')) if (!world.pdus.some((w) => w.id === p.id)) world.pdus.push({ id: p.id, name: String(p.props.name), aliases: (p.props.aliases as string[]) ?? [], regionId: null });
  for (const r of rels('IN_REGION')) { const p = world.pdus.find((w) => w.id === r.from); if (p && !p.regionId) p.regionId = r.to; }
  for (const p of nodes('Person')) if (!world.people.some((w) => w.id === p.id)) world.people.push({ id: p.id, name: String(p.props.name), aliases: [], roles: [] });
  for (const r of rels('HELD')) world.people.find((w) => w.id === r.from)?.roles.push({ title: String(r.props.title), organisationId: r.to, monthFrom: str(r.props.monthFrom), monthUntil: str(r.props.monthUntil) });
  const pduOf = new Map(rels('OF').map((r) => [r.from, r.to]));
  for (const n of nodes('Inspection')) {
    const old = world.inspections.find((w) => w.id === n.id);
    const next = worldInspection(n.id, pduOf.get(n.id) ?? old?.pduId ?? '', n.props);
    if (old) Object.assign(old, { ...next, recommendations: old.recommendations, findings: old.findings, quotes: old.quotes, speakers: old.speakers, follows: old.follows, documents: old.documents, curated: old.curated });
    else world.inspections.push(next);
  }
  const inspection = (id: string) => world.inspections.find((w) => w.id === id);
  const text = (label: NodeLabel, id: string) => batch.nodes.get(label)?.get(id)?.props;
  for (const r of rels('RECOMMENDS')) { const t = text('Recommendation', r.to); if (t) inspection(r.from)?.recommendations.push({ id: r.to, text: String(t.text), position: Number(t.position) }); }
  // The next document's lineage compares against this one's recommendations too.
  for (const r of rels('RECOMMENDS')) {
    const t = text('Recommendation', r.to);
    const i = inspection(r.from);
    if (t && world.recommendations && !world.recommendations.some((w) => w.id === r.to)) {
      world.recommendations.push({ id: r.to, text: String(t.text), inspectionId: r.from, pduId: i?.pduId ?? null, date: ((i?.fieldworkFrom ?? i?.reportedIn ?? i?.publishedOn) ?? null)?.slice(0, 7) ?? null });
    }
  }
  for (const r of rels('FOUND')) { const t = text('Finding', r.to); if (t) inspection(r.from)?.findings.push({ id: r.to, text: String(t.text), position: Number(t.position), polarity: String(t.polarity) }); }
  const speakerOf = new Map(rels('SAID').map((r) => [r.to, r.from]));
  for (const r of rels('ABOUT')) {
    const q = text('Quote', r.from);
    const i = inspection(r.to);
    const speaker = speakerOf.get(r.from);
    if (!q || !i || !speaker) continue;
    i.quotes.push({ id: r.from, text: String(q.text), speaker });
    if (!i.speakers.includes(speaker)) i.speakers.push(speaker);
  }
  for (const r of rels('FOLLOWS')) inspection(r.from)?.follows.push(r.to);
  for (const r of rels('REPORTS')) inspection(r.to)?.documents.push(r.from);
}
