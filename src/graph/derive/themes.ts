/**
 * Rule-based theme assignment. A theme's `phrases` (seeds/themes.yaml) are its rules: a
 * recommendation or finding gets the theme when its stemmed terms include every term of one of the
 * phrases. The assignment records the phrase and the words that matched, so an analyst can see why.
 * Curated assignments (basis CURATED) are kept as they are; a rule match on top of one adds a RULE
 * relationship beside it, so both reasons stay visible.
 */
import type { GraphBatch } from '../batch.ts';
import { ids } from '../../model/ids.ts';
import { terms } from '../../text/terms.ts';

export interface ThemeRule {
  key: string;
  phrases: readonly string[];
}

export interface ThemeMatch {
  theme: string;
  phrase: string;
  matched: string[];
}

/** Which themes' rules match a text, with the phrase and matched words for each (first phrase wins). */
export function matchThemes(text: string, themes: readonly ThemeRule[]): ThemeMatch[] {
  const have = new Map(terms(text).map((t) => [t.stem, t.word]));
  const out: ThemeMatch[] = [];
  for (const theme of themes) {
    for (const phrase of theme.phrases) {
      const need = terms(phrase);
      if (need.length === 0) continue;
      if (need.every((t) => have.has(t.stem))) {
        out.push({ theme: theme.key, phrase, matched: need.map((t) => have.get(t.stem)!) });
        break;
      }
    }
  }
  return out;
}

/** Add RULE-based ABOUT relationships for every recommendation and finding in the batch. */
export function assignThemes(batch: GraphBatch, themes: readonly ThemeRule[]): void {
  for (const label of ['Recommendation', 'Finding'] as const) {
    for (const row of batch.nodes.get(label)?.values() ?? []) {
      for (const m of matchThemes(String(row.props.text ?? ''), themes)) {
        batch.rel('ABOUT', [label, row.id], ['Theme', ids.theme(m.theme)], { basis: 'RULE', rule: m.phrase, matched: m.matched }, ['basis']);
      }
    }
  }
}
