/**
 * Evidence gathered while planning one document, per node and merged per quote (the writer merges
 * EVIDENCED_BY on the quote). A quote that is not at its stated place in the text is dropped and
 * reported, never stored.
 */
import type { GraphBatch, NodeLabel } from '../../../graph/batch.ts';
import type { Evidence } from '../../extract/types.ts';

interface Placed {
  start: number;
  end: number;
  about: string[];
}

export class EvidenceSet {
  private readonly byNode = new Map<string, { label: NodeLabel; id: string; quotes: Map<string, Placed> }>();
  readonly dropped: string[] = [];

  constructor(private readonly text: string) {}

  add(label: NodeLabel, id: string, ev: Evidence | undefined, about: string): void {
    if (!ev) return;
    if (this.text.slice(ev.start, ev.end) !== ev.quote) {
      this.dropped.push(`evidence for ${id} (${about}) is not at its stated place in the text: "${ev.quote.slice(0, 60)}"`);
      return;
    }
    const key = `${label}|${id}`;
    let node = this.byNode.get(key);
    if (!node) this.byNode.set(key, (node = { label, id, quotes: new Map() }));
    const q = node.quotes.get(ev.quote);
    if (q) {
      if (!q.about.includes(about)) q.about.push(about);
    } else node.quotes.set(ev.quote, { start: ev.start, end: ev.end, about: [about] });
  }

  has(label: NodeLabel, id: string): boolean {
    return this.byNode.has(`${label}|${id}`);
  }

  /** Every place in the text that evidences something: what a licence-limited excerpt must keep. */
  spans(): Array<[number, number]> {
    return [...this.byNode.values()].flatMap((n) => [...n.quotes.values()].map((q) => [q.start, q.end] as [number, number]));
  }

  /** Write the evidence, with offsets mapped into the stored text (identity for a full text). */
  flush(batch: GraphBatch, documentId: string, at: (offset: number) => number = (o) => o): void {
    for (const node of this.byNode.values()) {
      for (const [quote, q] of node.quotes) {
        batch.rel('EVIDENCED_BY', [node.label, node.id], ['Document', documentId], { quote, start: at(q.start), end: at(q.start) + quote.length, about: q.about.join(', ') }, ['quote']);
      }
    }
  }
}
