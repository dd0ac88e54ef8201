/**
 * A document's text ready for locating quotes: the words as written, their normalised form (see
 * normalise.ts) and the text's SHA-256. Evidence resolution (src/sources/seed) and derived mentions
 * (src/graph) both read it, so it lives with the text utilities rather than in either.
 */
import { createHash } from 'node:crypto';
import { normalise, type NormalisedText } from './normalise.ts';

export interface SourceText {
  id: string;
  text: string;
  normalised: NormalisedText;
  sha256: string;
}

export function sourceText(id: string, text: string): SourceText {
  return { id, text, normalised: normalise(text), sha256: createHash('sha256').update(text).digest('hex') };
}
