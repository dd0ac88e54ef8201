/**
 * UNDER {basis: FIELDWORK_OVERLAP}: an inspection's fieldwork fell inside a pressing policy's
 * in-force period (dates compared at the precision each is known). Derived the same way for seeds
 * and for ingested documents.
 */
import type { GraphBatch, NodeRow } from '../batch.ts';
import { periodsOverlap } from '../../model/dates.ts';

/**
 * `policies` defaults to the Policy nodes of the batch (seeds carry them all); ingestion passes the
 * graph's policies instead, since a document's batch holds no Policy node. An inspection whose
 * fieldwork is not known (`fieldworkFrom` null: known only from a news report) gets none.
 */
export function derivePressures(batch: GraphBatch, policies: Iterable<NodeRow> = batch.nodes.get('Policy')?.values() ?? []): void {
  const pressing = [...policies].filter((p) => p.props.pressure === true && p.props.inForceFrom);
  for (const insp of batch.nodes.get('Inspection')?.values() ?? []) {
    if (typeof insp.props.fieldworkFrom !== 'string' || insp.props.fieldworkFrom === '') continue;
    const from = insp.props.fieldworkFrom;
    const to = (insp.props.fieldworkTo as string | null) ?? from;
    for (const p of pressing) {
      const start = p.props.inForceFrom as string;
      const end = (p.props.inForceUntil as string | null) ?? null;
      if (!periodsOverlap(from, to, start, end)) continue;
      batch.rel('UNDER', ['Inspection', insp.id], ['Policy', p.id], {
        basis: 'FIELDWORK_OVERLAP',
        explanation: `fieldwork ${from === to ? from : `${from} to ${to}`} fell within ${p.props.code}'s in-force period (${start} to ${end ?? 'now'})`,
        documentId: null, quote: null,
      }, ['basis']);
    }
  }
}
