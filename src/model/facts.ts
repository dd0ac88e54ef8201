/**
 * The curated-facts format: what seeds/facts/*.yaml and seeds/documents/documents.yaml may hold.
 *
 * Entities refer to each other by short keys (`leeds`, `martin-jones`, `SDS40`); the loader expands
 * them into graph ids (src/model/ids.ts) and checks every reference resolves. Every fact taken from a
 * source document carries `evidence`: the exact words that support it, which must occur in that
 * document's text (after whitespace and quote-mark normalisation). Facts from outside the documents
 * (policy dates, the list of regions) carry source URLs instead.
 */
import { z } from 'zod';
import { webUrl } from './urls.ts';
import { DatedRole, DocumentKind, FrameworkScope, Polarity, PolicyKind, Progress, Rating } from './enums.ts';
import { IsoDay, IsoMonth, PartialDate, PeriodDate } from './dates.ts';

const Key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a key in kebab-case, e.g. "leeds"');
/**
 * An inspection is named by its PDU key and the month its fieldwork began (`leeds:2024-08`), or, when
 * no source states the fieldwork, the month it was reported in (`north-and-north-east-lincolnshire:reported-2023-03`).
 */
const InspectionKey = z.string().regex(/^[a-z0-9-]+:(?:reported-)?\d{4}-\d{2}$/, 'expected an inspection key as "<pdu-key>:YYYY-MM" or "<pdu-key>:reported-YYYY-MM"');
/** A recommendation is named by its inspection key and its 1-based position: `leeds:2024-08#1`. */
const RecommendationKey = z.string().regex(/^[a-z0-9-]+:(?:reported-)?\d{4}-\d{2}#\d+$/, 'expected "<inspection key>#<n>"');
const Url = webUrl('expected an absolute http or https URL');
const Text = z.string().trim().min(1, 'must not be empty');

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Words in a document that support a fact. `about` names the fact when a node has several. */
export const EvidenceSpec = z.strictObject({
  doc: Key,
  quote: Text,
  about: z.string().optional(),
});
export type EvidenceSpec = z.infer<typeof EvidenceSpec>;
const Evidence = z.array(EvidenceSpec).min(1, 'a fact from a document needs at least one evidence quote');

export const DocumentSpec = z.strictObject({
  key: Key,
  file: z.string().regex(/^[\w.-]+\.txt$/, 'expected a .txt file name in seeds/documents'),
  title: Text,
  kind: DocumentKind,
  publisher: Key,
  url: Url.nullable().default(null),
  publishedOn: PartialDate.nullable(),
  dateNote: z.string().optional(),
  /** The inspections this document is about (not those it merely mentions in passing). */
  reports: z.array(InspectionKey).default([]),
  /** OGL-3.0, OPL-3.0 or COPYRIGHT (the full text is stored only under an open licence). */
  licence: z.enum(['OGL-3.0', 'OPL-3.0', 'COPYRIGHT']),
});
export type DocumentSpec = z.infer<typeof DocumentSpec>;

export const RegionSpec = z.strictObject({
  name: Text,
  aliases: z.array(Text).default([]),
  /** "one of 11 PDUs in the Yorkshire and the Humber region": the number a document states. */
  statedPduCount: z.number().int().positive().optional(),
  evidence: z.array(EvidenceSpec).default([]),
});

export const RegionsFile = z.strictObject({
  sources: z.array(Url).min(1),
  regions: z.array(RegionSpec).min(1),
});

export const OrganisationSpec = z.strictObject({
  key: Key,
  name: Text,
  aliases: z.array(Text).default([]),
  kind: z.enum(['INSPECTORATE', 'GOVERNMENT_DEPARTMENT', 'AGENCY', 'SERVICE', 'PARTNERSHIP_BOARD', 'PARLIAMENT', 'FORMER_PROVIDER']),
  description: z.string().optional(),
  /** Organisations that no longer exist (the NPS, the CRCs) keep their end date. */
  until: PartialDate.optional(),
  partOf: Key.optional(),
  evidence: z.array(EvidenceSpec).default([]),
  sources: z.array(Url).default([]),
});

export const RoleSpec = z.strictObject({
  title: Text,
  organisation: Key,
  from: PartialDate.optional(),
  until: PartialDate.optional(),
  evidence: Evidence,
});

/** People: names and public roles only. Phone numbers and e-mail addresses are never stored. */
export const PersonSpec = z.strictObject({
  key: Key,
  name: Text,
  /** How documents refer to the person after first mention ("Mr Jones"). */
  aliases: z.array(Text).default([]),
  roles: z.array(RoleSpec).min(1),
});

export const PolicySpec = z.strictObject({
  code: z.string().regex(/^[A-Z0-9_]+$/, 'expected a code in capitals, e.g. SDS40'),
  name: Text,
  aliases: z.array(Text).default([]),
  /**
   * Regular expressions (matched case-insensitively, as whole text) for ways documents write the
   * policy that no fixed alias captures; src/text/phrases.ts applies them with the aliases.
   */
  patterns: z.array(z.string().refine(isRegExp, 'expected a valid regular expression')).default([]),
  kind: PolicyKind,
  /** Whether the policy pressed on probation work (capacity and workload measures). */
  pressure: z.boolean(),
  announcedOn: PartialDate.nullable(),
  inForceFrom: PartialDate.nullable(),
  inForceUntil: PartialDate.nullable(),
  /** Uncertainty in the dates, in words: disputed or unknown dates say so here. */
  dateNotes: z.string().optional(),
  summary: Text,
  responsible: z.array(Key).default([]),
  sources: z.array(Url).min(1, 'a policy needs at least one source URL'),
});

export const PduSpec = z
  .strictObject({
    key: Key,
    name: Text,
    aliases: z.array(Text).default([]),
    /** The region key; null where no source states it, with `regionUnknown` saying so. */
    region: Key.nullable(),
    /** Why the region is not given: a known gap, which probation-graph check lists (never a silent empty). */
    regionUnknown: Text.optional(),
    /** Pages that state the PDU and its region. */
    sources: z.array(Url).default([]),
    /** Quotes from the seed documents. */
    evidence: z.array(EvidenceSpec).default([]),
    notes: z.string().optional(),
  })
  .refine((p) => p.sources.length + p.evidence.length > 0, 'a PDU needs a source URL or an evidence quote')
  .refine((p) => (p.region === null) === (p.regionUnknown !== undefined), { message: 'a PDU without a region needs regionUnknown (why no source gives it), and only then', path: ['regionUnknown'] });

/** Who publishes documents, under which licence (seeds/facts/publishers.yaml). */
export const PublisherSpec = z.strictObject({
  key: Key,
  name: Text,
  /** Host suffixes, or a host with a path prefix. */
  hosts: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/[\w./-]*)?$/, 'expected a host such as bbc.co.uk, or host/path')).default([]),
  kind: z.enum(['INSPECTORATE', 'GOVERNMENT', 'PARLIAMENT', 'NEWS', 'OTHER']),
  licence: z.enum(['OGL-3.0', 'OPL-3.0', 'COPYRIGHT']),
  licenceSources: z.array(Url).default([]),
  sources: z.array(Url).default([]),
  notes: z.string().optional(),
});
export type PublisherSpec = z.infer<typeof PublisherSpec>;

export const RecommendationSpec = z.strictObject({
  text: Text,
  /** True when `text` is the report's own wording; false for a paraphrase. */
  verbatim: z.boolean(),
  themes: z.array(Key).default([]),
  evidence: Evidence,
});

export const FindingSpec = z.strictObject({
  text: Text,
  polarity: Polarity,
  themes: z.array(Key).default([]),
  evidence: Evidence,
});

export const InspectionSpec = z.strictObject({
  pdu: Key,
  rating: Rating,
  /** The fieldwork months, when a source states them (null otherwise: never filled in from a guess). */
  fieldworkFrom: IsoMonth.nullable().default(null),
  fieldworkTo: IsoMonth.optional(),
  /** Without stated fieldwork: the month a source says the inspection was reported (its rating given). */
  reportedIn: IsoMonth.optional(),
  publishedOn: PartialDate.nullable().default(null),
  casesExamined: z.number().int().positive().nullable().default(null),
  casesDescription: z.string().optional(),
  /** The number of recommendations the report makes, as stated (may exceed those whose words we know). */
  recommendationCount: z.number().int().nonnegative().nullable().default(null),
  /** True when `recommendations` holds all of them; false for a partial list ("including to ..."). */
  recommendationsComplete: z.boolean().default(false),
  follows: InspectionKey.optional(),
  evidence: Evidence,
  recommendations: z.array(RecommendationSpec).default([]),
  findings: z.array(FindingSpec).default([]),
}).refine((s) => s.fieldworkFrom !== null || s.reportedIn !== undefined, 'an inspection needs its stated fieldwork or the month it was reported in');

/** An inspection's key: its PDU and fieldwork month, or the month it was reported in. */
export function inspectionKey(s: { pdu: string; fieldworkFrom: string | null; reportedIn?: string | undefined }): string {
  return s.fieldworkFrom ? `${s.pdu}:${s.fieldworkFrom}` : `${s.pdu}:reported-${s.reportedIn}`;
}

export const QuoteSpec = z.strictObject({
  speaker: Key,
  doc: Key,
  /** The person's words, verbatim: they must occur in the document. */
  text: Text,
  /** What the quote is about, in a few words. */
  topic: Text,
  inspection: InspectionKey.optional(),
});

/**
 * Where a document states how far a commitment or action had got: the status, the date the
 * document speaks for (its own date) and its words.
 */
const StatusFields = {
  status: Progress.optional(),
  statusAsOf: PartialDate.optional(),
  statusEvidence: z.array(EvidenceSpec).default([]),
};
const statusComplete = (c: { status?: unknown; statusAsOf?: unknown; statusEvidence: unknown[] }) =>
  c.status === undefined ? c.statusAsOf === undefined && c.statusEvidence.length === 0 : c.statusAsOf !== undefined && c.statusEvidence.length > 0;
const STATUS_MESSAGE = { message: 'a status needs statusAsOf (the date the document speaks for) and statusEvidence (its words), and only then', path: ['status'] };

export const CommitmentSpec = z.strictObject({
  key: Key,
  text: Text,
  madeBy: Key,
  spokesperson: Key.optional(),
  /** The organisation that is to deliver it, where the document says (often the one that made it: "we will"). */
  owner: Key.optional(),
  dueBy: PartialDate.optional(),
  evidence: Evidence,
  ...StatusFields,
}).refine(statusComplete, STATUS_MESSAGE);

export const ActionSpec = z.strictObject({
  key: Key,
  text: Text,
  takenBy: Key,
  inspection: InspectionKey,
  addresses: z.array(RecommendationKey).default([]),
  /** When it is due, only where the document states a date that cannot be misread. */
  dueBy: PartialDate.optional(),
  evidence: Evidence,
  ...StatusFields,
}).refine(statusComplete, STATUS_MESSAGE);

/**
 * A holder of a dated public post (seeds/facts/chief-inspectors.yaml): from and until at the
 * precision the cited pages give, with those pages. `until` is null when no page gives an end: the
 * note says whether the holder is still in post or the end was not found.
 */
export const TenureSpec = z.strictObject({
  /** The person's key; people.yaml may hold the same person with their roles' evidence. */
  person: Key,
  name: Text,
  role: DatedRole,
  /** The title as the graph records it (the one documents use, so ingested roles meet it). */
  title: Text,
  /** Other stylings of the title in the sources, e.g. "HM Chief Inspector of Probation". */
  styledAs: z.array(Text).default([]),
  organisation: Key,
  interim: z.boolean(),
  from: PartialDate,
  until: PartialDate.nullable(),
  untilNote: z.string().optional(),
  sources: z.array(Url).min(1, 'a tenure needs the pages that date it'),
  notes: z.string().optional(),
}).refine((t) => t.until !== null || t.untilNote !== undefined, { message: 'a tenure without an end needs untilNote (still in post, or not found)', path: ['untilNote'] });
export type TenureSpec = z.infer<typeof TenureSpec>;

/** An inspection programme and its standards, in force from..until (seeds/facts/frameworks.yaml). */
export const FrameworkSpec = z.strictObject({
  key: Key,
  name: Text,
  /** At the precision the sources give; a year alone where they give only the year. */
  from: PeriodDate,
  /** Null: no end found (in force as far as the sources go). */
  until: PeriodDate.nullable(),
  /** What it inspects: only PDU frameworks are matched to PDU inspections. */
  inspects: z.array(FrameworkScope).min(1),
  summary: Text,
  sources: z.array(Url).min(1, 'a framework needs the pages that describe and date it'),
  notes: z.string().optional(),
});
export type FrameworkSpec = z.infer<typeof FrameworkSpec>;

export const ThemeSpec = z.strictObject({
  key: Key,
  name: Text,
  description: Text,
  /**
   * Phrases that assign the theme by rule: a recommendation or finding whose normalised, stemmed
   * words contain every word of a phrase gets the theme, with the phrase recorded as its basis.
   */
  phrases: z.array(Text).default([]),
});

export const ThemesFile = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as 1.0.0'),
  themes: z.array(ThemeSpec).min(1),
});

export type RegionsFile = z.infer<typeof RegionsFile>;
export type OrganisationSpec = z.infer<typeof OrganisationSpec>;
export type PersonSpec = z.infer<typeof PersonSpec>;
export type PolicySpec = z.infer<typeof PolicySpec>;
export type PduSpec = z.infer<typeof PduSpec>;
export type InspectionSpec = z.infer<typeof InspectionSpec>;
export type QuoteSpec = z.infer<typeof QuoteSpec>;
export type CommitmentSpec = z.infer<typeof CommitmentSpec>;
export type ActionSpec = z.infer<typeof ActionSpec>;
export type ThemesFile = z.infer<typeof ThemesFile>;

/** Parameters of the rules that derive dates (src/graph/derive/dates.ts). */
export const DateRulesFile = z.strictObject({
  fieldworkBeforePublication: z.strictObject({ maxMonths: z.number().int().min(1).max(24) }),
});

/**
 * The publication date of a document of seeds/ingest whose text states none, from a cited public
 * source (the page's own dated listing, a dated report of the same publication): the source's URL
 * and its words go with the date into the graph.
 */
export const CitedDocumentDate = z.strictObject({
  url: Url,
  publishedOn: PartialDate,
  /** Whose date it is: the document's own, or the inspection report's that the document reports. */
  of: z.enum(['document', 'report']).default('document'),
  source: Url,
  quote: Text,
});
export type CitedDocumentDate = z.infer<typeof CitedDocumentDate>;

/** Each file of seeds/ and the schema that validates it. */
export const SEED_FILES = {
  'documents/documents.yaml': z.array(DocumentSpec),
  'facts/regions.yaml': RegionsFile,
  'facts/organisations.yaml': z.array(OrganisationSpec),
  'facts/people.yaml': z.array(PersonSpec),
  'facts/policies.yaml': z.array(PolicySpec),
  'facts/pdus.yaml': z.array(PduSpec),
  'facts/publishers.yaml': z.array(PublisherSpec),
  'facts/date-rules.yaml': DateRulesFile,
  'facts/document-dates.yaml': z.array(CitedDocumentDate),
  'facts/inspections.yaml': z.array(InspectionSpec),
  'facts/quotes.yaml': z.array(QuoteSpec),
  'facts/commitments.yaml': z.array(CommitmentSpec),
  'facts/actions.yaml': z.array(ActionSpec),
  'facts/chief-inspectors.yaml': z.array(TenureSpec),
  'facts/frameworks.yaml': z.array(FrameworkSpec),
  'themes.yaml': ThemesFile,
} as const;
