/**
 * Facts that follow from other facts, derived the same way for seeds and for ingested documents:
 * - UNDER {basis: FIELDWORK_OVERLAP}: an inspection's fieldwork fell inside a pressing policy's
 *   in-force period (dates compared at the precision each is known);
 * - MENTIONS: a document names a policy, person, organisation or PDU (by name or alias, matched as
 *   whole words and case-sensitively, since aliases such as "RESET" or "IMPACT" are also ordinary
 *   words in lower case).
 */
import type { GraphBatch, NodeLabel } from './batch.ts';
import { periodsOverlap } from '../model/dates.ts';
import type { SourceText } from '../seed/evidence.ts';

export function derivePressures(batch: GraphBatch): void {
  const policies = [...(batch.nodes.get('Policy')?.values() ?? [])].filter((p) => p.props.pressure === true && p.props.inForceFrom);
  for (const insp of batch.nodes.get('Inspection')?.values() ?? []) {
    const from = String(insp.props.fieldworkFrom);
    const to = (insp.props.fieldworkTo as string | null) ?? from;
    for (const p of policies) {
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

const MENTIONABLE: NodeLabel[] = ['Policy', 'Person', 'Organisation', 'PDU'];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function deriveMentions(batch: GraphBatch, docs: readonly SourceText[]): void {
  for (const label of MENTIONABLE) {
    for (const node of batch.nodes.get(label)?.values() ?? []) {
      const names = [node.props.name, node.props.code, ...((node.props.aliases as string[] | undefined) ?? [])]
        .filter((n): n is string => typeof n === 'string' && n.length > 1);
      // Longest first, so "Leicester, Leicestershire and Rutland" wins over "Leicester".
      names.sort((a, b) => b.length - a.length);
      const pattern = new RegExp(`(?<![\\w])(${names.map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+')).join('|')})(?![\\w])`);
      for (const doc of docs) {
        const m = pattern.exec(doc.text);
        if (!m) continue;
        batch.rel('MENTIONS', ['Document', doc.id], [label, node.id], { quote: m[0], start: m.index, end: m.index + m[0].length });
      }
    }
  }
}
