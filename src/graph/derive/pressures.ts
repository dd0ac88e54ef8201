/**
 * Pressure is a matter of time. An inspection is UNDER a policy only when the policy was in force
 * during its fieldwork; a document's naming of a policy can only confirm that, never move it in time.
 * Derived the same way for seeds and for ingested documents, from facts already in the batch.
 *
 * Vocabulary:
 * - window: the inspection's fieldwork months, STATED by a document or DERIVED by a named rule
 *   (dates.ts); an inspection with no window gets no pressure.
 * - certainty: CERTAIN when the whole window lies inside the policy's in-force period, POSSIBLE
 *   when only part of it does (a derived window, or a month that straddles the start day).
 *
 * Rules:
 * 1. FIELDWORK_OVERLAP: the window overlaps the in-force period of a policy marked `pressure`.
 * 2. DOCUMENT_MENTION: a document that REPORTS the inspection MENTIONS a pressure policy (one
 *    recogniser, mentions.ts) whose in-force period overlaps the window: the document confirms it.
 * 3. A document that reports an inspection and names a pressure policy that came into force only
 *    after the fieldwork describes later work: the PDU is AFFECTED_BY the policy from the
 *    document's date (when the policy is in force then), and the inspection is not UNDER it.
 * 4. Background (a policy not marked `pressure`: the 2021 unification, a review still to come) is
 *    a MENTIONS, never a pressure.
 */
import type { GraphBatch, NodeRow, Props } from '../batch.ts';
import { periodAfter, periodsOverlap, periodWithin } from '../../model/dates.ts';

export type Certainty = 'CERTAIN' | 'POSSIBLE';

interface Window {
  from: string;
  to: string;
  basis: string;
}

interface Policy {
  id: string;
  code: string;
  start: string;
  end: string | null;
}

/** The fieldwork window an inspection's properties give (stored window, else stated fieldwork). */
export function windowOf(props: Props): Window | null {
  const from = (props.fieldworkWindowFrom ?? props.fieldworkFrom) as string | null | undefined;
  if (!from) return null;
  const to = (props.fieldworkWindowTo ?? props.fieldworkTo ?? from) as string;
  return { from, to, basis: (props.fieldworkBasis as string | undefined) ?? 'STATED' };
}

function pressingPolicies(policies: Iterable<NodeRow>): Policy[] {
  return [...policies]
    .filter((p) => p.props.pressure === true && typeof p.props.inForceFrom === 'string')
    .map((p) => ({ id: p.id, code: p.props.code as string, start: p.props.inForceFrom as string, end: (p.props.inForceUntil as string | null) ?? null }));
}

function certaintyOf(w: Window, p: Policy): Certainty {
  return periodWithin(w.from, w.to, p.start, p.end) ? 'CERTAIN' : 'POSSIBLE';
}

const span = (w: Window): string => (w.from === w.to ? w.from : `${w.from} to ${w.to}`);
const period = (p: Policy): string => `${p.start} to ${p.end ?? 'now'}`;

/**
 * `policies` defaults to the batch's Policy nodes (seeds carry them all); ingestion passes the
 * graph's. `inspections` adds inspections the batch reports but does not hold (an ingested
 * document's matched inspections, as stored).
 */
export function derivePressures(
  batch: GraphBatch,
  policies: Iterable<NodeRow> = batch.nodes.get('Policy')?.values() ?? [],
  inspections: ReadonlyMap<string, Props> = new Map(),
): void {
  const pressing = pressingPolicies(policies);
  for (const insp of batch.nodes.get('Inspection')?.values() ?? []) deriveOverlaps(batch, insp.id, insp.props, pressing);
  deriveFromMentions(batch, pressing, inspections);
}

/** Rule 1. */
function deriveOverlaps(batch: GraphBatch, id: string, props: Props, pressing: Policy[]): void {
  const w = windowOf(props);
  if (!w) return;
  for (const p of pressing) {
    if (!periodsOverlap(w.from, w.to, p.start, p.end)) continue;
    const certainty = certaintyOf(w, p);
    batch.rel('UNDER', ['Inspection', id], ['Policy', p.id], {
      basis: 'FIELDWORK_OVERLAP', certainty, documentId: null, quote: null,
      explanation: `fieldwork ${span(w)}${w.basis === 'DERIVED' ? ' (a derived window)' : ''} ${certainty === 'CERTAIN' ? 'fell within' : 'overlaps, in part,'} ${p.code}'s in-force period (${period(p)})`,
    }, ['basis']);
  }
}

/** Rules 2 and 3: the batch's documents that report an inspection and mention a pressure policy. */
function deriveFromMentions(batch: GraphBatch, pressing: Policy[], known: ReadonlyMap<string, Props>): void {
  const byId = new Map(pressing.map((p) => [p.id, p]));
  const reports = relationsFrom(batch, 'REPORTS');
  const pduOf = new Map<string, string>();
  for (const g of batch.relationships) if (g.type === 'OF') for (const r of g.rows) pduOf.set(r.from, r.to);
  for (const g of batch.relationships) {
    if (g.type !== 'MENTIONS' || g.to !== 'Policy') continue;
    for (const m of g.rows) {
      const policy = byId.get(m.to);
      if (!policy) continue;
      const document = batch.nodes.get('Document')?.get(m.from)?.props ?? {};
      for (const inspectionId of reports.get(m.from) ?? []) {
        const props = batch.nodes.get('Inspection')?.get(inspectionId)?.props ?? known.get(inspectionId);
        if (!props) continue;
        const pduId = pduOf.get(inspectionId) ?? (props.pduId as string | undefined) ?? null;
        linkMention(batch, { inspectionId, props, pduId, policy, documentId: m.from, quote: m.props.quote as string, documentDate: (document.publishedOn as string | null) ?? null });
      }
    }
  }
}

interface Mention {
  inspectionId: string;
  props: Props;
  pduId: string | null;
  policy: Policy;
  documentId: string;
  quote: string;
  documentDate: string | null;
}

function linkMention(batch: GraphBatch, m: Mention): void {
  const w = windowOf(m.props);
  if (!w) return;
  const p = m.policy;
  if (periodsOverlap(w.from, w.to, p.start, p.end)) {
    batch.rel('UNDER', ['Inspection', m.inspectionId], ['Policy', p.id], {
      basis: 'DOCUMENT_MENTION', certainty: certaintyOf(w, p), documentId: m.documentId, quote: m.quote,
      explanation: `a document about the inspection names ${p.code} ("${m.quote}"), in force (${period(p)}) during the fieldwork (${span(w)})`,
    }, ['basis', 'documentId']);
    return;
  }
  // Rule 3: later work, named by a later document; linked to the PDU from the document's date.
  const inForceAtDocument = m.documentDate !== null && periodsOverlap(m.documentDate, m.documentDate, p.start, p.end);
  if (!m.pduId || !periodAfter(p.start, w.to) || !inForceAtDocument) return;
  batch.rel('AFFECTED_BY', ['PDU', m.pduId], ['Policy', p.id], {
    since: m.documentDate, basis: 'DOCUMENT_MENTION', documentId: m.documentId, quote: m.quote,
    explanation: `a document of ${m.documentDate} names ${p.code} ("${m.quote}"), which came into force (${p.start}) after the inspection's fieldwork (${span(w)}): later work, not that inspection`,
  }, ['documentId']);
}

function relationsFrom(batch: GraphBatch, type: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of batch.relationships) {
    if (g.type !== type) continue;
    for (const r of g.rows) out.set(r.from, [...(out.get(r.from) ?? []), r.to]);
  }
  return out;
}
