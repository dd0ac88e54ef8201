/**
 * Quoted speech and who said it.
 *
 * Spans: double quotation marks, paired within a paragraph. The ORIGINAL marks tell opening from
 * closing (“ ”); a straight " toggles. A quote still open at the end of a paragraph runs to the end
 * of it: British style continues a multi-paragraph quote by opening each paragraph again.
 *
 * Speakers, tried in order:
 *  1. an attribution just before the quote in its sentence: "Martin Jones, Chief Inspector of
 *     Probation, said: “", "Mr Jones continued: “", "Justin Russell said he was "shocked ...";
 *  2. one just after it: "..." he said. / "...," said Mr Russell;
 *  3. another fragment earlier in the same sentence already attributed (news copy quotes in pieces);
 *  4. a paragraph that opens with a quote continues the speech of the paragraph before it when that
 *     one was a quote too, or ended with a colon after naming someone ("... did not mince his words:").
 * "he"/"she" is the person named most recently before; "Mr Jones" is the one person called Jones.
 * Quotes with no resolvable speaker (headline scare quotes) and fragments under three words are dropped.
 */
import type { Prepared } from './clean.ts';
import { bySurname, isPersonName, NAME, POST, type PersonFound } from './people.ts';
import type { Paragraph, Sentence } from './sentences.ts';
import { sentenceAt } from './sentences.ts';

export interface QuoteSpan {
  /** Normalised offsets of the words inside the marks. */
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end when unclosed). */
  close: number;
  paragraph: number;
  unclosed: boolean;
}

export interface QuoteFound extends QuoteSpan {
  speaker: string | null;
}

const OPENERS = new Set(['\u201c', '\u201e', '\u00ab', '\u201f']);
const CLOSERS = new Set(['\u201d', '\u00bb']);

export function findQuoteSpans(p: Prepared, paras: Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const para of paras) {
    let open = -1;
    for (let i = para.start; i < para.end; i++) {
      if (p.norm[i] !== '"') continue;
      const o = p.original[p.offs[i]!]!;
      const kind = OPENERS.has(o) ? 'open' : CLOSERS.has(o) ? 'close' : 'toggle';
      if (open < 0) {
        if (kind !== 'close') open = i;
      } else if (kind === 'open') {
        open = i; // an unbalanced opener: the earlier mark was stray
      } else {
        out.push({ start: open + 1, end: i, open, close: i + 1, paragraph: para.index, unclosed: false });
        open = -1;
      }
    }
    if (open >= 0 && para.end - open > 1) {
      out.push({ start: open + 1, end: para.end, open, close: para.end, paragraph: para.index, unclosed: true });
    }
  }
  return out;
}

const VERB = /\b(said|says|added|adds|continued|continues|commented|explained|stated|warned|noted|told|highlighted|urged|concluded|described|did not mince (?:his|her) words)\b/g;

export function attributeQuotes(p: Prepared, paras: Paragraph[], sents: Sentence[], people: PersonFound[]): QuoteFound[] {
  const norm = p.norm;
  const spans = findQuoteSpans(p, paras);
  const out: QuoteFound[] = [];

  /** The person a reference at the end of `pre` (ending at offset `at`) means. */
  const resolveAtEnd = (pre: string, at: number): string | null => {
    const raw = pre.replace(/\s+$/, '');
    const t = raw.replace(/[\s,:]+$/, '');
    const hon = /\b(?:Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Dame)\.?\s+([A-Z][A-Za-z'-]+)$/.exec(t);
    if (hon) return bySurname(people, hon[1]!)?.name ?? null;
    const pron = /\b(he|she)$/i.exec(t);
    if (pron) return mostRecent(at);
    // "NAME, ROLE," before the verb: drop the role.
    const withRole = new RegExp(`(${NAME})${POST},\\s+[^,"]{3,90},?$`).exec(raw);
    if (withRole && isPersonName(withRole[1]!)) return known(withRole[1]!);
    const name = new RegExp(`(${NAME})$`).exec(t);
    if (name) {
      const words = name[1]!.split(/\s+/);
      for (let k = 0; k < words.length - 1; k++) {
        const cand = words.slice(k).join(' ');
        if (isPersonName(cand)) return known(cand);
      }
    }
    return null;
  };
  const known = (name: string): string | null => people.find((x) => x.name === name)?.name ?? null;
  const honorifics = [...norm.matchAll(/\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][A-Za-z'-]+)/g)];
  const mostRecent = (at: number): string | null => {
    let best: PersonFound | null = null;
    for (const x of people) if (x.nameStart < at && (!best || x.nameStart > best.nameStart)) best = x;
    // Also count "Mr Jones"-style references made since.
    let hon: RegExpExecArray | RegExpMatchArray | undefined;
    for (const h of honorifics) if (h.index! < at) hon = h;
    if (hon && (!best || hon.index! > best.nameStart)) return bySurname(people, hon[1]!)?.name ?? best?.name ?? null;
    return best?.name ?? null;
  };

  for (let k = 0; k < spans.length; k++) {
    const q = spans[k]!;
    const prev = out[k - 1];
    const sentence = sentenceAt(sents, q.open) ?? sentenceAt(sents, q.start);
    const para = paras[q.paragraph]!;
    let speaker: string | null = null;

    // 1. Before the quote, within its sentence (or paragraph), after any earlier quote.
    const from = Math.max(sentence?.start ?? para.start, prev && prev.paragraph === q.paragraph ? prev.close : para.start);
    const pre = norm.slice(from, q.open);
    const verbs = [...pre.matchAll(VERB)];
    const lastVerb = verbs[verbs.length - 1];
    if (lastVerb) speaker = resolveAtEnd(pre.slice(0, lastVerb.index), from + lastVerb.index!);

    // 2. After the quote: '"...," he said.' / '"...", said Mr Russell.'
    if (!speaker && !q.unclosed) {
      const post = norm.slice(q.close, Math.min(para.end, q.close + 80));
      const a = new RegExp(`^[,.]?\\s*(he|she|${NAME}|(?:Mr|Mrs|Ms|Dr)\\.?\\s+[A-Z][A-Za-z'-]+)\\s+(?:said|added|continued|says|adds)\\b`).exec(post);
      const b = new RegExp(`^[,.]?\\s*(?:said|added|continued|says|adds)\\s+(${NAME}|(?:Mr|Mrs|Ms|Dr)\\.?\\s+[A-Z][A-Za-z'-]+)`).exec(post);
      const ref = a?.[1] ?? b?.[1];
      if (ref) speaker = resolveAtEnd(ref, q.close);
    }

    // 3. An earlier fragment of the same sentence.
    if (!speaker && prev && sentence && prev.start >= sentence.start && prev.speaker) speaker = prev.speaker;

    // 4. A paragraph that opens with a quote continues the previous paragraph's speech.
    if (!speaker && /^\s*$/.test(norm.slice(para.start, q.open))) {
      const before = paras[q.paragraph - 1];
      const lastInPrev = [...out].reverse().find((x) => x.paragraph === q.paragraph - 1);
      if (lastInPrev?.speaker) speaker = lastInPrev.speaker;
      else if (before && /:\s*$/.test(norm.slice(before.start, before.end))) {
        const inPrev = people.filter((x) => x.nameStart >= before.start && x.nameStart < before.end).pop();
        speaker = inPrev?.name ?? null;
      }
    }
    out.push({ ...q, speaker });
  }
  return out;
}

/** Quotes worth reporting: attributed, and at least three words long. */
export function reportableQuotes(quotes: QuoteFound[], norm: string): QuoteFound[] {
  return quotes.filter((q) => q.speaker && norm.slice(q.start, q.end).trim().split(/\s+/).length >= 3);
}
