/**
 * The one rule for a URL the graph stores (a document's `url`, a source of a fact): an absolute
 * http or https URL. Every input path applies it: the `url` of an ingest (src/sources/ingest/
 * input.ts), the `URL:` line an extracted text carries (src/sources/ingest/plan/document.ts), and
 * the seeds (src/model/facts.ts). A `javascript:` or `data:` URL stored as a document's source was
 * once rendered as a link in the explorer (issue 16); the explorer checks again before it links.
 */
import { z } from 'zod';

export const MAX_URL_LENGTH = 2000;

/** Whether a text is a URL the graph may store: absolute, http or https, at most 2000 characters. */
export function isWebUrl(text: string): boolean {
  if (text.length > MAX_URL_LENGTH || !URL.canParse(text)) return false;
  return /^https?:$/.test(new URL(text).protocol);
}

/** A URL by the rule, or null (a URL the rule refuses is dropped, never stored). */
export function webUrlOrNull(text: string | null | undefined): string | null {
  const t = text?.trim();
  return t && isWebUrl(t) ? t : null;
}

/** The rule as a zod schema, with `message` for a refusal. */
export const webUrl = (message = 'expected an http or https URL') => z.string().trim().refine(isWebUrl, message);
