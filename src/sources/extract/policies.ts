/**
 * National policies that press on probation, as documents name them: the vocabulary's policies
 * (seeds/facts/policies.yaml: names, aliases, recognition patterns, codes) through the shared
 * PhraseMatcher (src/text/phrases.ts), so the extractor and the graph's mention derivation agree on
 * what names a policy. The code reported is the vocabulary's.
 */
import type { Prepared } from './clean.ts';
import { originalSpan } from './clean.ts';
import type { Lexicon } from './lexicon.ts';
import type { PolicyMention } from './types.ts';

export function findPolicies(p: Prepared, lex: Lexicon): PolicyMention[] {
  const out: PolicyMention[] = [];
  for (const m of lex.policies.findAll(p.norm)) {
    const s = originalSpan(p, m.start, m.end);
    if (s.quote && !out.some((o) => o.code === m.key && s.start < o.end && s.end > o.start)) out.push({ code: m.key, matched: s.quote, start: s.start, end: s.end });
  }
  return out;
}
