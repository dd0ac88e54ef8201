/**
 * The controlled vocabularies of the graph. Each is a zod enum so that seeds, ingestion and the API
 * reject anything outside it with a message that names the allowed values.
 */
import { z } from 'zod';

/** HM Inspectorate of Probation's four-point scale, in the API's SCREAMING_CASE. */
export const Rating = z.enum(['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE']);
export type Rating = z.infer<typeof Rating>;

/** The inspectorate's own words for each rating, as documents print them. */
export const RATING_WORDS: Record<Rating, string> = {
  OUTSTANDING: 'Outstanding',
  GOOD: 'Good',
  REQUIRES_IMPROVEMENT: 'Requires improvement',
  INADEQUATE: 'Inadequate',
};

export const DocumentKind = z.enum(['PRESS_RELEASE', 'NEWS', 'BOARD_REPORT', 'PARLIAMENTARY_ANSWER', 'OTHER']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** Whether a finding is something the PDU does well or something it must improve. */
export const Polarity = z.enum(['STRENGTH', 'CONCERN']);
export type Polarity = z.infer<typeof Polarity>;

export const PolicyKind = z.enum(['LEGISLATION', 'OPERATIONAL_MEASURE', 'REVIEW', 'STRUCTURAL_REFORM']);
export type PolicyKind = z.infer<typeof PolicyKind>;

/**
 * Why an inspection is said to have been under a policy's pressure: its fieldwork fell inside the
 * policy's in-force period (computed from dates), or a document about it names the policy.
 */
export const PressureBasis = z.enum(['FIELDWORK_OVERLAP', 'DOCUMENT_MENTION']);
export type PressureBasis = z.infer<typeof PressureBasis>;

/** How a theme came to be attached to a recommendation or finding. */
export const ThemeBasis = z.enum(['CURATED', 'RULE']);
export type ThemeBasis = z.infer<typeof ThemeBasis>;

/**
 * How far a commitment or action had got, as a document states it at its date (`statusAsOf`):
 * planned, under way, done, or a standing activity that recurs.
 */
export const Progress = z.enum(['PLANNED', 'IN_PROGRESS', 'DONE', 'ONGOING']);
export type Progress = z.infer<typeof Progress>;

/** The kinds of inspection a framework governs. */
export const FrameworkScope = z.enum(['PDU', 'REGION', 'NATIONAL']);
export type FrameworkScope = z.infer<typeof FrameworkScope>;

/** Public posts whose holders the graph dates (seeds/facts/chief-inspectors.yaml). */
export const DatedRole = z.enum(['CHIEF_INSPECTOR_OF_PROBATION']);
export type DatedRole = z.infer<typeof DatedRole>;
