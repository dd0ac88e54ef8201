/**
 * What the document says about its inspections, in its own words: findings and quotes.
 *
 * Findings:
 * - A finding goes to the inspection of the PDU it names, or to the only one the document reports;
 *   otherwise it is reported as not placed.
 * - One finding, one node: a finding that says what a finding of the same inspection and polarity
 *   already says (texts.ts nearDuplicate) gains this document as evidence instead of a second node.
 *
 * Quotes:
 * - A quote needs a speaker (an author's words are not stored). It is ABOUT the inspection when the
 *   document reports exactly one, or when the quote (or else its paragraph) names exactly one.
 * - The same words by the same person about the same inspection (a news report repeating a press
 *   release) stay one Quote, with this document as further evidence.
 */
import { ids } from '../../../model/ids.ts';
import type { Evidence } from '../../extract/types.ts';
import { pduKey } from '../names.ts';
import { nameKey } from '../../../text/keys.ts';
import type { PeopleResolver } from './people.ts';
import type { PlanState, Target } from './state.ts';
import { nearDuplicate, sameText } from '../../../text/same.ts';

/** Rule: findings, each placed on one inspection, near-duplicates merged. */
export function planFindings(state: PlanState): void {
  for (const f of state.extraction.findings) {
    const target = (f.pdu ? state.targetNamed(f.pdu) : undefined) ?? (state.targets.length === 1 ? state.targets[0] : undefined);
    if (!target) {
      state.unplaced(`finding not attributed to one inspection: "${f.text.slice(0, 80)}"`);
      continue;
    }
    const same = target.findings.find((k) => (k.polarity === null || k.polarity === f.polarity) && nearDuplicate(f.text, k.text));
    if (same) {
      state.evidence.add('Finding', same.id, f.evidence, 'text');
      state.report.mergedFindings++;
      continue;
    }
    const fid = ids.finding(target.inspectionId, target.nextFinding);
    state.batch.node('Finding', fid, { text: f.text, polarity: f.polarity, position: target.nextFinding });
    state.batch.rel('FOUND', ['Inspection', target.inspectionId], ['Finding', fid]);
    state.evidence.add('Finding', fid, f.evidence, 'text');
    target.findings.push({ id: fid, text: f.text, polarity: f.polarity });
    target.nextFinding++;
    state.report.created.findings++;
  }
}

/** Rule: quotes with their speakers, about the inspection they concern. */
export function planQuotes(state: PlanState, people: PeopleResolver): void {
  let n = 0;
  for (const q of state.extraction.quotes) {
    if (!q.speaker || people.isAuthor(q.speaker)) {
      state.unplaced(`quote without a speaker, not stored: "${q.text.slice(0, 80)}"`);
      continue;
    }
    const speaker = people.personFor(q.speaker);
    const about = quoteTarget(q.text, q.evidence, state.text, state.targets);
    const same = about?.quotes.find((k) => k.speaker === speaker && sameText(k.text, q.text));
    if (same) {
      state.evidence.add('Quote', same.id, q.evidence, 'text');
      continue;
    }
    const qid = ids.quote(state.doc.id, ++n);
    about?.quotes.push({ id: qid, text: q.text, speaker });
    state.batch.node('Quote', qid, { text: q.text, topic: about ? `${about.pduName} inspection` : state.doc.title });
    state.batch.rel('SAID', ['Person', speaker], ['Quote', qid]);
    if (about) state.batch.rel('ABOUT', ['Quote', qid], ['Inspection', about.inspectionId]);
    state.evidence.add('Quote', qid, q.evidence, 'text');
    state.report.created.quotes++;
  }
}

/** Whether a text names one of the names, as whole words (keys compared). */
function names(text: string, candidates: readonly string[]): boolean {
  const t = ` ${nameKey(text)} `;
  return candidates.some((c) => {
    const k = pduKey(c);
    return k.length > 1 && t.includes(` ${k} `);
  });
}

/** The reported inspection a quote is about: the only one, or the one its words (or paragraph) name. */
function quoteTarget(quote: string, ev: Evidence, text: string, targets: readonly Target[]): Target | null {
  if (targets.length === 1) return targets[0]!;
  const named = targets.filter((t) => names(quote, t.names));
  if (named.length === 1) return named[0]!;
  if (named.length > 1) return null;
  const before = text.lastIndexOf('\n\n', ev.start);
  const after = text.indexOf('\n\n', ev.end);
  const paragraph = text.slice(before < 0 ? 0 : before, after < 0 ? text.length : after);
  const inPara = targets.filter((t) => names(paragraph, t.names));
  return inPara.length === 1 ? inPara[0]! : null;
}
