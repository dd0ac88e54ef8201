/**
 * Resolving evidence: each quote must occur in the named document; we record the document's own
 * words and their character offsets, so a reader can find the exact place.
 */
import { locate } from '../../text/normalise.ts';
import type { SourceText } from '../../text/source-text.ts';
import type { EvidenceSpec } from '../../model/facts.ts';
import type { GraphBatch, NodeLabel } from '../../graph/batch.ts';

export class EvidenceResolver {
  readonly problems: string[] = [];

  constructor(private readonly docs: Map<string, SourceText>) {}

  /** Link node (label, id) to the documents that support it; `where` locates the fact for errors. */
  attach(batch: GraphBatch, label: NodeLabel, nodeId: string, evidence: readonly EvidenceSpec[], where: string): void {
    evidence.forEach((e, i) => {
      const found = this.find(e.doc, e.quote, `${where}.evidence[${i}]`);
      if (!found) return;
      batch.rel('EVIDENCED_BY', [label, nodeId], ['Document', found.docId], {
        quote: found.original, start: found.start, end: found.end, about: e.about ?? null,
      }, ['quote']);
    });
  }

  /** Locate a quote; records a problem (and returns null) when the document or the words are missing. */
  find(docKey: string, quote: string, where: string) {
    const doc = this.docs.get(docKey);
    if (!doc) {
      this.problems.push(`${where}.doc: no document with key '${docKey}' in seeds/documents/documents.yaml`);
      return null;
    }
    const at = locate(doc.normalised, doc.text, quote);
    if (!at) {
      this.problems.push(`${where}.quote: not found in document '${docKey}': "${quote.slice(0, 80)}${quote.length > 80 ? '...' : ''}"`);
      return null;
    }
    return { ...at, docId: doc.id };
  }
}
