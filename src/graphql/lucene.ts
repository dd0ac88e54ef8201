/**
 * User text for the full-text index is taken literally: every Lucene operator character is escaped
 * and the boolean keywords are lower-cased (Lucene only treats upper-case AND/OR/NOT as operators),
 * so input such as `risk AND (harm` or `title:*` is a search for those words, never a syntax error.
 */
import { stemmer } from 'stemmer';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text
    .replace(SPECIAL, (c) => `\\${c}`)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (/^(AND|OR|NOT|TO)$/.test(w) ? w.toLowerCase() : w))
    .join(' ');
}

/**
 * The stems of the query's words, for finding where the first match sits in a hit's text: the index
 * stems too, so "safeguarding" must find "safeguard children".
 */
export function queryWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => stemmer(w));
}

/** About `width` characters of `text` around the first query word found in it. */
export function snippet(text: string, words: readonly string[], width = 160): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const w of words) {
    const i = lower.indexOf(w);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (at < 0) return flat(text.slice(0, width)) + (text.length > width ? '…' : '');
  const start = Math.max(0, at - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  return `${start > 0 ? '…' : ''}${flat(text.slice(start, end))}${end < text.length ? '…' : ''}`;
}
