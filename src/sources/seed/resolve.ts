/**
 * Turning validated seed files into a GraphBatch: expand keys into ids, check that every reference
 * resolves and that every evidence quote occurs in its document, and derive what follows from the
 * facts (mentions, pressures in time, theme rules). All problems are collected and reported together,
 * each with the file and path it comes from; nothing is written unless the whole seed is sound.
 *
 * resolveSeeds runs one rule per seed file, in dependency order (organisations before the documents,
 * people and policies that refer to them; PDUs before inspections...), then the derivations shared
 * with ingestion. Every document text is cleaned of contact details first (src/text/contacts.ts), so
 * every quote is located, and every offset stored, in the text as the graph holds it.
 */
import { ids } from '../../model/ids.ts';
import { inspectionKey } from '../../model/facts.ts';
import type { DateRules } from '../../model/dates.ts';
import { GraphBatch, type Props } from '../../graph/batch.ts';
import { fieldworkWindow } from '../../graph/derive/dates.ts';
import { derivePressures } from '../../graph/derive/pressures.ts';
import { deriveMentions } from '../../graph/derive/mentions.ts';
import { assignThemes } from '../../graph/derive/themes.ts';
import { batchRecommendations, deriveLineage } from '../../graph/derive/lineage.ts';
import { removeContactDetails } from '../../text/contacts.ts';
import { sourceText, type SourceText } from '../../text/source-text.ts';
import type { SeedFiles } from './read.ts';
import { SeedError } from './read.ts';
import { EvidenceResolver } from './evidence.ts';
import { resolveDatedFacts } from './dated-facts.ts';

const F = {
  docs: 'seeds/documents/documents.yaml',
  regions: 'seeds/facts/regions.yaml',
  orgs: 'seeds/facts/organisations.yaml',
  people: 'seeds/facts/people.yaml',
  policies: 'seeds/facts/policies.yaml',
  pdus: 'seeds/facts/pdus.yaml',
  inspections: 'seeds/facts/inspections.yaml',
  quotes: 'seeds/facts/quotes.yaml',
  commitments: 'seeds/facts/commitments.yaml',
  actions: 'seeds/facts/actions.yaml',
};

/** `leeds:2024-08` → `inspection:leeds:2024-08`. */
const inspectionId = (key: string) => `inspection:${key}`;
const recommendationId = (key: string) => {
  const [insp, n] = key.split('#') as [string, string];
  return ids.recommendation(inspectionId(insp), Number(n));
};

/** Properties of a curated inspection that documents may state where the seeds do not (ingestion fills them). */
export const FILLABLE = ['publishedOn', 'publishedOnBasis', 'fieldworkFrom', 'fieldworkTo', 'recommendationCount', 'recommendationsComplete', 'reportedIn'] as const;

export interface ResolveOptions {
  dateRules: DateRules;
  /**
   * Values the graph holds for curated inspections' properties that the seeds leave unstated
   * (filled in by ingested documents, with their evidence): kept, so a reload does not erase them.
   */
  stored?: ReadonlyMap<string, Props>;
}

/** What the rules share while resolving: the batch, the documents, the evidence, the problems. */
class Resolution {
  readonly batch = new GraphBatch();
  readonly problems: string[] = [];
  readonly docs = new Map<string, SourceText>();
  readonly evidence: EvidenceResolver;
  readonly keys: { orgs: Set<string>; regions: Set<string>; people: Set<string>; policies: Set<string>; pdus: Set<string>; themes: Set<string>; inspections: Set<string> };

  constructor(readonly seeds: SeedFiles, texts: Map<string, string>) {
    for (const d of seeds['documents/documents.yaml']) {
      const text = texts.get(d.file);
      if (text === undefined) this.problems.push(`${F.docs}: ${d.key}.file: seeds/documents/${d.file} does not exist`);
      else this.docs.set(d.key, sourceText(ids.document(d.key), removeContactDetails(text).text));
    }
    this.evidence = new EvidenceResolver(this.docs);
    this.keys = {
      orgs: new Set(seeds['facts/organisations.yaml'].map((o) => o.key)),
      regions: new Set(seeds['facts/regions.yaml'].regions.map((r) => ids.region(r.name))),
      people: new Set(seeds['facts/people.yaml'].map((p) => p.key)),
      policies: new Set(seeds['facts/policies.yaml'].map((p) => p.code)),
      pdus: new Set(seeds['facts/pdus.yaml'].map((p) => p.key)),
      themes: new Set(seeds['themes.yaml'].themes.map((t) => t.key)),
      inspections: new Set(seeds['facts/inspections.yaml'].map(inspectionKey)),
    };
  }

  /** Whether a reference resolves; records a problem when it does not. */
  known(label: string, key: string, where: string, exists: boolean): boolean {
    if (!exists) this.problems.push(`${where}: unknown ${label} '${key}'`);
    return exists;
  }
}

export function resolveSeeds(seeds: SeedFiles, texts: Map<string, string>, opts: ResolveOptions): GraphBatch {
  const r = new Resolution(seeds, texts);
  resolveOrganisations(r);
  resolveDocuments(r);
  resolveRegions(r);
  resolvePeople(r);
  resolvePolicies(r);
  resolvePdus(r);
  resolveThemes(r);
  resolveInspections(r, opts);
  resolveQuotes(r);
  resolveCommitments(r);
  resolveActions(r);
  // Chief Inspectors' tenures, frameworks, and the status of commitments and actions (dated-facts.ts).
  resolveDatedFacts({ batch: r.batch, seeds, evidence: r.evidence, problems: r.problems, organisations: r.keys.orgs });
  // Derived exactly as for ingested documents: mentions first, pressures read them.
  deriveMentions(r.batch, [...r.docs.values()]);
  derivePressures(r.batch);
  assignThemes(r.batch, seeds['themes.yaml'].themes);
  deriveLineage(r.batch, batchRecommendations(r.batch));
  const all = [...r.problems, ...r.evidence.problems];
  if (all.length > 0) {
    const shown = all.slice(0, 25).map((p) => `  ${p}`).join('\n');
    throw new SeedError(`the seeds have ${all.length} problem(s):\n${shown}${all.length > 25 ? `\n  ... and ${all.length - 25} more` : ''}`);
  }
  return r.batch;
}

function resolveOrganisations(r: Resolution): void {
  r.seeds['facts/organisations.yaml'].forEach((o, i) => {
    const id = ids.organisation(o.key);
    r.batch.node('Organisation', id, {
      name: o.name, aliases: o.aliases, kind: o.kind, description: o.description ?? null,
      until: o.until ?? null, sources: o.sources,
    });
    if (o.partOf && r.known('organisation', o.partOf, `${F.orgs}: [${i}].partOf`, r.keys.orgs.has(o.partOf))) {
      r.batch.rel('PART_OF', ['Organisation', id], ['Organisation', ids.organisation(o.partOf)]);
    }
    r.evidence.attach(r.batch, 'Organisation', id, o.evidence, `${F.orgs}: [${i}]`);
  });
}

function resolveDocuments(r: Resolution): void {
  const publishers = new Map(r.seeds['facts/organisations.yaml'].map((o) => [o.key, o.name]));
  r.seeds['documents/documents.yaml'].forEach((d, i) => {
    const doc = r.docs.get(d.key);
    if (!doc) return;
    r.batch.node('Document', doc.id, {
      key: d.key, title: d.title, kind: d.kind, url: d.url, publishedOn: d.publishedOn,
      dateNote: d.dateNote ?? null, licence: d.licence, textIsExcerpt: false, publisher: publishers.get(d.publisher) ?? null,
      sha256: doc.sha256, text: doc.text, file: d.file, source: 'seed',
    });
    if (r.known('organisation', d.publisher, `${F.docs}: [${i}].publisher`, r.keys.orgs.has(d.publisher))) {
      r.batch.rel('PUBLISHED_BY', ['Document', doc.id], ['Organisation', ids.organisation(d.publisher)]);
    }
    d.reports.forEach((k, j) => {
      if (r.known('inspection', k, `${F.docs}: [${i}].reports[${j}]`, r.keys.inspections.has(k))) {
        r.batch.rel('REPORTS', ['Document', doc.id], ['Inspection', inspectionId(k)]);
      }
    });
  });
}

function resolveRegions(r: Resolution): void {
  const file = r.seeds['facts/regions.yaml'];
  file.regions.forEach((g, i) => {
    const id = ids.region(g.name);
    r.batch.node('Region', id, { name: g.name, aliases: g.aliases, statedPduCount: g.statedPduCount ?? null, sources: file.sources });
    r.evidence.attach(r.batch, 'Region', id, g.evidence, `${F.regions}: regions[${i}]`);
  });
}

function resolvePeople(r: Resolution): void {
  r.seeds['facts/people.yaml'].forEach((p, i) => {
    const id = ids.person(p.key);
    r.batch.node('Person', id, { name: p.name, aliases: p.aliases });
    p.roles.forEach((role, j) => {
      const where = `${F.people}: [${i}].roles[${j}]`;
      if (!r.known('organisation', role.organisation, `${where}.organisation`, r.keys.orgs.has(role.organisation))) return;
      r.batch.rel('HELD', ['Person', id], ['Organisation', ids.organisation(role.organisation)],
        { title: role.title, from: role.from ?? null, until: role.until ?? null }, ['title']);
      r.evidence.attach(r.batch, 'Person', id, role.evidence.map((e) => ({ ...e, about: e.about ?? `role: ${role.title}` })), where);
    });
  });
}

function resolvePolicies(r: Resolution): void {
  r.seeds['facts/policies.yaml'].forEach((p, i) => {
    const id = ids.policy(p.code);
    r.batch.node('Policy', id, {
      code: p.code, name: p.name, aliases: p.aliases, patterns: p.patterns, kind: p.kind, pressure: p.pressure,
      announcedOn: p.announcedOn, inForceFrom: p.inForceFrom, inForceUntil: p.inForceUntil,
      dateNotes: p.dateNotes ?? null, summary: p.summary, sources: p.sources,
    });
    p.responsible.forEach((o, j) => {
      if (r.known('organisation', o, `${F.policies}: [${i}].responsible[${j}]`, r.keys.orgs.has(o))) {
        r.batch.rel('RESPONSIBLE_FOR', ['Organisation', ids.organisation(o)], ['Policy', id]);
      }
    });
  });
}

function resolvePdus(r: Resolution): void {
  r.seeds['facts/pdus.yaml'].forEach((p, i) => {
    const id = ids.pdu(p.key);
    r.batch.node('PDU', id, { name: p.name, aliases: p.aliases, sources: p.sources, notes: p.notes ?? null, regionUnknown: p.regionUnknown ?? null });
    const regionId = p.region === null ? null : ids.region(p.region);
    if (regionId && r.known('region', p.region!, `${F.pdus}: [${i}].region`, r.keys.regions.has(regionId))) {
      r.batch.rel('IN_REGION', ['PDU', id], ['Region', regionId]);
    }
    r.evidence.attach(r.batch, 'PDU', id, p.evidence, `${F.pdus}: [${i}]`);
  });
}

function resolveThemes(r: Resolution): void {
  const themes = r.seeds['themes.yaml'];
  for (const t of themes.themes) {
    r.batch.node('Theme', ids.theme(t.key), { key: t.key, name: t.name, description: t.description, phrases: t.phrases, taxonomyVersion: themes.version });
  }
}

type InspectionSeed = SeedFiles['facts/inspections.yaml'][number];

/** An inspection's properties: what the seeds state, what documents filled in, and the fieldwork window. */
function inspectionProps(s: InspectionSeed, name: string, stored: Props | undefined, rules: DateRules): Props {
  const stated: Props = {
    rating: s.rating, fieldworkFrom: s.fieldworkFrom, fieldworkTo: s.fieldworkFrom ? s.fieldworkTo ?? s.fieldworkFrom : null,
    reportedIn: s.fieldworkFrom ? null : s.reportedIn ?? null,
    publishedOn: s.publishedOn, publishedOnBasis: s.publishedOn ? 'STATED' : 'UNKNOWN',
    casesExamined: s.casesExamined, casesDescription: s.casesDescription ?? null,
    recommendationCount: s.recommendationCount, recommendationsComplete: s.recommendationsComplete,
  };
  for (const k of FILLABLE) if ((stated[k] === null || stated[k] === 'UNKNOWN') && stored?.[k] != null) stated[k] = stored[k]!;
  const f = (k: string) => (stated[k] as string | null) ?? null;
  const window = fieldworkWindow({ fieldworkFrom: f('fieldworkFrom'), fieldworkTo: f('fieldworkTo'), publishedOn: f('publishedOn'), reportedIn: f('reportedIn') }, rules);
  const label = s.fieldworkFrom ?? `reported ${s.reportedIn}`;
  return { name: `${name} ${s.fieldworkFrom ? label : `(${label})`}`, ...stated, ...window };
}

function resolveInspections(r: Resolution, opts: ResolveOptions): void {
  const pduNames = new Map(r.seeds['facts/pdus.yaml'].map((p) => [p.key, p.name]));
  r.seeds['facts/inspections.yaml'].forEach((s, i) => {
    const where = `${F.inspections}: [${i}]`;
    const id = inspectionId(inspectionKey(s));
    r.batch.node('Inspection', id, inspectionProps(s, pduNames.get(s.pdu) ?? s.pdu, opts.stored?.get(id), opts.dateRules));
    if (r.known('PDU', s.pdu, `${where}.pdu`, r.keys.pdus.has(s.pdu))) r.batch.rel('OF', ['Inspection', id], ['PDU', ids.pdu(s.pdu)]);
    if (s.follows && r.known('inspection', s.follows, `${where}.follows`, r.keys.inspections.has(s.follows))) {
      r.batch.rel('FOLLOWS', ['Inspection', id], ['Inspection', inspectionId(s.follows)]);
    }
    r.evidence.attach(r.batch, 'Inspection', id, s.evidence, where);
    resolveStatements(r, s, id, where);
  });
}

/** An inspection's recommendations and findings, with their curated themes. */
function resolveStatements(r: Resolution, s: InspectionSeed, id: string, where: string): void {
  const lists = [
    { label: 'Recommendation' as const, rel: 'RECOMMENDS' as const, items: s.recommendations, path: 'recommendations', make: ids.recommendation },
    { label: 'Finding' as const, rel: 'FOUND' as const, items: s.findings, path: 'findings', make: ids.finding },
  ];
  for (const list of lists) {
    list.items.forEach((item, j) => {
      const nid = list.make(id, j + 1);
      const props: Props = 'polarity' in item ? { text: item.text, polarity: item.polarity, position: j + 1 } : { text: item.text, verbatim: item.verbatim, position: j + 1 };
      r.batch.node(list.label, nid, props);
      r.batch.rel(list.rel, ['Inspection', id], [list.label, nid]);
      r.evidence.attach(r.batch, list.label, nid, item.evidence, `${where}.${list.path}[${j}]`);
      item.themes.forEach((t, k) => {
        if (r.known('theme', t, `${where}.${list.path}[${j}].themes[${k}]`, r.keys.themes.has(t))) {
          r.batch.rel('ABOUT', [list.label, nid], ['Theme', ids.theme(t)], { basis: 'CURATED' }, ['basis']);
        }
      });
    });
  }
}

function resolveQuotes(r: Resolution): void {
  r.seeds['facts/quotes.yaml'].forEach((q, i) => {
    const where = `${F.quotes}: [${i}]`;
    const doc = r.docs.get(q.doc);
    const id = ids.quote(ids.document(q.doc), i + 1);
    const found = r.evidence.find(q.doc, q.text, `${where}.text`);
    if (!doc || !found) return;
    r.batch.node('Quote', id, { text: q.text, topic: q.topic });
    r.batch.rel('EVIDENCED_BY', ['Quote', id], ['Document', doc.id], { quote: found.original, start: found.start, end: found.end, about: 'text' }, ['quote']);
    if (r.known('person', q.speaker, `${where}.speaker`, r.keys.people.has(q.speaker))) r.batch.rel('SAID', ['Person', ids.person(q.speaker)], ['Quote', id]);
    if (q.inspection && r.known('inspection', q.inspection, `${where}.inspection`, r.keys.inspections.has(q.inspection))) {
      r.batch.rel('ABOUT', ['Quote', id], ['Inspection', inspectionId(q.inspection)]);
    }
  });
}

function resolveCommitments(r: Resolution): void {
  r.seeds['facts/commitments.yaml'].forEach((c, i) => {
    const where = `${F.commitments}: [${i}]`;
    const id = ids.commitment(c.key);
    r.batch.node('Commitment', id, { text: c.text, dueBy: c.dueBy ?? null });
    if (r.known('organisation', c.madeBy, `${where}.madeBy`, r.keys.orgs.has(c.madeBy))) r.batch.rel('MADE_BY', ['Commitment', id], ['Organisation', ids.organisation(c.madeBy)]);
    if (c.spokesperson && r.known('person', c.spokesperson, `${where}.spokesperson`, r.keys.people.has(c.spokesperson))) {
      r.batch.rel('STATED_BY', ['Commitment', id], ['Person', ids.person(c.spokesperson)]);
    }
    r.evidence.attach(r.batch, 'Commitment', id, c.evidence, where);
  });
}

function resolveActions(r: Resolution): void {
  const recommendationKeys = new Set(r.seeds['facts/inspections.yaml'].flatMap((s) => s.recommendations.map((_, j) => `${inspectionKey(s)}#${j + 1}`)));
  r.seeds['facts/actions.yaml'].forEach((a, i) => {
    const where = `${F.actions}: [${i}]`;
    const id = ids.action(a.key);
    r.batch.node('Action', id, { text: a.text });
    if (r.known('PDU', a.takenBy, `${where}.takenBy`, r.keys.pdus.has(a.takenBy))) r.batch.rel('TAKEN_BY', ['Action', id], ['PDU', ids.pdu(a.takenBy)]);
    if (r.known('inspection', a.inspection, `${where}.inspection`, r.keys.inspections.has(a.inspection))) r.batch.rel('RESPONDS_TO', ['Action', id], ['Inspection', inspectionId(a.inspection)]);
    a.addresses.forEach((k, j) => {
      if (r.known('recommendation', k, `${where}.addresses[${j}]`, recommendationKeys.has(k))) r.batch.rel('ADDRESSES', ['Action', id], ['Recommendation', recommendationId(k)]);
    });
    r.evidence.attach(r.batch, 'Action', id, a.evidence, where);
  });
}
