/**
 * MENTIONS: a document names a policy, person, organisation or PDU (by name or alias, matched as
 * whole words and case-sensitively, since aliases such as "RESET" or "IMPACT" are also ordinary
 * words in lower case). Derived the same way for seeds and for ingested documents.
 */
import type { GraphBatch, NodeLabel } from '../batch.ts';
import type { SourceText } from '../../text/source-text.ts';

const MENTIONABLE: NodeLabel[] = ['Policy', 'Person', 'Organisation', 'PDU'];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A node a document may mention, by its name, code or aliases (a node already in the graph). */
export interface MentionTarget {
  label: NodeLabel;
  id: string;
  names: readonly (string | null | undefined)[];
}

/**
 * `targets` defaults to the mentionable nodes of the batch; ingestion adds the graph's own (a new
 * document mentions PDUs, people and policies that are not in its batch).
 */
export function deriveMentions(batch: GraphBatch, docs: readonly SourceText[], targets: readonly MentionTarget[] = []): void {
  const all: MentionTarget[] = [];
  for (const label of MENTIONABLE) {
    for (const node of batch.nodes.get(label)?.values() ?? []) {
      all.push({ label, id: node.id, names: [node.props.name as string | undefined, node.props.code as string | undefined, ...((node.props.aliases as string[] | undefined) ?? [])] });
    }
  }
  const seen = new Set(all.map((t) => `${t.label}|${t.id}`));
  for (const t of targets) if (MENTIONABLE.includes(t.label) && !seen.has(`${t.label}|${t.id}`)) all.push(t);
  for (const node of all) {
    const names = node.names.filter((n): n is string => typeof n === 'string' && n.length > 1);
    if (names.length === 0) continue;
    // Longest first, so "Leicester, Leicestershire and Rutland" wins over "Leicester".
    names.sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\w])(${names.map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+')).join('|')})(?![\\w])`);
    for (const doc of docs) {
      const m = pattern.exec(doc.text);
      if (!m) continue;
      batch.rel('MENTIONS', ['Document', doc.id], [node.label, node.id], { quote: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
}
