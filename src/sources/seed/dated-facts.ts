/**
 * The seeds' dated facts beyond the documents: who held a dated public post and when
 * (seeds/facts/chief-inspectors.yaml), which inspection programme was in force when
 * (seeds/facts/frameworks.yaml), and how far commitments and actions had got where a document says
 * (the `owner`, `status`, `statusAsOf` and `dueBy` of commitments.yaml and actions.yaml). resolve.ts
 * calls resolveDatedFacts after its own rules, so the nodes these facts extend are in the batch.
 *
 * Vocabulary:
 *   tenure       one holder of a dated role (HELD {role, from, until})
 *   period       for comparing with fieldwork windows (src/analysis/periods.ts), four days:
 *                `periodStart`/`periodEnd` the first and last days the period can cover (it
 *                possibly applies there), `periodStartCertain`/`periodEndCertain` the first and
 *                last days it surely covers. A date given as a month or a year ("from 2023-10")
 *                began on an unknown day of it: possibly from its first day, surely from its last;
 *                and the same in months (monthBounds), which is what fieldwork windows compare with
 *   open tenure  `until` null: no page gives an end. When a later holder of the same role took
 *                office, the tenure ended before that day at the latest: `periodEnd` is the day
 *                before, with untilBasis DERIVED and the rule SUCCESSOR_TOOK_OFFICE; otherwise the
 *                holder is in post as far as the sources go (untilBasis UNKNOWN, periodEnd null)
 */
import { ids } from '../../model/ids.ts';
import { addMonths, dayBefore, endOf, startOf } from '../../model/dates.ts';
import type { TenureSpec } from '../../model/facts.ts';
import type { GraphBatch, Props } from '../../graph/batch.ts';
import type { EvidenceResolver } from './evidence.ts';
import type { SeedFiles } from './read.ts';

export const SUCCESSOR_TOOK_OFFICE = 'SUCCESSOR_TOOK_OFFICE';

/**
 * The period's bounds in months, for comparing with fieldwork windows (which are months): the first
 * and last month it touches (`monthFrom`, `monthUntil`) and the first and last month it covers
 * wholly (`monthFromCertain`, `monthUntilCertain`); an end null when none is known.
 */
export function monthBounds(p: { periodStart: string; periodStartCertain: string; periodEnd: string | null; periodEndCertain: string | null }): Props {
  const month = (day: string) => day.slice(0, 7);
  const firstWhole = (day: string) => (day.endsWith('-01') ? month(day) : addMonths(month(day), 1));
  const lastWhole = (day: string) => (day === endOf(month(day)) ? month(day) : addMonths(month(day), -1));
  return {
    monthFrom: month(p.periodStart), monthFromCertain: firstWhole(p.periodStartCertain),
    monthUntil: p.periodEnd === null ? null : month(p.periodEnd), monthUntilCertain: p.periodEndCertain === null ? null : lastWhole(p.periodEndCertain),
  };
}

/** A period's days and months (see the top of this file). */
function period(start: Props & { periodStart: string; periodStartCertain: string }, end: Props): Props {
  const bounds = { ...start, periodEnd: (end.periodEnd as string | null) ?? null, periodEndCertain: (end.periodEndCertain as string | null) ?? null };
  return { ...end, ...bounds, ...monthBounds(bounds) };
}

const F = {
  tenures: 'seeds/facts/chief-inspectors.yaml',
  frameworks: 'seeds/facts/frameworks.yaml',
  commitments: 'seeds/facts/commitments.yaml',
  actions: 'seeds/facts/actions.yaml',
};

export interface DatedFactsContext {
  batch: GraphBatch;
  seeds: SeedFiles;
  evidence: EvidenceResolver;
  problems: string[];
  organisations: ReadonlySet<string>;
}

export function resolveDatedFacts(c: DatedFactsContext): void {
  resolveTenures(c);
  resolveFrameworks(c);
  resolveProgress(c);
}

/** When a tenure ends, and on what basis: stated, derived from the successor's start, or unknown. */
export function tenureEnd(t: Pick<TenureSpec, 'from' | 'until' | 'untilNote' | 'name'>, successor: Pick<TenureSpec, 'from' | 'name'> | undefined): Props {
  if (t.until !== null) {
    return { periodEnd: endOf(t.until), periodEndCertain: startOf(t.until), untilBasis: 'STATED', untilRule: null, untilExplanation: `in post until ${t.until}, as the sources state` };
  }
  if (successor) {
    const end = dayBefore(startOf(successor.from));
    // Only the latest possible end is known: the holder is surely in post on no day after the start.
    return {
      periodEnd: end, periodEndCertain: endOf(t.from), untilBasis: 'DERIVED', untilRule: SUCCESSOR_TOOK_OFFICE,
      untilExplanation: `no source gives the end; ${successor.name} took office ${successor.from}, so ${t.name} was in post until ${end} at the latest (rule ${SUCCESSOR_TOOK_OFFICE})`,
    };
  }
  return { periodEnd: null, periodEndCertain: null, untilBasis: 'UNKNOWN', untilRule: null, untilExplanation: t.untilNote ?? 'no source gives the end' };
}

function resolveTenures(c: DatedFactsContext): void {
  const tenures = c.seeds['facts/chief-inspectors.yaml'];
  tenures.forEach((t, i) => {
    const where = `${F.tenures}: [${i}]`;
    if (!c.organisations.has(t.organisation)) {
      c.problems.push(`${where}.organisation: unknown organisation '${t.organisation}'`);
      return;
    }
    const personId = ids.person(t.person);
    const person = c.batch.nodes.get('Person')?.get(personId)?.props;
    // A person people.yaml already holds keeps their name and aliases; the tenure adds its sources.
    const sources = [...new Set([...((person?.sources as string[] | undefined) ?? []), ...t.sources])];
    c.batch.node('Person', personId, { name: t.name, aliases: [], ...person, sources });
    const successor = tenures.filter((o) => o.role === t.role && startOf(o.from) > startOf(t.from)).sort((a, b) => startOf(a.from).localeCompare(startOf(b.from)))[0];
    const held: Props = {
      title: t.title, role: t.role, interim: t.interim, styledAs: t.styledAs, from: t.from, until: t.until,
      ...period({ periodStart: startOf(t.from), periodStartCertain: endOf(t.from) }, tenureEnd(t, successor)), sources: t.sources, notes: t.notes ?? null,
    };
    upsertHeld(c.batch, personId, ids.organisation(t.organisation), held);
  });
}

/**
 * The role a person holds, dated: the same title at the same organisation is one HELD (people.yaml
 * gives its evidence, this file its dates), so an existing row takes the dates rather than a second
 * relationship being added beside it.
 */
function upsertHeld(batch: GraphBatch, personId: string, organisationId: string, props: Props): void {
  for (const g of batch.relationships) {
    if (g.type !== 'HELD') continue;
    const row = g.rows.find((r) => r.from === personId && r.to === organisationId && r.props.title === props.title);
    if (row) {
      row.props = { ...row.props, ...props };
      return;
    }
  }
  batch.rel('HELD', ['Person', personId], ['Organisation', organisationId], props, ['title']);
}

function resolveFrameworks(c: DatedFactsContext): void {
  for (const f of c.seeds['facts/frameworks.yaml']) {
    c.batch.node('Framework', `framework:${f.key}`, {
      key: f.key, name: f.name, from: f.from, until: f.until, inspects: f.inspects, summary: f.summary,
      sources: f.sources, notes: f.notes ?? null,
      ...period({ periodStart: startOf(f.from), periodStartCertain: endOf(f.from) },
        { periodEnd: f.until === null ? null : endOf(f.until), periodEndCertain: f.until === null ? null : startOf(f.until) }),
    });
  }
}

/** Owners, statuses and due dates of commitments and actions, onto the nodes resolve.ts made. */
function resolveProgress(c: DatedFactsContext): void {
  c.seeds['facts/commitments.yaml'].forEach((s, i) => {
    const where = `${F.commitments}: [${i}]`;
    const id = ids.commitment(s.key);
    extend(c.batch, 'Commitment', id, { status: s.status ?? null, statusAsOf: s.statusAsOf ?? null });
    if (s.owner) {
      if (c.organisations.has(s.owner)) c.batch.rel('OWNED_BY', ['Commitment', id], ['Organisation', ids.organisation(s.owner)]);
      else c.problems.push(`${where}.owner: unknown organisation '${s.owner}'`);
    }
    c.evidence.attach(c.batch, 'Commitment', id, s.statusEvidence, `${where}.statusEvidence`);
  });
  c.seeds['facts/actions.yaml'].forEach((s, i) => {
    const id = ids.action(s.key);
    extend(c.batch, 'Action', id, { dueBy: s.dueBy ?? null, status: s.status ?? null, statusAsOf: s.statusAsOf ?? null });
    c.evidence.attach(c.batch, 'Action', id, s.statusEvidence, `${F.actions}: [${i}].statusEvidence`);
  });
}

function extend(batch: GraphBatch, label: 'Commitment' | 'Action', id: string, props: Props): void {
  const row = batch.nodes.get(label)?.get(id);
  if (row) batch.node(label, id, { ...row.props, ...props });
}
