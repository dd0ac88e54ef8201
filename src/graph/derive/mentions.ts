/**
 * MENTIONS: a document names a policy, person, organisation or PDU, by its name, code, aliases or,
 * for policies, the patterns seeds/facts/policies.yaml gives. The matching is the one recogniser of
 * src/text/phrases.ts (whole words; acronyms such as RESET only in capitals), the same the extractor
 * uses, so a document mentions a policy here exactly when its extraction names it. Pressures
 * (pressures.ts) are read from these mentions. Derived the same way for seeds and for ingested
 * documents.
 */
import type { GraphBatch, NodeLabel } from '../batch.ts';
import type { SourceText } from '../../text/source-text.ts';
import { PhraseMatcher } from '../../text/phrases.ts';

const MENTIONABLE: NodeLabel[] = ['Policy', 'Person', 'Organisation', 'PDU'];

/** A node a document may mention, by its name, code, aliases or patterns (a node already in the graph). */
export interface MentionTarget {
  label: NodeLabel;
  id: string;
  names: readonly (string | null | undefined)[];
  patterns?: readonly string[];
}

/** The mentionable nodes of a batch, with the names they go by. */
function batchTargets(batch: GraphBatch): MentionTarget[] {
  const all: MentionTarget[] = [];
  for (const label of MENTIONABLE) {
    for (const node of batch.nodes.get(label)?.values() ?? []) {
      const p = node.props;
      all.push({
        label, id: node.id,
        names: [p.name as string | undefined, p.code as string | undefined, ...((p.aliases as string[] | undefined) ?? [])],
        patterns: (p.patterns as string[] | undefined) ?? [],
      });
    }
  }
  return all;
}

/** The recogniser for a set of targets, keyed `label|id`. */
export function mentionMatcher(targets: readonly MentionTarget[]): PhraseMatcher {
  return new PhraseMatcher(targets.map((t) => ({
    key: `${t.label}|${t.id}`,
    phrases: t.names.filter((n): n is string => typeof n === 'string' && n.length > 1),
    patterns: t.patterns ?? [],
  })));
}

/**
 * `targets` adds the graph's own nodes to the batch's (a new document mentions PDUs, people and
 * policies that are not in its batch). Each document mentions each node once: its first match.
 */
export function deriveMentions(batch: GraphBatch, docs: ReadonlyArray<Pick<SourceText, 'id' | 'text'>>, targets: readonly MentionTarget[] = []): void {
  const all = batchTargets(batch);
  const seen = new Set(all.map((t) => `${t.label}|${t.id}`));
  for (const t of targets) if (MENTIONABLE.includes(t.label) && !seen.has(`${t.label}|${t.id}`)) all.push(t);
  const matcher = mentionMatcher(all);
  for (const doc of docs) {
    // A stored excerpt's first line names its source (`URL: ...`): words in an address are not a mention.
    const from = /^URL:[^\n]*/.exec(doc.text)?.[0].length ?? 0;
    for (const m of matcher.firstOfEach(doc.text.slice(from))) {
      m.start += from;
      m.end += from;
      const bar = m.key.indexOf('|');
      const label = m.key.slice(0, bar) as NodeLabel;
      batch.rel('MENTIONS', ['Document', doc.id], [label, m.key.slice(bar + 1)], { quote: m.text, start: m.start, end: m.end });
    }
  }
}
