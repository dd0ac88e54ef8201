/**
 * Turning validated seed files into a GraphBatch: expand keys into ids, check that every reference
 * resolves and that every evidence quote occurs in its document, and derive what follows from the
 * facts (fieldwork-overlap pressures, document mentions, theme rules). All problems are collected
 * and reported together, each with the file and path it comes from; nothing is written unless the
 * whole seed is sound.
 */
import { ids } from '../../model/ids.ts';
import { GraphBatch } from '../../graph/batch.ts';
import type { SeedFiles } from './read.ts';
import { SeedError } from './read.ts';
import { EvidenceResolver } from './evidence.ts';
import { sourceText, type SourceText } from '../../text/source-text.ts';
import { derivePressures } from '../../graph/derive/pressures.ts';
import { deriveMentions } from '../../graph/derive/mentions.ts';
import { assignThemes } from '../../graph/derive/themes.ts';

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
  themes: 'seeds/themes.yaml',
};

/** `leeds:2024-08` → `inspection:leeds:2024-08`. */
const inspectionId = (key: string) => `inspection:${key}`;
const recommendationId = (key: string) => {
  const [insp, n] = key.split('#') as [string, string];
  return ids.recommendation(inspectionId(insp), Number(n));
};

export function resolveSeeds(seeds: SeedFiles, texts: Map<string, string>): GraphBatch {
  const batch = new GraphBatch();
  const problems: string[] = [];
  const docs = new Map<string, SourceText>();
  for (const d of seeds['documents/documents.yaml']) {
    const text = texts.get(d.file);
    if (text === undefined) {
      problems.push(`${F.docs}: ${d.key}.file: seeds/documents/${d.file} does not exist`);
      continue;
    }
    docs.set(d.key, sourceText(ids.document(d.key), text));
  }
  const evidence = new EvidenceResolver(docs);
  const known = (label: string, id: string, where: string, exists: boolean) => {
    if (!exists) problems.push(`${where}: unknown ${label} '${id}'`);
    return exists;
  };

  // Organisations first: documents, people and policies refer to them.
  const orgs = seeds['facts/organisations.yaml'];
  const orgKeys = new Set(orgs.map((o) => o.key));
  orgs.forEach((o, i) => {
    const id = ids.organisation(o.key);
    batch.node('Organisation', id, {
      name: o.name, aliases: o.aliases, kind: o.kind, description: o.description ?? null,
      until: o.until ?? null, sources: o.sources,
    });
    if (o.partOf && known('organisation', o.partOf, `${F.orgs}: [${i}].partOf`, orgKeys.has(o.partOf))) {
      batch.rel('PART_OF', ['Organisation', id], ['Organisation', ids.organisation(o.partOf)]);
    }
    evidence.attach(batch, 'Organisation', id, o.evidence, `${F.orgs}: [${i}]`);
  });

  const inspectionKeys = new Set(seeds['facts/inspections.yaml'].map((s) => `${s.pdu}:${s.fieldworkFrom}`));

  seeds['documents/documents.yaml'].forEach((d, i) => {
    const doc = docs.get(d.key);
    if (!doc) return;
    batch.node('Document', doc.id, {
      key: d.key, title: d.title, kind: d.kind, url: d.url, publishedOn: d.publishedOn,
      dateNote: d.dateNote ?? null, licence: d.licence ?? null, sha256: doc.sha256, text: doc.text,
      file: d.file, source: 'seed',
    });
    if (known('organisation', d.publisher, `${F.docs}: [${i}].publisher`, orgKeys.has(d.publisher))) {
      batch.rel('PUBLISHED_BY', ['Document', doc.id], ['Organisation', ids.organisation(d.publisher)]);
    }
    d.reports.forEach((r, j) => {
      if (known('inspection', r, `${F.docs}: [${i}].reports[${j}]`, inspectionKeys.has(r))) {
        batch.rel('REPORTS', ['Document', doc.id], ['Inspection', inspectionId(r)]);
      }
    });
  });

  const regionsFile = seeds['facts/regions.yaml'];
  const regionKeys = new Set<string>();
  regionsFile.regions.forEach((r, i) => {
    const id = ids.region(r.name);
    regionKeys.add(id);
    batch.node('Region', id, { name: r.name, aliases: r.aliases, statedPduCount: r.statedPduCount ?? null, sources: regionsFile.sources });
    evidence.attach(batch, 'Region', id, r.evidence, `${F.regions}: regions[${i}]`);
  });

  const people = seeds['facts/people.yaml'];
  people.forEach((p, i) => {
    const id = ids.person(p.key);
    batch.node('Person', id, { name: p.name, aliases: p.aliases });
    p.roles.forEach((role, j) => {
      const where = `${F.people}: [${i}].roles[${j}]`;
      if (!known('organisation', role.organisation, `${where}.organisation`, orgKeys.has(role.organisation))) return;
      batch.rel('HELD', ['Person', id], ['Organisation', ids.organisation(role.organisation)],
        { title: role.title, from: role.from ?? null, until: role.until ?? null }, ['title']);
      evidence.attach(batch, 'Person', id, role.evidence.map((e) => ({ ...e, about: e.about ?? `role: ${role.title}` })), where);
    });
  });
  const personKeys = new Set(people.map((p) => p.key));

  const policies = seeds['facts/policies.yaml'];
  policies.forEach((p, i) => {
    const id = ids.policy(p.code);
    batch.node('Policy', id, {
      code: p.code, name: p.name, aliases: p.aliases, kind: p.kind, pressure: p.pressure,
      announcedOn: p.announcedOn, inForceFrom: p.inForceFrom, inForceUntil: p.inForceUntil,
      dateNotes: p.dateNotes ?? null, summary: p.summary, sources: p.sources,
    });
    p.responsible.forEach((o, j) => {
      if (known('organisation', o, `${F.policies}: [${i}].responsible[${j}]`, orgKeys.has(o))) {
        batch.rel('RESPONSIBLE_FOR', ['Organisation', ids.organisation(o)], ['Policy', id]);
      }
    });
  });
  const policyCodes = new Set(policies.map((p) => p.code));

  const pdus = seeds['facts/pdus.yaml'];
  const pduKeys = new Set(pdus.map((p) => p.key));
  pdus.forEach((p, i) => {
    const id = ids.pdu(p.key);
    batch.node('PDU', id, { name: p.name, aliases: p.aliases });
    const regionId = ids.region(p.region);
    if (known('region', p.region, `${F.pdus}: [${i}].region`, regionKeys.has(regionId))) {
      batch.rel('IN_REGION', ['PDU', id], ['Region', regionId]);
    }
    evidence.attach(batch, 'PDU', id, p.evidence, `${F.pdus}: [${i}]`);
  });

  const themes = seeds['themes.yaml'];
  const themeKeys = new Set(themes.themes.map((t) => t.key));
  for (const t of themes.themes) {
    batch.node('Theme', ids.theme(t.key), { key: t.key, name: t.name, description: t.description, phrases: t.phrases, taxonomyVersion: themes.version });
  }

  const pduNames = new Map(pdus.map((p) => [p.key, p.name]));
  seeds['facts/inspections.yaml'].forEach((s, i) => {
    const where = `${F.inspections}: [${i}]`;
    const key = `${s.pdu}:${s.fieldworkFrom}`;
    const id = inspectionId(key);
    batch.node('Inspection', id, {
      name: `${pduNames.get(s.pdu) ?? s.pdu} ${s.fieldworkFrom}`,
      rating: s.rating, fieldworkFrom: s.fieldworkFrom, fieldworkTo: s.fieldworkTo ?? s.fieldworkFrom,
      publishedOn: s.publishedOn, casesExamined: s.casesExamined, casesDescription: s.casesDescription ?? null,
      recommendationCount: s.recommendationCount, recommendationsComplete: s.recommendationsComplete,
    });
    if (known('PDU', s.pdu, `${where}.pdu`, pduKeys.has(s.pdu))) batch.rel('OF', ['Inspection', id], ['PDU', ids.pdu(s.pdu)]);
    if (s.follows && known('inspection', s.follows, `${where}.follows`, inspectionKeys.has(s.follows))) {
      batch.rel('FOLLOWS', ['Inspection', id], ['Inspection', inspectionId(s.follows)]);
    }
    evidence.attach(batch, 'Inspection', id, s.evidence, where);
    s.recommendations.forEach((r, j) => {
      const rid = ids.recommendation(id, j + 1);
      batch.node('Recommendation', rid, { text: r.text, verbatim: r.verbatim, position: j + 1 });
      batch.rel('RECOMMENDS', ['Inspection', id], ['Recommendation', rid]);
      evidence.attach(batch, 'Recommendation', rid, r.evidence, `${where}.recommendations[${j}]`);
      r.themes.forEach((t, k) => {
        if (known('theme', t, `${where}.recommendations[${j}].themes[${k}]`, themeKeys.has(t))) {
          batch.rel('ABOUT', ['Recommendation', rid], ['Theme', ids.theme(t)], { basis: 'CURATED', rule: null, matched: [] }, ['basis']);
        }
      });
    });
    s.findings.forEach((f, j) => {
      const fid = ids.finding(id, j + 1);
      batch.node('Finding', fid, { text: f.text, polarity: f.polarity, position: j + 1 });
      batch.rel('FOUND', ['Inspection', id], ['Finding', fid]);
      evidence.attach(batch, 'Finding', fid, f.evidence, `${where}.findings[${j}]`);
      f.themes.forEach((t, k) => {
        if (known('theme', t, `${where}.findings[${j}].themes[${k}]`, themeKeys.has(t))) {
          batch.rel('ABOUT', ['Finding', fid], ['Theme', ids.theme(t)], { basis: 'CURATED', rule: null, matched: [] }, ['basis']);
        }
      });
    });
    s.policyMentions.forEach((m, j) => {
      const w = `${where}.policyMentions[${j}]`;
      if (!known('policy', m.policy, `${w}.policy`, policyCodes.has(m.policy))) return;
      const first = m.evidence[0]!;
      const found = evidence.find(first.doc, first.quote, `${w}.evidence[0]`);
      if (!found) return;
      batch.rel('UNDER', ['Inspection', id], ['Policy', ids.policy(m.policy)],
        { basis: 'DOCUMENT_MENTION', documentId: found.docId, quote: found.original }, ['basis']);
      m.evidence.slice(1).forEach((e, k) => evidence.find(e.doc, e.quote, `${w}.evidence[${k + 1}]`));
    });
  });

  seeds['facts/quotes.yaml'].forEach((q, i) => {
    const where = `${F.quotes}: [${i}]`;
    const doc = docs.get(q.doc);
    const id = ids.quote(ids.document(q.doc), i + 1);
    const found = evidence.find(q.doc, q.text, `${where}.text`);
    if (!doc || !found) return;
    batch.node('Quote', id, { text: q.text, topic: q.topic });
    batch.rel('EVIDENCED_BY', ['Quote', id], ['Document', doc.id], { quote: found.original, start: found.start, end: found.end, about: 'text' }, ['quote']);
    if (known('person', q.speaker, `${where}.speaker`, personKeys.has(q.speaker))) batch.rel('SAID', ['Person', ids.person(q.speaker)], ['Quote', id]);
    if (q.inspection && known('inspection', q.inspection, `${where}.inspection`, inspectionKeys.has(q.inspection))) {
      batch.rel('ABOUT', ['Quote', id], ['Inspection', inspectionId(q.inspection)]);
    }
  });

  seeds['facts/commitments.yaml'].forEach((c, i) => {
    const where = `${F.commitments}: [${i}]`;
    const id = ids.commitment(c.key);
    batch.node('Commitment', id, { text: c.text, dueBy: c.dueBy ?? null });
    if (known('organisation', c.madeBy, `${where}.madeBy`, orgKeys.has(c.madeBy))) batch.rel('MADE_BY', ['Commitment', id], ['Organisation', ids.organisation(c.madeBy)]);
    if (c.spokesperson && known('person', c.spokesperson, `${where}.spokesperson`, personKeys.has(c.spokesperson))) {
      batch.rel('STATED_BY', ['Commitment', id], ['Person', ids.person(c.spokesperson)]);
    }
    evidence.attach(batch, 'Commitment', id, c.evidence, where);
  });

  const recommendationKeys = new Set(seeds['facts/inspections.yaml'].flatMap((s) => s.recommendations.map((_, j) => `${s.pdu}:${s.fieldworkFrom}#${j + 1}`)));
  seeds['facts/actions.yaml'].forEach((a, i) => {
    const where = `${F.actions}: [${i}]`;
    const id = ids.action(a.key);
    batch.node('Action', id, { text: a.text });
    if (known('PDU', a.takenBy, `${where}.takenBy`, pduKeys.has(a.takenBy))) batch.rel('TAKEN_BY', ['Action', id], ['PDU', ids.pdu(a.takenBy)]);
    if (known('inspection', a.inspection, `${where}.inspection`, inspectionKeys.has(a.inspection))) batch.rel('RESPONDS_TO', ['Action', id], ['Inspection', inspectionId(a.inspection)]);
    a.addresses.forEach((r, j) => {
      if (known('recommendation', r, `${where}.addresses[${j}]`, recommendationKeys.has(r))) batch.rel('ADDRESSES', ['Action', id], ['Recommendation', recommendationId(r)]);
    });
    evidence.attach(batch, 'Action', id, a.evidence, where);
  });

  derivePressures(batch);
  deriveMentions(batch, [...docs.values()]);
  assignThemes(batch, themes.themes);

  const all = [...problems, ...evidence.problems];
  if (all.length > 0) {
    const shown = all.slice(0, 25).map((p) => `  ${p}`).join('\n');
    throw new SeedError(`the seeds have ${all.length} problem(s):\n${shown}${all.length > 25 ? `\n  ... and ${all.length - 25} more` : ''}`);
  }
  return batch;
}
