/**
 * The graph's invariants: what must hold on any graph this project writes, whatever was loaded,
 * checked on a live database by `probation-graph check` (and by a test over the default graph).
 * Each rule returns its failures, each naming the node (or relationship) by id; an empty list means
 * the rule holds.
 *
 * Rules:
 *   no-contact-details     no phone number or e-mail address in any string property, of any node or relationship
 *   pressure-in-period     no inspection UNDER a policy whose in-force period its fieldwork window misses;
 *                          CERTAIN only when the whole window lies inside the period
 *   dates-with-basis       every inspection's fieldwork has a basis (STATED with the months, DERIVED with its
 *                          rule and window, or UNKNOWN); a stated publication date says so; fieldwork before publication
 *   pdu-in-region          every PDU in exactly one region; a PDU whose region seeds/ declares unknown
 *                          (regionUnknown, with the reason) is listed as a known gap, not a failure
 *   no-duplicate-findings  no two findings of one inspection (same polarity) that say the same thing
 *   evidence-offsets       every evidence quote and mention is its document's text at its offsets
 *   facts-with-evidence    every fact-bearing node has evidence from a document, or source URLs
 */
import type { Database } from '../db/database.ts';
import { endOf, periodsOverlap, periodWithin } from '../model/dates.ts';
import { EMAIL, PHONE } from '../text/contacts.ts';
import { nearDuplicate } from '../text/same.ts';

export interface Failure {
  rule: string;
  id: string;
  message: string;
  /** A gap the data declares (with its reason): listed, but the graph still holds the invariant. */
  gap?: true;
}

export interface CheckReport {
  rules: Array<{ rule: string; description: string; failures: number; gaps: number }>;
  failures: Failure[];
  /** Known gaps, each declared in seeds/ with its reason. */
  gaps: Failure[];
}

interface Rule {
  rule: string;
  description: string;
  run(db: Database): Promise<Failure[]>;
}

/** A Java regular expression (Cypher's =~ matches the whole string) finding a contact detail anywhere. */
const CONTACT = `(?s).*(?:${EMAIL.source}|${PHONE.source}).*`;

const NO_CONTACTS: Rule = {
  rule: 'no-contact-details',
  description: 'no phone number or e-mail address in any string property',
  async run(db) {
    const where = `any(k IN keys(x) WHERE (x[k] IS :: STRING AND x[k] =~ $re) OR (x[k] IS :: LIST<STRING> AND any(s IN x[k] WHERE s =~ $re)))`;
    const r = await db.query(`
      CALL () { MATCH (x) WHERE ${where} RETURN coalesce(x.id, elementId(x)) AS id, [k IN keys(x) WHERE x[k] IS :: STRING AND x[k] =~ $re] AS keys
        UNION ALL MATCH (a)-[x]->(b) WHERE ${where} RETURN a.id + ' -[' + type(x) + ']-> ' + b.id AS id, [k IN keys(x) WHERE x[k] IS :: STRING AND x[k] =~ $re] AS keys }
      RETURN id, keys LIMIT 1000`, { re: CONTACT });
    return r.records.map((rec) => ({ rule: this.rule, id: rec.get('id') as string, message: `a phone number or e-mail address in ${(rec.get('keys') as string[]).join(', ') || 'a list property'}` }));
  },
};

const PRESSURE_IN_PERIOD: Rule = {
  rule: 'pressure-in-period',
  description: 'every UNDER lies in the policy\'s in-force period, and is CERTAIN only when the whole fieldwork window does',
  async run(db) {
    const r = await db.query(`
      MATCH (i:Inspection)-[u:UNDER]->(p:Policy)
      RETURN i.id AS id, p.code AS code, u.basis AS basis, u.certainty AS certainty,
        coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) AS wf, coalesce(i.fieldworkWindowTo, i.fieldworkTo, i.fieldworkFrom) AS wt,
        p.inForceFrom AS start, p.inForceUntil AS end, p.pressure AS pressure`);
    const out: Failure[] = [];
    for (const rec of r.records) {
      const v = (k: string): string | null => (rec.get(k) as string | null) ?? null;
      const [id, code, basis, certainty, wf, wt, start, end] = [v('id'), v('code'), v('basis'), v('certainty'), v('wf'), v('wt'), v('start'), v('end')];
      const fail = (message: string) => out.push({ rule: this.rule, id: id!, message: `UNDER ${code} (${basis}): ${message}` });
      if (rec.get('pressure') !== true) fail('the policy is background, not a pressure');
      else if (!wf || !start) fail('no fieldwork window or no in-force date to place it in time');
      else if (!periodsOverlap(wf, wt, start, end)) fail(`fieldwork ${wf} to ${wt} lies outside the in-force period ${start} to ${end ?? 'now'}`);
      else if (certainty === 'CERTAIN' && !periodWithin(wf, wt, start, end)) fail(`CERTAIN, but the window ${wf} to ${wt} lies only partly inside ${start} to ${end ?? 'now'}`);
      else if (certainty !== 'CERTAIN' && certainty !== 'POSSIBLE') fail('no certainty');
    }
    return out;
  },
};

const DATES_WITH_BASIS: Rule = {
  rule: 'dates-with-basis',
  description: 'every inspection date says whether a document states it or which rule derives it',
  async run(db) {
    const r = await db.query(`MATCH (i:Inspection) RETURN i {.id, .fieldworkFrom, .fieldworkTo, .fieldworkBasis, .fieldworkRule,
      .fieldworkWindowFrom, .fieldworkWindowTo, .publishedOn, .publishedOnBasis} AS i`);
    const out: Failure[] = [];
    for (const rec of r.records) {
      const i = rec.get('i') as Record<string, string | null>;
      const fail = (message: string) => out.push({ rule: this.rule, id: i.id!, message });
      if (i.fieldworkBasis === 'STATED' && !i.fieldworkFrom) fail('fieldwork STATED but no fieldwork months');
      else if (i.fieldworkBasis === 'DERIVED' && (!i.fieldworkRule || !i.fieldworkWindowFrom || i.fieldworkFrom)) fail('fieldwork DERIVED without its rule and window, or beside stated months');
      else if (i.fieldworkBasis === 'UNKNOWN' && (i.fieldworkFrom || i.fieldworkWindowFrom)) fail('fieldwork UNKNOWN but a date is stored');
      else if (!['STATED', 'DERIVED', 'UNKNOWN'].includes(String(i.fieldworkBasis))) fail('fieldwork has no basis');
      if (i.publishedOn && i.publishedOnBasis !== 'STATED') fail('a publication date without its basis');
      const windowEnd = i.fieldworkTo ?? i.fieldworkFrom;
      if (windowEnd && i.publishedOn && endOf(windowEnd).slice(0, 7) > i.publishedOn.slice(0, 7)) fail(`fieldwork (to ${windowEnd}) after publication (${i.publishedOn})`);
    }
    return out;
  },
};

const PDU_IN_REGION: Rule = {
  rule: 'pdu-in-region',
  description: 'every PDU is in exactly one region',
  async run(db) {
    const r = await db.query('MATCH (p:PDU) WITH p, COUNT { (p)-[:IN_REGION]->(:Region) } AS n WHERE n <> 1 RETURN p.id AS id, p.name AS name, p.regionUnknown AS unknown, n ORDER BY id');
    return r.records.map((rec) => {
      const name = rec.get('name') as string;
      const unknown = rec.get('unknown') as string | null;
      const n = Number(rec.get('n'));
      if (n > 1) return { rule: this.rule, id: rec.get('id') as string, message: `${name}: in ${n} regions` };
      if (unknown) return { rule: this.rule, id: rec.get('id') as string, message: `${name}: region unknown (${unknown})`, gap: true as const };
      return { rule: this.rule, id: rec.get('id') as string, message: `${name}: no region, and seeds/facts/pdus.yaml neither gives one nor says why not` };
    });
  },
};

const NO_DUPLICATE_FINDINGS: Rule = {
  rule: 'no-duplicate-findings',
  description: 'no two findings of one inspection say the same thing',
  async run(db) {
    const r = await db.query('MATCH (i:Inspection)-[:FOUND]->(f:Finding) RETURN i.id AS id, collect(f {.id, .text, .polarity}) AS findings');
    const out: Failure[] = [];
    for (const rec of r.records) {
      const fs = rec.get('findings') as Array<{ id: string; text: string; polarity: string }>;
      for (let a = 0; a < fs.length; a++) {
        for (let b = a + 1; b < fs.length; b++) {
          if (fs[a]!.polarity === fs[b]!.polarity && nearDuplicate(fs[a]!.text, fs[b]!.text)) out.push({ rule: this.rule, id: fs[b]!.id, message: `says what ${fs[a]!.id} says` });
        }
      }
    }
    return out;
  },
};

const EVIDENCE_OFFSETS: Rule = {
  rule: 'evidence-offsets',
  description: 'every evidence quote and mention is its document\'s text at its offsets',
  async run(db) {
    const r = await db.query(`
      MATCH (n)-[e:EVIDENCED_BY|MENTIONS]-(d:Document)
      WHERE (type(e) = 'EVIDENCED_BY' OR startNode(e) = d) AND e.start IS NOT NULL
        AND (d.text IS NULL OR substring(d.text, e.start, e.end - e.start) <> e.quote)
      RETURN n.id AS id, type(e) AS type, d.id AS doc, e.quote AS quote LIMIT 1000`);
    return r.records.map((rec) => ({ rule: this.rule, id: rec.get('id') as string, message: `${rec.get('type') as string} ${rec.get('doc') as string}: "${String(rec.get('quote')).slice(0, 60)}" is not at its offsets` }));
  },
};

const FACT_LABELS = ['PDU', 'Inspection', 'Recommendation', 'Finding', 'Quote', 'Person', 'Organisation', 'Commitment', 'Action', 'Conflict', 'Policy', 'Region'];

const FACTS_WITH_EVIDENCE: Rule = {
  rule: 'facts-with-evidence',
  description: 'every fact-bearing node has evidence from a document, or source URLs',
  async run(db) {
    const r = await db.query(`
      MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
        AND NOT EXISTS { (n)-[:EVIDENCED_BY]->(:Document) } AND size(coalesce(n.sources, [])) = 0
      RETURN n.id AS id, labels(n)[0] AS label ORDER BY id LIMIT 1000`, { labels: FACT_LABELS });
    return r.records.map((rec) => ({ rule: this.rule, id: rec.get('id') as string, message: `${rec.get('label') as string} with neither evidence nor sources` }));
  },
};

export const RULES: readonly Rule[] = [NO_CONTACTS, PRESSURE_IN_PERIOD, DATES_WITH_BASIS, PDU_IN_REGION, NO_DUPLICATE_FINDINGS, EVIDENCE_OFFSETS, FACTS_WITH_EVIDENCE];

/** Run every rule; the graph is sound when `failures` is empty (declared gaps are listed apart). */
export async function checkGraph(db: Database): Promise<CheckReport> {
  const report: CheckReport = { rules: [], failures: [], gaps: [] };
  for (const rule of RULES) {
    const found = await rule.run(db);
    const gaps = found.filter((f) => f.gap);
    report.rules.push({ rule: rule.rule, description: rule.description, failures: found.length - gaps.length, gaps: gaps.length });
    report.failures.push(...found.filter((f) => !f.gap));
    report.gaps.push(...gaps);
  }
  return report;
}
