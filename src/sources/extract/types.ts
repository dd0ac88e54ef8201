/**
 * The extraction format: what `extract(text)` returns and `probation-graph extract FILE --json`
 * prints. It is the contract of DESIGN.md section 5 (document, inspections, people) plus provenance:
 * every fact carries `evidence` entries whose `quote` is the exact supporting words of the ORIGINAL
 * text and whose `start`/`end` are offsets into it, so `text.slice(start, end) === quote` always holds.
 *
 * The schemas are zod so that the ingest step (and the tests) can validate an extraction before it
 * reaches the graph. Anything the text does not state is `null`, never a guess.
 */
import { z } from 'zod';

/** The inspectorate's own words for its four-point scale, exactly as the contract spells them. */
export const RatingWord = z.enum(['Outstanding', 'Good', 'Requires improvement', 'Inadequate']);
export type RatingWord = z.infer<typeof RatingWord>;

export const DocumentKind = z.enum(['PRESS_RELEASE', 'NEWS', 'BOARD_REPORT', 'PARLIAMENTARY_ANSWER', 'OTHER']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const Polarity = z.enum(['STRENGTH', 'CONCERN']);
export type Polarity = z.infer<typeof Polarity>;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** `YYYY-MM-DD`, or `YYYY-MM` where the text gives only the month. */
export const PartialDate = z
  .string()
  .refine((s) => DAY.test(s) || MONTH.test(s), 'expected a date as YYYY-MM-DD or YYYY-MM');

/**
 * Where a fact comes from: `field` names the fact within the object that carries this entry
 * (`rating`, `published`, `recommendationsQuoted[1]`, ...); `quote` is `text.slice(start, end)`.
 */
export const Evidence = z
  .object({
    field: z.string().min(1),
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** The extractor's rule that took these words (see --explain). */
    rule: z.string().min(1).optional(),
  })
  .refine((e) => e.end - e.start === e.quote.length, 'end - start must equal the quote length');
export type Evidence = z.infer<typeof Evidence>;

export const ExtractedDocument = z.object({
  kind: DocumentKind,
  /** The headline, when the text starts with one. */
  title: z.string().nullable(),
  /** The document's own date (a dateline, or for a press release the report's publication day). */
  publishedOn: PartialDate.nullable(),
  /** The `URL:` line that stored excerpts start with. */
  url: z.string().nullable(),
  /** False when the text stops mid-sentence (stored excerpts are often cut off). */
  complete: z.boolean(),
  evidence: z.array(Evidence),
});
export type ExtractedDocument = z.infer<typeof ExtractedDocument>;

export const ExtractedInspection = z.object({
  /** As the text names it, without the word "PDU". */
  pdu: z.string().min(1),
  rating: RatingWord.nullable(),
  previousRating: RatingWord.nullable(),
  previousInspectionYear: z.number().int().nullable(),
  region: z.string().nullable(),
  pdusInRegion: z.number().int().positive().nullable(),
  /** First (or only) month of fieldwork, `YYYY-MM`; null when no year is given. */
  fieldwork: PartialDate.nullable(),
  /** Last month of fieldwork where the text gives a range ("November to December 2022"). */
  fieldworkTo: PartialDate.nullable(),
  /** The report's own publication date. */
  published: PartialDate.nullable(),
  /** As stated; may exceed the recommendations whose wording is known. */
  recommendationCount: z.number().int().nonnegative().nullable(),
  /** Only complete phrases, verbatim. */
  recommendationsQuoted: z.array(z.string()),
  chiefInspector: z.string().nullable(),
  evidence: z.array(Evidence),
});
export type ExtractedInspection = z.infer<typeof ExtractedInspection>;

export const ExtractedPerson = z.object({
  name: z.string().min(1),
  /** The role in the text's own words (never a phone number or e-mail address). */
  role: z.string().nullable(),
  evidence: z.array(Evidence),
});
export type ExtractedPerson = z.infer<typeof ExtractedPerson>;

export const ExtractedFinding = z.object({
  text: z.string().min(1),
  polarity: Polarity,
  pdu: z.string().nullable(),
  evidence: Evidence,
});
export type ExtractedFinding = z.infer<typeof ExtractedFinding>;

export const ExtractedQuote = z.object({
  /** The speaker's words, verbatim (without the quotation marks). */
  text: z.string().min(1),
  speaker: z.string().nullable(),
  evidence: Evidence,
});
export type ExtractedQuote = z.infer<typeof ExtractedQuote>;

/** One of the vocabulary's policy codes (seeds/facts/policies.yaml), e.g. SDS40, PROBATION_RESET. */
export const PolicyCode = z.string().min(1);
export type PolicyCode = z.infer<typeof PolicyCode>;

export const PolicyMention = z.object({
  code: PolicyCode,
  /** The words matched, verbatim from the original text (`text.slice(start, end)`). */
  matched: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type PolicyMention = z.infer<typeof PolicyMention>;

/** A PDU the text mentions only in passing (another inspection it is compared with). */
export const OtherPduMention = z.object({
  pdu: z.string().min(1),
  rating: RatingWord.nullable(),
  evidence: z.array(Evidence),
});
export type OtherPduMention = z.infer<typeof OtherPduMention>;

export const Extraction = z.object({
  document: ExtractedDocument,
  inspections: z.array(ExtractedInspection),
  people: z.array(ExtractedPerson),
  findings: z.array(ExtractedFinding),
  quotes: z.array(ExtractedQuote),
  policiesMentioned: z.array(PolicyMention),
  otherPdusMentioned: z.array(OtherPduMention),
});
export type Extraction = z.infer<typeof Extraction>;
