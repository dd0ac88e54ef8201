/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** An improvement action taken or planned in response to an inspection. */
export type Action = Node & {
  __typename?: 'Action';
  /** The recommendations it addresses. */
  addresses: Array<Recommendation>;
  /** When it is due, where a document states a date that cannot be misread. */
  dueBy?: Maybe<Scalars['String']['output']>;
  /** Words in documents that state it. */
  evidence: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The inspection it responds to. */
  inspection?: Maybe<Inspection>;
  /** How far it had got, where a document states it (its words: `evidence` with `about: status`). */
  status?: Maybe<Progress>;
  /** The date `status` speaks for: that of the document that states it. */
  statusAsOf?: Maybe<Scalars['String']['output']>;
  /** The PDU taking it (its owner). */
  takenBy?: Maybe<Pdu>;
  /** What the action is. */
  text: Scalars['String']['output'];
};

/** Whether a pressure, a framework or a date filter holds for the whole of an inspection's fieldwork window or only part of it. */
export type Certainty =
  /** The whole window lies inside the period. */
  | 'CERTAIN'
  /** Only part of it does (a derived window, or a month that straddles the start or end day). */
  | 'POSSIBLE';

/** What the documents about each of two compared inspections report, and what they lack. */
export type ChangeCoverage = {
  __typename?: 'ChangeCoverage';
  /** The later inspection's documents. */
  after: InspectionCoverage;
  /** The earlier inspection's documents. */
  before: InspectionCoverage;
  /** What the gaps mean for the comparison, in words. */
  notes: Array<Scalars['String']['output']>;
};

/** A Chief Inspector of Probation in post at some time during an inspection's fieldwork window. */
export type ChiefInspectorInPost = {
  __typename?: 'ChiefInspectorInPost';
  /** The tenure's start. */
  from: Scalars['String']['output'];
  /** Whether it was an interim appointment. */
  interim: Scalars['Boolean']['output'];
  /** The Chief Inspector. */
  person: Person;
  /** Its end as the sources state it; null when none does (see `role.untilBasis`). */
  until?: Maybe<Scalars['String']['output']>;
  /** Whether the tenure covers the whole window (then `Inspection.chiefInspector` names them). */
  wholeWindow: Scalars['Boolean']['output'];
};

/** A pledge made by an organisation, e.g. to hire 1,300 trainee probation officers by March 2026. */
export type Commitment = Node & {
  __typename?: 'Commitment';
  /** When it is due, where stated (`YYYY-MM` or `YYYY-MM-DD`). */
  dueBy?: Maybe<Scalars['String']['output']>;
  /** Words in documents that state it. */
  evidence: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The organisation that made it. */
  madeBy?: Maybe<Organisation>;
  /** Who is to deliver it, where the document says. */
  owner?: Maybe<Organisation>;
  /** The person who stated it. */
  statedBy?: Maybe<Person>;
  /** How far it had got, where a document states it (its words: `evidence` with `about: status`); null when none does. */
  status?: Maybe<Progress>;
  /** The date `status` speaks for: that of the document that states it. */
  statusAsOf?: Maybe<Scalars['String']['output']>;
  /** What was committed to. */
  text: Scalars['String']['output'];
};

/** A value a document states that differs from the stored one. Both are kept: the stored value stays on the inspection, this records the other, with its evidence. */
export type Conflict = Node & {
  __typename?: 'Conflict';
  /** The document's words that state the other value. */
  evidence: Array<Evidence>;
  /** The field, e.g. `rating`. */
  field: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The inspection. */
  inspection?: Maybe<Inspection>;
  /** The value the later document states. */
  reportedValue?: Maybe<Scalars['String']['output']>;
  /** The value stored on the inspection. */
  storedValue?: Maybe<Scalars['String']['output']>;
};

/** A page of conflicts. */
export type ConflictConnection = {
  __typename?: 'ConflictConnection';
  /** The conflicts on this page, with their cursors. */
  edges: Array<ConflictEdge>;
  /** The conflicts on this page. */
  nodes: Array<Conflict>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of conflicts, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A conflict with its cursor. */
export type ConflictEdge = {
  __typename?: 'ConflictEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The conflict. */
  node: Conflict;
};

/**
 * What an analysis covered. `total` is every inspection the question ranges over (the graph's, or the
 * PDU's for `pduChanges`); `considered.inspections` plus the `count` of every `excluded` entry is
 * `total`, always: nothing is dropped without being listed.
 */
export type Coverage = {
  __typename?: 'Coverage';
  /** What the analysis read. */
  considered: CoverageCounts;
  /** Every inspection it left out, grouped by reason: UNDECIDED first (it may belong; the graph cannot tell), then EMPTY, then OUTSIDE. */
  excluded: Array<Exclusion>;
  /** The coverage in words. */
  summary: Scalars['String']['output'];
  /** Every inspection the question ranges over. */
  total: Scalars['Int']['output'];
};

/** Counts of what an analysis considered. */
export type CoverageCounts = {
  __typename?: 'CoverageCounts';
  /** Findings read (finding analyses). */
  findings: Scalars['Int']['output'];
  /** The ids of the inspections considered (at most 100; `inspections` counts them all). */
  inspectionIds: Array<Scalars['ID']['output']>;
  /** Inspections considered. */
  inspections: Scalars['Int']['output'];
  /** Their distinct PDUs. */
  pdus: Scalars['Int']['output'];
  /** Recommendations read (recommendation analyses). */
  recommendations: Scalars['Int']['output'];
  /** Of the recommendations or findings read, those with no theme (they join no theme group). */
  withoutTheme: Scalars['Int']['output'];
};

/** Where a date comes from. */
export type DateBasis =
  /** A named rule derives it from dates that are stated (the rule and an explanation are given beside it). */
  | 'DERIVED'
  /** A document (or a cited source) states it. */
  | 'STATED'
  /** Nothing states it and no rule applies. */
  | 'UNKNOWN';

/** How many inspections of a count rest on one date basis. */
export type DateBasisCount = {
  __typename?: 'DateBasisCount';
  /** The basis. */
  basis: InspectionDateBasis;
  /** How many inspections. */
  count: Scalars['Int']['output'];
};

/** A source document: every fact in the graph leads back to one. */
export type Document = Node & {
  __typename?: 'Document';
  /** How many phone numbers and e-mail addresses were removed from the text before it was stored (never the values). */
  contactDetailsRemoved?: Maybe<Scalars['Int']['output']>;
  /** A note on the date, e.g. that it is the report's availability date, or which source gives a date the text does not state. */
  dateNote?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `document:leeds-2024-press-release`. */
  id: Scalars['ID']['output'];
  /** What kind of document it is. */
  kind: DocumentKind;
  /** The licence it is published under: OGL-3.0 (Open Government Licence), OPL-3.0 (Open Parliament Licence) or COPYRIGHT (the publisher's). */
  licence?: Maybe<Scalars['String']['output']>;
  /** The people it names. */
  mentionsPeople: Array<Person>;
  /** The policies it names. */
  mentionsPolicies: Array<Policy>;
  /** When it was published (`YYYY-MM-DD` or `YYYY-MM`), when known. */
  publishedOn?: Maybe<Scalars['String']['output']>;
  /** The page that states the publication date, when the text itself states none (seeds/facts/document-dates.yaml); null otherwise. */
  publishedOnSource?: Maybe<Scalars['String']['output']>;
  /** Who published it. */
  publisher?: Maybe<Organisation>;
  /** The inspections it reports. */
  reports: Array<Inspection>;
  /** SHA-256 of the text, which identifies the document on re-ingestion. */
  sha256: Scalars['String']['output'];
  /** The text as stored: the full text under an open licence, the quoted passages (joined by `[…]`) otherwise; contact details are replaced by markers. */
  text: Scalars['String']['output'];
  /** True when `text` holds only the quoted passages: the licence (COPYRIGHT) allows no more to be stored or served. */
  textIsExcerpt: Scalars['Boolean']['output'];
  /** The document's own headline. */
  title: Scalars['String']['output'];
  /** Where it is published, when known. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of documents. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** The documents on this page, with their cursors. */
  edges: Array<DocumentEdge>;
  /** The documents on this page. */
  nodes: Array<Document>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of documents, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A document with its cursor. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: Document;
};

/** What kind of document a source is. */
export type DocumentKind =
  /** A report to a board. */
  | 'BOARD_REPORT'
  /** A news report. */
  | 'NEWS'
  /** Anything else. */
  | 'OTHER'
  /** A written parliamentary question and its answer. */
  | 'PARLIAMENTARY_ANSWER'
  /** A press release of HM Inspectorate of Probation. */
  | 'PRESS_RELEASE';

/**
 * The words in a source document that support a fact, and where they are. Every fact-bearing type
 * has `evidence`, so every fact leads back to its document.
 */
export type Evidence = {
  __typename?: 'Evidence';
  /** Which fact of the node the quote supports (e.g. `rating`, `fieldwork`), when a node has several. */
  about?: Maybe<Scalars['String']['output']>;
  /** The document the words come from. */
  document: Document;
  /** Character offset just past the quote's end in the document text. */
  end?: Maybe<Scalars['Int']['output']>;
  /** The document's own words, exactly as they appear in it. */
  quote: Scalars['String']['output'];
  /** Character offset of the quote's start in the document text. */
  start?: Maybe<Scalars['Int']['output']>;
};

/** Inspections an analysis left out, for one reason. */
export type Exclusion = {
  __typename?: 'Exclusion';
  /** How many inspections. */
  count: Scalars['Int']['output'];
  /** The reason in words, with the count. */
  explanation: Scalars['String']['output'];
  /** Their ids, at most 100 (`count` counts them all). */
  ids: Array<Scalars['ID']['output']>;
  /** OUTSIDE the question, UNDECIDED (may belong; cannot be told), or EMPTY (belongs, holds nothing to read). */
  kind: ExclusionKind;
  /** Their distinct PDUs. */
  pdus: Scalars['Int']['output'];
  /** Why. */
  reason: ExclusionReason;
};

/** What kind of reason an exclusion is. */
export type ExclusionKind =
  /** It matches, but holds nothing the analysis reads (no recommendation text, no concern...). */
  | 'EMPTY'
  /** The inspection does not match the question (another region, another rating, not under the policy, outside the period). */
  | 'OUTSIDE'
  /** It may match, but the graph cannot tell (no region, no fieldwork window, only possibly under the policy or in the period). */
  | 'UNDECIDED';

/** Why an analysis left an inspection out. */
export type ExclusionReason =
  /** Its fieldwork window lies wholly outside the policy's in-force period (or the policy is background, never a pressure). */
  | 'NOT_UNDER_POLICY'
  /** In scope, but no concern is in the graph. */
  | 'NO_CONCERNS'
  /** No date at all, so it cannot be placed in a sequence (`pduChanges`). */
  | 'NO_DATE'
  /** No fieldwork window: no document states the fieldwork, the publication or its own date. */
  | 'NO_FIELDWORK_WINDOW'
  /** In scope, but no finding is in the graph. */
  | 'NO_FINDINGS'
  /** In scope, but no recommendation text is in the graph (the documents quote none). */
  | 'NO_RECOMMENDATION_TEXT'
  /** Its PDU has no region in the graph: it may be in the region asked. */
  | 'NO_REGION'
  /** In scope, but no strength is in the graph. */
  | 'NO_STRENGTHS'
  /** It has another rating. */
  | 'OTHER_RATING'
  /** Its PDU is in another region. */
  | 'OTHER_REGION'
  /** Its fieldwork cannot have begun in the period asked. */
  | 'OUTSIDE_PERIOD'
  /** Its derived fieldwork window may have begun inside the period or outside it; counted with `includePossible`. */
  | 'POSSIBLY_IN_PERIOD'
  /** Its fieldwork window lies only partly inside the policy's in-force period (UNDER with certainty POSSIBLE); counted with `includePossible`. */
  | 'POSSIBLY_UNDER_POLICY';

/** Something inspectors found: a strength or an area for improvement. */
export type Finding = Node & {
  __typename?: 'Finding';
  /** Words in documents that state it. */
  evidence: Array<Evidence>;
  /** Stable id, e.g. `finding:leeds:2024-08:2`. */
  id: Scalars['ID']['output'];
  /** The inspection it comes from. */
  inspection: Inspection;
  /** Strength or concern. */
  polarity: Polarity;
  /** The finding, in (or close to) the document's words. */
  text: Scalars['String']['output'];
  /** Each theme assignment with its basis. */
  themeAssignments: Array<ThemeAssignment>;
  /** The themes it is about. */
  themes: Array<Theme>;
};

/** A page of findings. */
export type FindingConnection = {
  __typename?: 'FindingConnection';
  /** The findings on this page, with their cursors. */
  edges: Array<FindingEdge>;
  /** The findings on this page. */
  nodes: Array<Finding>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of findings, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A finding with its cursor. */
export type FindingEdge = {
  __typename?: 'FindingEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The finding. */
  node: Finding;
};

/**
 * An inspection programme and its standards, in force from..until (seeds/facts/frameworks.yaml, with
 * the pages that describe and date it): which framework an inspection was judged under follows from
 * its fieldwork window (`Inspection.frameworks`).
 */
export type Framework = Node & {
  __typename?: 'Framework';
  /** When it began, at the precision the sources give (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  from: Scalars['String']['output'];
  /** Stable id, e.g. `framework:hmip-regional-pdu-programme-2023`. */
  id: Scalars['ID']['output'];
  /** What it inspects: PDU, REGION or NATIONAL (only PDU frameworks are matched to PDU inspections). */
  inspects: Array<Scalars['String']['output']>;
  /** Its key in seeds/facts/frameworks.yaml. */
  key: Scalars['String']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Uncertainty and context, in words. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Where these facts come from (URLs). */
  sources: Array<Scalars['String']['output']>;
  /** What it is, in brief (a paraphrase of the sources). */
  summary: Scalars['String']['output'];
  /** When it ended; null when no source gives an end. */
  until?: Maybe<Scalars['String']['output']>;
};

/** The frameworks two inspections were judged under. */
export type FrameworkChange = {
  __typename?: 'FrameworkChange';
  /** The later inspection's. */
  after: Array<FrameworkMatch>;
  /** The earlier inspection's frameworks (two when its window straddles a change, none without a window). */
  before: Array<FrameworkMatch>;
  /** The frameworks in words; a comparison across frameworks says to compare with care. */
  explanation: Scalars['String']['output'];
  /** Whether both were judged, for certain, under one and the same framework. */
  same: Scalars['Boolean']['output'];
};

/** A framework an inspection falls under, by its fieldwork window. */
export type FrameworkMatch = {
  __typename?: 'FrameworkMatch';
  /** CERTAIN when the whole fieldwork window lies in the framework's period, POSSIBLE when only part of it does. */
  certainty: Certainty;
  /** The window and the period compared, in words. */
  explanation: Scalars['String']['output'];
  /** The framework. */
  framework: Framework;
};

/** A relationship drawn in a neighbourhood. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** The id of the node it starts from. */
  from: Scalars['ID']['output'];
  /** The id of the node it points to. */
  to: Scalars['ID']['output'];
  /** The relationship type, e.g. `IN_REGION`. */
  type: Scalars['String']['output'];
};

/** A node drawn in a neighbourhood. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** A short caption: its name, title, code or the start of its text. */
  caption: Scalars['String']['output'];
  /** The node's id. */
  id: Scalars['ID']['output'];
  /** Its label, e.g. `PDU`. */
  label: Scalars['String']['output'];
};

/** A stored value the document contradicts. */
export type IngestConflict = {
  __typename?: 'IngestConflict';
  /** The Conflict node's id. */
  conflict: Scalars['ID']['output'];
  /** The field, e.g. `rating`. */
  field: Scalars['String']['output'];
  /** The inspection's id. */
  inspection: Scalars['ID']['output'];
  /** The value the document states. */
  reportedValue?: Maybe<Scalars['String']['output']>;
  /** The value in the graph. */
  storedValue?: Maybe<Scalars['String']['output']>;
};

/** A document to add to the graph. Only `text` is required; the rest is taken from the text when not given. */
export type IngestDocumentInput = {
  /** What kind of document it is. */
  kind?: InputMaybe<DocumentKind>;
  /** When it was published (`YYYY-MM-DD` or `YYYY-MM`). */
  publishedOn?: InputMaybe<Scalars['String']['input']>;
  /** The document's text (UTF-8, at most 1 MiB): an inspection press release or a news report of one. */
  text: Scalars['String']['input'];
  /** Its headline. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where the document is published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A value filled in from the document. */
export type IngestFill = {
  __typename?: 'IngestFill';
  /** The field, e.g. `publishedOn`. */
  field: Scalars['String']['output'];
  /** The inspection's id. */
  inspection: Scalars['ID']['output'];
  /** The value, as text. */
  value: Scalars['String']['output'];
};

/** An existing inspection the document was matched to. */
export type IngestMatch = {
  __typename?: 'IngestMatch';
  /** The inspection's id. */
  inspection: Scalars['ID']['output'];
  /** The PDU as the document names it. */
  pdu: Scalars['String']['output'];
  /** Why it matched. */
  reason: Scalars['String']['output'];
};

/** An inspection that may duplicate another. */
export type IngestPossibleDuplicate = {
  __typename?: 'IngestPossibleDuplicate';
  /** The new inspection. */
  inspection: Scalars['ID']['output'];
  /** The existing inspection it may duplicate. */
  of: Scalars['ID']['output'];
  /** Why it is doubtful. */
  reason: Scalars['String']['output'];
};

/** What an ingest created, changed, or found doubtful. In a dry run, what it would do. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** Values the document states that differ from the stored ones: both are kept, the stored one stays current. */
  conflicts: Array<IngestConflict>;
  /** How many findings were added. */
  createdFindings: Scalars['Int']['output'];
  /** Ids of new inspections. */
  createdInspections: Array<Scalars['ID']['output']>;
  /** Ids of new PDUs. */
  createdPdus: Array<Scalars['ID']['output']>;
  /** Ids of new people. */
  createdPeople: Array<Scalars['ID']['output']>;
  /** How many quotes were added. */
  createdQuotes: Scalars['Int']['output'];
  /** How many recommendations were added. */
  createdRecommendations: Scalars['Int']['output'];
  /** The document's id (to look it up with `document(id:)`), title, kind and date. */
  documentId: Scalars['ID']['output'];
  /** True when nothing was written on purpose. */
  dryRun: Scalars['Boolean']['output'];
  /** Values the graph lacked that the document states, now filled in. */
  filled: Array<IngestFill>;
  /** The document's kind. */
  kind: DocumentKind;
  /** Why each updated inspection was taken to be the one the document reports. */
  matches: Array<IngestMatch>;
  /** Inspections created that may duplicate existing ones, linked for review instead of merged. */
  possibleDuplicates: Array<IngestPossibleDuplicate>;
  /** When it was published, where known. */
  publishedOn?: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the text: the same text is never ingested twice. */
  sha256: Scalars['String']['output'];
  /** CREATED or UNCHANGED. */
  status: IngestStatus;
  /** The document's title. */
  title: Scalars['String']['output'];
  /** What the document states that could not be placed in the graph. */
  unmatched: Array<Scalars['String']['output']>;
  /** Existing inspections that gained evidence (the document reports them again). */
  updatedInspections: Array<Scalars['ID']['output']>;
};

/** Whether an ingest added the document. */
export type IngestStatus =
  /** The document is new: its facts were added (or, in a dry run, would be). */
  | 'CREATED'
  /** A document with the same text is already in the graph; nothing was written. */
  | 'UNCHANGED';

/** An inspection of one PDU by HM Inspectorate of Probation. */
export type Inspection = Node & {
  __typename?: 'Inspection';
  /** Improvement actions in response to this inspection. */
  actions: Array<Action>;
  /** What those cases were, where stated. */
  casesDescription?: Maybe<Scalars['String']['output']>;
  /** The number of cases inspectors examined, where stated. */
  casesExamined?: Maybe<Scalars['Int']['output']>;
  /**
   * The Chief Inspector of Probation in post for the whole fieldwork window (STATED or DERIVED), from the
   * dated roles in seeds/facts/chief-inspectors.yaml; null when the window straddles a change of Chief
   * Inspector (see `chiefInspectors`) or there is no window. `chiefInspectorExplanation` says which.
   */
  chiefInspector?: Maybe<Person>;
  /** Who was Chief Inspector during the fieldwork, in words: one throughout, or the window straddling a change (none named), or no window. */
  chiefInspectorExplanation: Scalars['String']['output'];
  /** Every Chief Inspector of Probation in post at some time in the fieldwork window, earliest first. */
  chiefInspectors: Array<ChiefInspectorInPost>;
  /** Values later documents state differently: kept, with their evidence, for review. */
  conflicts: Array<Conflict>;
  /** The inspection's date as every ordering reads it (src/analysis/chronology.ts): fieldwork month, else the month it was reported, else its publication date; null when none is known. */
  date?: Maybe<Scalars['String']['output']>;
  /** What `date` is. */
  dateBasis: InspectionDateBasis;
  /** The documents that report this inspection, newest first (at most 20). */
  documents: Array<Document>;
  /** Words in documents that support the inspection's facts (rating, dates, counts). */
  evidence: Array<Evidence>;
  /**
   * How the fieldwork is known: STATED (a document gives the months), DERIVED (a named rule gives a window:
   * `fieldworkRule`), or UNKNOWN.
   */
  fieldworkBasis: DateBasis;
  /** Why the fieldwork is known as it is, in words. */
  fieldworkExplanation?: Maybe<Scalars['String']['output']>;
  /** The month fieldwork began, `YYYY-MM`, as a document states it; null when no document states it (never filled in from a guess: see `fieldworkWindowFrom`). */
  fieldworkFrom?: Maybe<Scalars['String']['output']>;
  /**
   * For a DERIVED window, the rule that gives it: `FIELDWORK_BEFORE_PUBLICATION` (from a publication or
   * report date), or `PUBLISHED_IN_TENURE` (no date at all, but a document quotes the Chief Inspector of
   * Probation in post, so it was published during that tenure: a wide window).
   */
  fieldworkRule?: Maybe<Scalars['String']['output']>;
  /** The month fieldwork ended, `YYYY-MM` (the same as `fieldworkFrom` for a one-month inspection); null when not stated. */
  fieldworkTo?: Maybe<Scalars['String']['output']>;
  /** The first month the fieldwork can have been in: the stated month, or the start of the derived window; null when UNKNOWN. */
  fieldworkWindowFrom?: Maybe<Scalars['String']['output']>;
  /** The last month the fieldwork can have been in; null when UNKNOWN. */
  fieldworkWindowTo?: Maybe<Scalars['String']['output']>;
  /** What inspectors found: strengths and concerns, in the documents' order (at most 60). */
  findings: Array<Finding>;
  /** The inspection programmes whose period the fieldwork window falls in (two when it straddles a change; none without a window). */
  frameworks: Array<FrameworkMatch>;
  /** Stable id: the PDU and the month fieldwork began, e.g. `inspection:leeds:2024-08`. */
  id: Scalars['ID']['output'];
  /** A readable caption, e.g. `Leeds 2024-08`. */
  name: Scalars['String']['output'];
  /** The PDU's next inspection, if there is one. */
  next?: Maybe<Inspection>;
  /** The PDU inspected. */
  pdu: Pdu;
  /** Inspections this one may duplicate (linked at ingest for review, never merged silently). */
  possibleDuplicates: Array<Inspection>;
  /** The national policies this inspection was under, and on what basis (at most 40). */
  pressures: Array<Pressure>;
  /** The PDU's previous inspection, which this one follows. */
  previous?: Maybe<Inspection>;
  /** When the report was published, `YYYY-MM-DD` (or `YYYY-MM`), as a document states it; null when no document says. */
  publishedOn?: Maybe<Scalars['String']['output']>;
  /** STATED when a document gives the publication date; UNKNOWN otherwise. */
  publishedOnBasis: DateBasis;
  /** Quotes about this inspection (at most 40). */
  quotes: Array<Quote>;
  /** The overall rating. */
  rating: Rating;
  /** The number of recommendations the report makes, as stated (may exceed the recommendations whose words are known). */
  recommendationCount?: Maybe<Scalars['Int']['output']>;
  /** The recommendations whose words are known, in the report's order (at most 30). */
  recommendations: Array<Recommendation>;
  /** Whether `recommendations` holds all of them (false for a partial list quoted in a press release). */
  recommendationsComplete: Scalars['Boolean']['output'];
  /** For an inspection whose fieldwork no document states: the month of the earliest document that reports it. */
  reportedIn?: Maybe<Scalars['String']['output']>;
};

/** Two successive inspections of a PDU compared. */
export type InspectionChange = {
  __typename?: 'InspectionChange';
  /** The later inspection. */
  after: Inspection;
  /** The earlier inspection. */
  before: Inspection;
  /** Concern themes (negative findings): new, persisting, not reported again. */
  concerns: ThemeChanges;
  /** What the documents about each inspection report and lack, and what that means for the comparison. */
  coverage: ChangeCoverage;
  /** The comparison in words. */
  explanation: Scalars['String']['output'];
  /** The frameworks each was judged under, and whether they are the same (comparisons across frameworks say so). */
  frameworks: FrameworkChange;
  /** How the rating moved: IMPROVED, UNCHANGED or DECLINED. */
  rating: RatingChange;
  /** Recommendations of the later inspection that say much the same as one of the earlier (lineage: `Recommendation.recurs`). */
  recurringRecommendations: Array<RecommendationRecurrence>;
  /** Strength themes, likewise, apart from the concerns. */
  strengths: ThemeChanges;
};

/** A page of inspections. */
export type InspectionConnection = {
  __typename?: 'InspectionConnection';
  /** The inspections on this page, with their cursors. */
  edges: Array<InspectionEdge>;
  /**
   * Inspections the policy, period or region filters could not decide, by reason (NO_FIELDWORK_WINDOW,
   * POSSIBLY_UNDER_POLICY, POSSIBLY_IN_PERIOD, NO_REGION): not in `totalCount`; empty without those filters.
   */
  excluded: Array<Exclusion>;
  /** The inspections on this page. */
  nodes: Array<Inspection>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of inspections matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What the graph knows of one inspection from its documents. */
export type InspectionCoverage = {
  __typename?: 'InspectionCoverage';
  /** How many concerns they report. */
  concerns: Scalars['Int']['output'];
  /** The documents that report it. */
  documents: Array<Document>;
  /** The inspection. */
  inspection: Inspection;
  /** What they lack, in words (the report itself, recommendation texts, concerns, a stated fieldwork...). */
  lacks: Array<Scalars['String']['output']>;
  /** How many of its recommendations are quoted. */
  recommendationsKnown: Scalars['Int']['output'];
  /** How many recommendations it made, where a document states it. */
  recommendationsStated?: Maybe<Scalars['Int']['output']>;
  /** How many strengths they report. */
  strengths: Scalars['Int']['output'];
};

/** What an inspection's date (src/analysis/chronology.ts) is. */
export type InspectionDateBasis =
  /** The month fieldwork began, as a document states it. */
  | 'FIELDWORK'
  /** No date known. */
  | 'NONE'
  /** No fieldwork stated and no report month: the report's publication date. */
  | 'PUBLISHED'
  /** No fieldwork stated: the month of the first document that reported the inspection. */
  | 'REPORTED';

/** An inspection with its cursor. */
export type InspectionEdge = {
  __typename?: 'InspectionEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The inspection. */
  node: Inspection;
};

/** Filters for `inspections`; all given filters must hold. */
export type InspectionFilter = {
  /** Only inspections whose fieldwork certainly began in or after this month (`YYYY-MM`; a derived window must lie wholly after it). */
  fieldworkFrom?: InputMaybe<Scalars['String']['input']>;
  /** Only inspections whose fieldwork certainly began in or before this month (`YYYY-MM`). */
  fieldworkTo?: InputMaybe<Scalars['String']['input']>;
  /** Also inspections only possibly under the policy or in the period (a derived window partly inside). */
  includePossible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only inspections of this PDU (a PDU id). */
  pdu?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Only inspections under this policy, on either basis (a policy code such as `SDS40`): CERTAINLY
   * (the whole fieldwork window inside its in-force period), as the analyses count them; those only
   * POSSIBLY under it (a derived window partly inside), or with no window, are left out and listed in
   * `excluded`, unless `includePossible`.
   */
  policy?: InputMaybe<Scalars['String']['input']>;
  /** Only inspections with this overall rating. */
  rating?: InputMaybe<Rating>;
  /** Only inspections of PDUs in this region (a region id). */
  region?: InputMaybe<Scalars['ID']['input']>;
};

/** On what basis an inspection was under the policy an analysis asked about. */
export type InspectionPressure = {
  __typename?: 'InspectionPressure';
  /** FIELDWORK_OVERLAP, DOCUMENT_MENTION or both. */
  bases: Array<PressureBasis>;
  /** CERTAIN (the whole fieldwork window inside the policy's in-force period), or POSSIBLE (only with `includePossible`). */
  certainty: Certainty;
  /** The inspection. */
  inspection: Inspection;
};

/** A facet count: hits of one kind. */
export type KindCount = {
  __typename?: 'KindCount';
  /** How many hits. */
  count: Scalars['Int']['output'];
  /** The kind: Recommendation, Finding, Quote or Document. */
  kind: Scalars['String']['output'];
};

/**
 * A national policy that a later document names for a PDU's later work: it came into force after the
 * fieldwork of the inspection the document reports, so it was not a pressure on that inspection.
 */
export type LaterPressure = {
  __typename?: 'LaterPressure';
  /** The document that names it. */
  document?: Maybe<Document>;
  /** Why it is linked to the PDU and not to the inspection, in words. */
  explanation?: Maybe<Scalars['String']['output']>;
  /** The policy. */
  policy: Policy;
  /** The document's words that name the policy. */
  quote?: Maybe<Scalars['String']['output']>;
  /** The date of the document that names it, from when the PDU is said to work under it. */
  since?: Maybe<Scalars['String']['output']>;
};

/** Whether a linked recommendation came before or after this one. */
export type LinkDirection =
  /** The other recommendation was made earlier: this one repeats it. */
  | 'EARLIER'
  /** The other was made later: it repeats this one. */
  | 'LATER'
  /** The order is not known (the same month, or a date unknown). */
  | 'UNORDERED';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Add a document: extract its facts and load them with their evidence, in one transaction (all or
   * nothing). Re-sending the same text changes nothing. Needs an API key with role `write`. With
   * `dryRun: true`, reports what it would do and writes nothing.
   * Errors: BAD_USER_INPUT (empty, binary, too large), NOTHING_FOUND (no inspection in the text).
   */
  ingestDocument: IngestResult;
};


export type MutationIngestDocumentArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: IngestDocumentInput;
};

/** The nodes around one node and the relationships between them, ready to draw. */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** The relationships among those nodes. */
  edges: Array<GraphEdge>;
  /** The nodes, the centre first. */
  nodes: Array<GraphNode>;
};

/**
 * Anything in the graph with a stable id. Ids are readable and stable across reloads, e.g.
 * `pdu:leeds`, `inspection:leeds:2024-08`, `policy:sds40`, `person:martin-jones`.
 */
export type Node = {
  /** The node's stable id. */
  id: Scalars['ID']['output'];
};

/** An organisation: the Inspectorate, the Ministry of Justice, HMPPS, a board... */
export type Organisation = Node & {
  __typename?: 'Organisation';
  /** Other names and abbreviations, e.g. `HMIP`. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Words in documents that name it. */
  evidence: Array<Evidence>;
  /** Stable id, e.g. `organisation:hm-inspectorate-of-probation`. */
  id: Scalars['ID']['output'];
  /** What kind of organisation it is, e.g. INSPECTORATE. */
  kind: Scalars['String']['output'];
  /** The organisation's name. */
  name: Scalars['String']['output'];
  /** The organisation it is part of. */
  partOf?: Maybe<Organisation>;
  /** People who hold roles in it. */
  people: Array<Person>;
  /** Source URLs for facts not taken from the documents. */
  sources: Array<Scalars['String']['output']>;
  /** When it ceased to exist, for former organisations. */
  until?: Maybe<Scalars['String']['output']>;
};

/** A Probation Delivery Unit: the local unit that delivers probation services, and the unit HM Inspectorate of Probation inspects. */
export type Pdu = Node & {
  __typename?: 'PDU';
  /** Improvement actions the PDU has taken or planned. */
  actions: Array<Action>;
  /** Other names documents use, e.g. `LLR`. */
  aliases: Array<Scalars['String']['output']>;
  /** Words in documents that support facts about the PDU (such as its region). */
  evidence: Array<Evidence>;
  /** Stable id, e.g. `pdu:leeds`. */
  id: Scalars['ID']['output'];
  /**
   * The PDU's inspections, newest first: dated by the month fieldwork began, else (an inspection known
   * only from the news) the month it was reported in, else its publication date; an inspection with no
   * date at all comes last. At most 20.
   */
  inspections: Array<Inspection>;
  /** Policies that documents name for the PDU's work after an inspection (not pressures on that inspection). */
  laterPressures: Array<LaterPressure>;
  /** The rating of the PDU's latest inspection: the first of `inspections`. */
  latestRating?: Maybe<Rating>;
  /** Documents that name the PDU, newest first: a page. */
  mentionedIn: DocumentConnection;
  /** The PDU's name without the word "PDU", e.g. `Leicester, Leicestershire and Rutland`. */
  name: Scalars['String']['output'];
  /** The region the PDU belongs to. */
  region?: Maybe<Region>;
  /** Why no region is given, when no source states it (a known gap: `probation-graph check` lists it). */
  regionUnknown?: Maybe<Scalars['String']['output']>;
  /** Pages that state the PDU and its region. */
  sources: Array<Scalars['String']['output']>;
};


/** A Probation Delivery Unit: the local unit that delivers probation services, and the unit HM Inspectorate of Probation inspects. */
export type PduMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of PDUs. */
export type PduConnection = {
  __typename?: 'PDUConnection';
  /** The PDUs on this page, with their cursors. */
  edges: Array<PduEdge>;
  /** The PDUs on this page. */
  nodes: Array<Pdu>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of PDUs matching the arguments, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A PDU with its cursor. */
export type PduEdge = {
  __typename?: 'PDUEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The PDU. */
  node: Pdu;
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether there are more items after this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether there are items before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item on this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * What changed for a PDU between its inspections (`pduChanges`): one comparison per pair of successive
 * dated inspections, with the coverage (undated inspections cannot be placed in the sequence).
 */
export type PduChanges = {
  __typename?: 'PduChanges';
  /** One comparison per pair of successive dated inspections, oldest pair first. */
  changes: Array<InspectionChange>;
  /** The PDU's inspections compared, and those left out (NO_DATE), with what they may duplicate. */
  coverage: Coverage;
  /** Every change in a sentence, then the coverage. */
  explanation: Scalars['String']['output'];
  /** Its dated inspections, oldest first: the sequence compared. */
  inspections: Array<Inspection>;
  /** The PDU. */
  pdu: Pdu;
};

/** A facet count: hits that belong to one PDU. */
export type PduCount = {
  __typename?: 'PduCount';
  /** How many hits. */
  count: Scalars['Int']['output'];
  /** The PDU. */
  pdu: Pdu;
};

/** A person who speaks or answers for an organisation. Only names and public roles are stored. */
export type Person = Node & {
  __typename?: 'Person';
  /** How documents refer to them after first mention, e.g. `Mr Jones`. */
  aliases: Array<Scalars['String']['output']>;
  /** Commitments they stated on an organisation's behalf. */
  commitments: Array<Commitment>;
  /** Words in documents that support their roles. */
  evidence: Array<Evidence>;
  /** Stable id, e.g. `person:martin-jones`. */
  id: Scalars['ID']['output'];
  /** The person's name. */
  name: Scalars['String']['output'];
  /** Everything they are quoted as saying, by id: a page (a Chief Inspector is quoted in every press release). */
  quotes: QuoteConnection;
  /** Their public roles. */
  roles: Array<Role>;
};


/** A person who speaks or answers for an organisation. Only names and public roles are stored. */
export type PersonQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people on this page, with their cursors. */
  edges: Array<PersonEdge>;
  /** The people on this page. */
  nodes: Array<Person>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of people, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A person with their cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Whether a finding is a strength or a concern. */
export type Polarity =
  /** Something the PDU must improve. */
  | 'CONCERN'
  /** Something the PDU does well. */
  | 'STRENGTH';

/** A national policy or measure that pressed on probation work, or shaped the service. */
export type Policy = Node & {
  __typename?: 'Policy';
  /** Other names documents use, e.g. `SDS 40`. */
  aliases: Array<Scalars['String']['output']>;
  /** When it was announced, where known. */
  announcedOn?: Maybe<Scalars['String']['output']>;
  /** The policy's code, e.g. `SDS40`, `FTR48`, `PROBATION_RESET`. */
  code: Scalars['String']['output'];
  /** Uncertainty in the dates, in words (disputed or unknown dates). */
  dateNotes?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `policy:sds40`. */
  id: Scalars['ID']['output'];
  /** When it came into force (`YYYY-MM-DD` or `YYYY-MM`); null when unknown. */
  inForceFrom?: Maybe<Scalars['String']['output']>;
  /** When it stopped applying; null while in force or when unknown. */
  inForceUntil?: Maybe<Scalars['String']['output']>;
  /** Inspections under it (either basis), newest first (as for `PDU.inspections`): a page. */
  inspections: InspectionConnection;
  /** LEGISLATION, OPERATIONAL_MEASURE, REVIEW or STRUCTURAL_REFORM. */
  kind: Scalars['String']['output'];
  /** Documents that name it, newest first: a page. */
  mentionedIn: DocumentConnection;
  /** Its full name. */
  name: Scalars['String']['output'];
  /** Whether it pressed on probation work (capacity and workload measures); only these give FIELDWORK_OVERLAP pressures. */
  pressure: Scalars['Boolean']['output'];
  /** Organisations responsible for it. */
  responsible: Array<Organisation>;
  /** Where these facts come from (URLs). */
  sources: Array<Scalars['String']['output']>;
  /** What it does, in brief. */
  summary: Scalars['String']['output'];
};


/** A national policy or measure that pressed on probation work, or shaped the service. */
export type PolicyInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A national policy or measure that pressed on probation work, or shaped the service. */
export type PolicyMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One policy's coverage in an analysis over several policies. */
export type PolicyCoverage = {
  __typename?: 'PolicyCoverage';
  /** What counted as under it, and what was left out. */
  coverage: Coverage;
  /** The policy. */
  policy: Policy;
};

/** A policy's in-force period and the inspections whose fieldwork fell in it, for a timeline chart. */
export type PolicyPeriod = {
  __typename?: 'PolicyPeriod';
  /** Which inspections count as under the policy, and which were left out and why (no fieldwork window, only possibly). */
  coverage: Coverage;
  /** Start of the period (`YYYY-MM-DD` or `YYYY-MM`); null when unknown. */
  from?: Maybe<Scalars['String']['output']>;
  /** Inspections whose fieldwork overlapped the period, by fieldwork: a page (they grow with every inspection). */
  inspections: InspectionConnection;
  /** The policy. */
  policy: Policy;
  /** Inspections whose fieldwork window lies only partly in it (POSSIBLE: a derived window, or a month straddling a start or end day), by window: a page. */
  possible: InspectionConnection;
  /** End of the period; null while in force or when unknown. */
  until?: Maybe<Scalars['String']['output']>;
};


/** A policy's in-force period and the inspections whose fieldwork fell in it, for a timeline chart. */
export type PolicyPeriodInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A policy's in-force period and the inspections whose fieldwork fell in it, for a timeline chart. */
export type PolicyPeriodPossibleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How an inspection was under a national policy's pressure. */
export type Pressure = {
  __typename?: 'Pressure';
  /**
   * FIELDWORK_OVERLAP: the fieldwork fell inside the policy's in-force period (computed from dates).
   * DOCUMENT_MENTION: a document about the inspection names the policy.
   */
  basis: PressureBasis;
  /** CERTAIN when the whole fieldwork window lies inside the in-force period; POSSIBLE when only part of it does (the analyses and filters leave these out unless asked). */
  certainty?: Maybe<Certainty>;
  /** For DOCUMENT_MENTION, the document that names it. */
  document?: Maybe<Document>;
  /** Why, in words: the dates compared, or the document's words. */
  explanation: Scalars['String']['output'];
  /** The policy. */
  policy: Policy;
  /** For DOCUMENT_MENTION, the document's words that name the policy. */
  quote?: Maybe<Scalars['String']['output']>;
};

/** Why an inspection counts as under a policy. */
export type PressureBasis =
  /** A document about the inspection names the policy. */
  | 'DOCUMENT_MENTION'
  /** The inspection's fieldwork fell inside the policy's in-force period. */
  | 'FIELDWORK_OVERLAP';

/** How far a commitment or action had got, as a document states it at its date (`statusAsOf`). */
export type Progress =
  /** Done (in place). */
  | 'DONE'
  /** Under way. */
  | 'IN_PROGRESS'
  /** A standing activity that recurs. */
  | 'ONGOING'
  /** Planned, not yet begun. */
  | 'PLANNED';

export type Query = {
  __typename?: 'Query';
  /** Improvement actions, soonest due first; `dueBy` and `status` as for `commitments`. */
  actions: Array<Action>;
  /**
   * Pledges made by organisations, e.g. in parliamentary answers, soonest due first. With `dueBy`,
   * only those due or overdue at that date: a due date on or before it (a month's, "by March 2026",
   * from its first day) and not known to be DONE. Example: `commitments(dueBy: "2026-04-01") { text dueBy status statusAsOf owner { name } }`.
   */
  commitments: Array<Commitment>;
  /** Every recorded conflict between a stored value and a document, by id: a page. */
  conflicts: ConflictConnection;
  /** One document by id, or null when there is none. */
  document?: Maybe<Document>;
  /** Documents, newest first. */
  documents: DocumentConnection;
  /** The inspection programmes and standards in the graph, oldest first. Example: `frameworks { name from until inspects sources }`. */
  frameworks: Array<Framework>;
  /** One inspection by id, or null when there is none. */
  inspection?: Maybe<Inspection>;
  /**
   * Inspections, newest first (dated as for `PDU.inspections`; undated last), filtered.
   * Example: `inspections(filter: {policy: "SDS40", rating: INADEQUATE}) { nodes { pdu { name } fieldworkFrom } }`.
   */
  inspections: InspectionConnection;
  /**
   * The nodes within `depth` relationships of a node, and the relationships among them, for drawing.
   * Returns null when no node has that id.
   */
  neighbourhood?: Maybe<Neighbourhood>;
  /** Any node by id, or null when there is none. */
  node?: Maybe<Node>;
  /** One PDU by id, or null when there is none. */
  pdu?: Maybe<Pdu>;
  /**
   * What changed for a PDU between its inspections: for each pair of successive dated inspections, the
   * rating's move, the concern and strength themes that are new, persisting or not reported again,
   * the recommendations that recur (lineage), the frameworks each was judged under, and what the
   * documents about each lack. Null for an unknown PDU.
   * Example: `pduChanges(pdu: "pdu:leicester-leicestershire-and-rutland") { changes { before { id } after { id } rating concerns { new { theme { name } } } coverage { notes } explanation } coverage { summary } }`.
   */
  pduChanges?: Maybe<PduChanges>;
  /**
   * PDUs by name, optionally only those in a region or whose latest inspection has a rating.
   * Example: `pdus(first: 10, region: "region:east-midlands") { totalCount nodes { name latestRating } }`.
   */
  pdus: PduConnection;
  /** People, by name. */
  people: PersonConnection;
  /** One person by id, or null when there is none. */
  person?: Maybe<Person>;
  /** All policies, by code (at most 100). */
  policies: Array<Policy>;
  /** One policy by code (e.g. `SDS40`) or id, or null when there is none. */
  policy?: Maybe<Policy>;
  /** Each policy's in-force period with the inspections whose fieldwork fell in it (and those only possibly in it, apart). Example: `policyTimeline { policy { code } from until inspections { name } possible { name } }`. */
  policyTimeline: Array<PolicyPeriod>;
  /**
   * Inspection counts by region, year and rating: every rated inspection, by the year of its best date
   * (src/analysis/chronology.ts: the month fieldwork began, else the month it was first reported in,
   * else its publication date; `bases` says which), under year null when it has none and region null
   * when its PDU has none. Example: `ratingCounts { counts { region { name } year rating count bases { basis count } } coverage { summary } }`.
   */
  ratingCounts: RatingCounts;
  /** A PDU's ratings over time, oldest first (the reverse of `PDU.inspections`, so the last is its `latestRating`), with how each moved. Example: `ratingHistory(pdu: "pdu:leicester-leicestershire-and-rutland") { fieldworkFrom rating change }`. */
  ratingHistory: Array<RatingPoint>;
  /**
   * Themes that recur in the CONCERNS (negative findings) of at least `minPdus` PDUs: the recurrence
   * analysis of `recurringRecommendations` over findings, which are many times more numerous than the
   * recommendation texts the documents quote. Same arguments, explanation and coverage.
   * Example: `recurringConcerns(policy: "SDS40") { themes { theme { name } pdus { name } explanation findings { text evidence { quote } } } coverage { summary } }`.
   */
  recurringConcerns: RecurringFindings;
  /**
   * Themes that recur in recommendations to at least `minPdus` PDUs, most PDUs first, with the
   * coverage: how many inspections, PDUs and recommendations were considered, and every inspection left
   * out, by reason. With `policy`, an inspection counts when it was CERTAINLY under the policy (its
   * whole fieldwork window inside the in-force period, on either basis); one only POSSIBLY under it (a
   * derived window partly inside) or with no fieldwork window is left out and listed, unless
   * `includePossible`. `from` and `to` read derived windows the same way. Every theme's counts are
   * complete; its lists hold at most `limit` items. An analysis: answers are computed once per state of
   * the graph and at most a few at a time (when too many wait, the error is `SERVICE_BUSY`, HTTP 503).
   * Example: `recurringRecommendations(policy: "SDS40") { themes { theme { name } pdus { name } explanation } coverage { considered { inspections } excluded { reason count ids } } explanation }`.
   */
  recurringRecommendations: RecurringRecommendations;
  /**
   * A region's PDUs with an inspection that matches (a rating, a period), and the concern themes they
   * share (how many PDUs, which, with the findings as evidence), strengths apart, with the coverage
   * (including PDUs with no region in the graph). Null for an unknown region.
   * Example: `regionProfile(region: "region:yorkshire-and-the-humber", rating: INADEQUATE) { pdus { name } concerns { themes { theme { name } pdus { name } findings { text } } } explanation }`.
   */
  regionProfile?: Maybe<RegionProfile>;
  /** All 12 probation regions, by name (at most 20). */
  regions: Array<Region>;
  /**
   * Full-text search over recommendations, findings, quotes and documents, best first, optionally
   * narrowed by PDU, region, inspection, kind, policy and period, with facet counts. The text is taken
   * literally: Lucene operators in it are escaped.
   * Example: `search(text: "oversight", filter: { pdu: "pdu:leeds" }) { total byKind { kind count } hits { score snippet node { id __typename } } }`.
   */
  search: SearchResults;
  /**
   * Recommendations that say much the same as the given one, best first, even without a shared theme.
   * Example: `similarRecommendations(id: "recommendation:leeds:2024-08:1") { score sharedTerms recommendation { text inspection { pdu { name } } } }`.
   */
  similarRecommendations: Array<SimilarRecommendation>;
  /**
   * Counts per policy and theme, for a heat map: recommendations, concerns and strengths apart, of the
   * inspections CERTAINLY under each policy (also POSSIBLY, with `includePossible`), with each policy's
   * coverage. Example: `themeMatrix(policies: ["SDS40", "PROBATION_RESET"]) { cells { policy theme count concernCount strengthCount } }`.
   */
  themeMatrix: ThemeMatrix;
  /** The themes of the controlled vocabulary, by name (at most 100). */
  themes: Array<Theme>;
};


export type QueryActionsArgs = {
  dueBy?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<Progress>>;
};


export type QueryCommitmentsArgs = {
  dueBy?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<Progress>>;
};


export type QueryConflictsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInspectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InspectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPduArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPduChangesArgs = {
  pdu: Scalars['ID']['input'];
};


export type QueryPdusArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  rating?: InputMaybe<Rating>;
  region?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPolicyArgs = {
  code: Scalars['String']['input'];
};


export type QueryRatingHistoryArgs = {
  pdu: Scalars['ID']['input'];
};


export type QueryRecurringConcernsArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  includePossible?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minPdus?: InputMaybe<Scalars['Int']['input']>;
  policy?: InputMaybe<Scalars['String']['input']>;
  rating?: InputMaybe<Rating>;
  region?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRecurringRecommendationsArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  includePossible?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minPdus?: InputMaybe<Scalars['Int']['input']>;
  policy?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRegionProfileArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  includePossible?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minPdus?: InputMaybe<Scalars['Int']['input']>;
  rating?: InputMaybe<Rating>;
  region: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  filter?: InputMaybe<SearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySimilarRecommendationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryThemeMatrixArgs = {
  includePossible?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  policies?: InputMaybe<Array<Scalars['String']['input']>>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A person's words, verbatim, from a document. */
export type Quote = Node & {
  __typename?: 'Quote';
  /** The document it appears in. */
  document: Document;
  /** Where in the document it appears. */
  evidence: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The inspection it is about, if any. */
  inspection?: Maybe<Inspection>;
  /** Who said it. */
  speaker?: Maybe<Person>;
  /** The words, verbatim. */
  text: Scalars['String']['output'];
  /** What the quote is about, in a few words. */
  topic: Scalars['String']['output'];
};

/** A page of quotes. */
export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  /** The quotes on this page, with their cursors. */
  edges: Array<QuoteEdge>;
  /** The quotes on this page. */
  nodes: Array<Quote>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of quotes, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A quote with its cursor. */
export type QuoteEdge = {
  __typename?: 'QuoteEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The quote. */
  node: Quote;
};

/** An overall rating on HM Inspectorate of Probation's four-point scale. */
export type Rating =
  /** Good. */
  | 'GOOD'
  /** Inadequate. */
  | 'INADEQUATE'
  /** Outstanding. */
  | 'OUTSTANDING'
  /** Requires improvement. */
  | 'REQUIRES_IMPROVEMENT';

/** How a PDU's rating moved from one inspection to the next. */
export type RatingChange =
  /** Worse than the previous inspection. */
  | 'DECLINED'
  /** The PDU's first inspection in the graph. */
  | 'FIRST'
  /** Better than the previous inspection. */
  | 'IMPROVED'
  /** The same as the previous inspection. */
  | 'UNCHANGED';

/** The number of inspections with one rating, in one region and year. */
export type RatingCount = {
  __typename?: 'RatingCount';
  /** How many of them are dated by each basis. */
  bases: Array<DateBasisCount>;
  /** How many inspections. */
  count: Scalars['Int']['output'];
  /** The inspections counted (at most 100). */
  inspections: Array<Inspection>;
  /** The rating. */
  rating: Rating;
  /** The region; null for inspections of PDUs with no region in the graph. */
  region?: Maybe<Region>;
  /** The year of the inspection's date (fieldwork, else reported, else published: see `bases`); null for inspections with no date. */
  year?: Maybe<Scalars['Int']['output']>;
};

/**
 * The answer of `ratingCounts`: every rated inspection counted, by region and by the year of its best
 * date, with the coverage and an explanation of the bases.
 */
export type RatingCounts = {
  __typename?: 'RatingCounts';
  /** One count per region (null: the PDU has no region), year (null: no date) and rating. */
  counts: Array<RatingCount>;
  /** Every inspection counted; the summary says on which date bases. */
  coverage: Coverage;
  /** The counts' bases in words. */
  explanation: Scalars['String']['output'];
};

/** One inspection in a PDU's rating history. */
export type RatingPoint = {
  __typename?: 'RatingPoint';
  /** How the rating moved since the previous inspection. */
  change: RatingChange;
  /** The inspection's date as the history orders it (src/analysis/chronology.ts): fieldwork month, else the month it was reported, else its publication date; null when none is known. */
  date?: Maybe<Scalars['String']['output']>;
  /** What `date` is. */
  dateBasis: InspectionDateBasis;
  /** When its fieldwork began (null when no document states it). */
  fieldworkFrom?: Maybe<Scalars['String']['output']>;
  /** The inspection. */
  inspection: Inspection;
  /** Its overall rating. */
  rating: Rating;
};

/** Something a report asks the PDU to do. */
export type Recommendation = Node & {
  __typename?: 'Recommendation';
  /** Actions that address it. */
  actions: Array<Action>;
  /** Words in documents that state it. */
  evidence: Array<Evidence>;
  /** Stable id, e.g. `recommendation:leeds:2024-08:1`. */
  id: Scalars['ID']['output'];
  /** The inspection that made it. */
  inspection: Inspection;
  /** Its position in the inspection's list. */
  position: Scalars['Int']['output'];
  /**
   * Recommendation lineage: recommendations that say much the same, at the same PDU in another round or
   * at another PDU, each with its score and method (RECURS, derived at load and on ingest).
   */
  recurs: Array<RecommendationLink>;
  /** The recommendation's words. */
  text: Scalars['String']['output'];
  /** Each theme assignment with its basis (curated, or the rule and the words that matched). */
  themeAssignments: Array<ThemeAssignment>;
  /** The themes it is about. */
  themes: Array<Theme>;
  /** True when `text` is the report's own wording; false for a paraphrase. */
  verbatim: Scalars['Boolean']['output'];
};

/** A page of recommendations. */
export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  /** The recommendations on this page, with their cursors. */
  edges: Array<RecommendationEdge>;
  /** The recommendations on this page. */
  nodes: Array<Recommendation>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of recommendations, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A recommendation with its cursor. */
export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The recommendation. */
  node: Recommendation;
};

/** A recommendation that says much the same as another (lineage), and why. */
export type RecommendationLink = {
  __typename?: 'RecommendationLink';
  /** Whether it came before or after this one. */
  direction: LinkDirection;
  /** Why they are linked, in words. */
  explanation: Scalars['String']['output'];
  /** How the score was computed: STEMMED_TERM_COSINE. */
  method: Scalars['String']['output'];
  /** The other recommendation. */
  recommendation: Recommendation;
  /** Whether both were made to the same PDU. */
  samePdu: Scalars['Boolean']['output'];
  /** Cosine of the two texts' stemmed terms, from 0 to 1. */
  score: Scalars['Float']['output'];
  /** The words both use. */
  sharedTerms: Array<Scalars['String']['output']>;
};

/** A later recommendation that says much the same as an earlier one of the same PDU. */
export type RecommendationRecurrence = {
  __typename?: 'RecommendationRecurrence';
  /** The earlier one it repeats. */
  earlier: Recommendation;
  /** Why they are linked, in words. */
  explanation: Scalars['String']['output'];
  /** How the score was computed, e.g. STEMMED_TERM_COSINE. */
  method: Scalars['String']['output'];
  /** The later recommendation. */
  recommendation: Recommendation;
  /** The lineage score, from 0 to 1. */
  score: Scalars['Float']['output'];
  /** The words both use. */
  sharedTerms: Array<Scalars['String']['output']>;
};

/**
 * A theme that recurs in the findings of one polarity (concerns, or strengths) of several PDUs:
 * like `RecurringTheme`, with findings in place of recommendations. The lists hold at most the
 * `limit` given; the counts cover the whole group.
 */
export type RecurringFindingTheme = {
  __typename?: 'RecurringFindingTheme';
  /** Why these were grouped, in words. */
  explanation: Scalars['String']['output'];
  /** How many findings carry the theme (each counted once). */
  findingCount: Scalars['Int']['output'];
  /** The findings of the listed inspections, newest first and in the documents' order, at most `limit`: each with its evidence. */
  findings: Array<Finding>;
  /** How many inspections reported them. */
  inspectionCount: Scalars['Int']['output'];
  /** The inspections, newest first: the first `limit` of the `inspectionCount`. */
  inspections: Array<Inspection>;
  /** How many distinct PDUs such findings were reported for. */
  pduCount: Scalars['Int']['output'];
  /** Those PDUs, the most recently inspected first: the first `limit` of the `pduCount`. */
  pdus: Array<Pdu>;
  /** CONCERN or STRENGTH. */
  polarity: Polarity;
  /** For each inspection listed, the basis on which it was under the policy (empty without a policy). */
  pressures: Array<InspectionPressure>;
  /** The theme the findings share. */
  theme: Theme;
};

/** The answer of `recurringConcerns` (and each half of a `regionProfile`): the shared themes, the coverage, the explanation. */
export type RecurringFindings = {
  __typename?: 'RecurringFindings';
  /** Which inspections, PDUs and findings were considered, and every inspection left out, by reason. */
  coverage: Coverage;
  /** The answer in words, with the coverage. */
  explanation: Scalars['String']['output'];
  /** CONCERN or STRENGTH. */
  polarity: Polarity;
  /** The shared themes, most PDUs first. */
  themes: Array<RecurringFindingTheme>;
};

/**
 * The answer of `recurringRecommendations`: the themes that recur, what the analysis considered and
 * what it left out (and why), in words.
 */
export type RecurringRecommendations = {
  __typename?: 'RecurringRecommendations';
  /** Which inspections, PDUs and recommendations were considered, and every inspection left out, by reason. */
  coverage: Coverage;
  /** The answer in words: the themes, then the coverage (an empty answer says whether anything was left undecided). */
  explanation: Scalars['String']['output'];
  /** The recurring themes, most PDUs first. */
  themes: Array<RecurringTheme>;
};

/**
 * A theme that recurs in the recommendations made to several PDUs, optionally only among inspections
 * under one national policy: a hint that the cause is national rather than local. The counts cover the
 * whole group; the lists (`pdus`, `inspections`, `pressures`, `recommendations`) hold at most the
 * `limit` given to `recurringRecommendations` (default 20, at most 100), so the answer stays small
 * however many inspections the graph holds.
 */
export type RecurringTheme = {
  __typename?: 'RecurringTheme';
  /**
   * Why these were grouped, in words: the theme, the PDUs, the policy basis and how the theme was
   * assigned. Small groups are spelt out in full; large ones give the counts and a few examples
   * ("e.g. ...; and 2,310 more").
   */
  explanation: Scalars['String']['output'];
  /** How many inspections made such a recommendation. */
  inspectionCount: Scalars['Int']['output'];
  /** The inspections that made the recommendations, newest fieldwork first: the first `limit` of the `inspectionCount`. */
  inspections: Array<Inspection>;
  /** How many distinct PDUs received such a recommendation. */
  pduCount: Scalars['Int']['output'];
  /** Those PDUs, the most recently inspected first (by their newest inspection in the group): the first `limit` of the `pduCount`. */
  pdus: Array<Pdu>;
  /** For each inspection listed in `inspections`, the basis (and certainty) on which it was under the policy (empty without a policy). */
  pressures: Array<InspectionPressure>;
  /** How many recommendations carry the theme (each counted once, whether assigned by curation, by rule or both). */
  recommendationCount: Scalars['Int']['output'];
  /** The recommendations of the listed inspections, newest fieldwork first and in report order, at most `limit`; each with its inspection (and so its PDU). */
  recommendations: Array<Recommendation>;
  /** The theme the recommendations share. */
  theme: Theme;
};

/** One of the Probation Service's 12 regions (eleven in England, plus Wales). */
export type Region = Node & {
  __typename?: 'Region';
  /** Other spellings, e.g. `Yorkshire & the Humber`. */
  aliases: Array<Scalars['String']['output']>;
  /** Words in documents that support facts about the region (such as its stated PDU count). */
  evidence: Array<Evidence>;
  /** Stable id, e.g. `region:east-midlands`. */
  id: Scalars['ID']['output'];
  /** The region's name, e.g. `Yorkshire and the Humber`. */
  name: Scalars['String']['output'];
  /** The region's PDUs known to the graph, by name (at most 50). */
  pdus: Array<Pdu>;
  /** Where the list of regions comes from (URLs). */
  sources: Array<Scalars['String']['output']>;
  /** The number of PDUs in the region where a document states it ("one of 11 PDUs"); null otherwise. */
  statedPduCount?: Maybe<Scalars['Int']['output']>;
};

/**
 * A region's profile (`regionProfile`): the PDUs with a matching inspection, and the concern themes
 * they share, strengths apart, each with its coverage.
 */
export type RegionProfile = {
  __typename?: 'RegionProfile';
  /** Concern themes the matching inspections share (at least `minPdus` PDUs), with the coverage. */
  concerns: RecurringFindings;
  /** Which inspections matched, and which were left out and why (including PDUs with no region in the graph). */
  coverage: Coverage;
  /** The profile in words. */
  explanation: Scalars['String']['output'];
  /** The period asked for, if any (`YYYY-MM`). */
  from?: Maybe<Scalars['String']['output']>;
  /** The matching inspections, newest first per PDU. */
  inspections: Array<Inspection>;
  /** The region's PDUs with a matching inspection, by name. */
  pdus: Array<Pdu>;
  /** The rating asked for, if any. */
  rating?: Maybe<Rating>;
  /** The region. */
  region: Region;
  /** Strength themes they share, apart. */
  strengths: RecurringFindings;
  /** The period's end, if any. */
  to?: Maybe<Scalars['String']['output']>;
};

/** A public role: a title held at an organisation. */
export type Role = {
  __typename?: 'Role';
  /** When the role began, where known (dated roles: seeds/facts/chief-inspectors.yaml, with `sources`). */
  from?: Maybe<Scalars['String']['output']>;
  /** Whether it was an interim appointment, where known. */
  interim?: Maybe<Scalars['Boolean']['output']>;
  /** The organisation. */
  organisation: Organisation;
  /** The pages that date the role (URLs); empty for roles known only from the documents. */
  sources: Array<Scalars['String']['output']>;
  /** The title, e.g. `Chief Inspector of Probation`. */
  title: Scalars['String']['output'];
  /** When it ended, where a source states it; null while in post or when no source gives it (see `untilBasis`). */
  until?: Maybe<Scalars['String']['output']>;
  /** STATED (a source gives the end), DERIVED (the day before the next holder took office, at the latest) or UNKNOWN (in post as far as the sources go, or not found); null for undated roles. */
  untilBasis?: Maybe<DateBasis>;
  /** The role's end in words: stated, derived and how, or why unknown. */
  untilExplanation?: Maybe<Scalars['String']['output']>;
};

/**
 * Narrowing a search. A hit belongs to inspections (the one that made a recommendation or finding,
 * that a quote is about, that a document reports); the inspection filters hold when at least one of
 * its inspections meets them all. Policy and dates read fieldwork windows as the analyses do: CERTAIN
 * only, unless `includePossible`.
 */
export type SearchFilter = {
  /** Only hits of inspections whose fieldwork certainly began in or after this month (`YYYY-MM`). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Also inspections only possibly under the policy or in the period. */
  includePossible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only hits of this inspection (an inspection id). */
  inspection?: InputMaybe<Scalars['ID']['input']>;
  /** Only these kinds: Recommendation, Finding, Quote, Document. */
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only hits of this PDU (a PDU id). */
  pdu?: InputMaybe<Scalars['ID']['input']>;
  /** Only hits of inspections under this policy (a code such as SDS40). */
  policy?: InputMaybe<Scalars['String']['input']>;
  /** Only hits of PDUs in this region (a region id). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only hits of inspections whose fieldwork certainly began in or before this month (`YYYY-MM`). */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** One full-text search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The matching recommendation, finding, quote or document. */
  node: Node;
  /** Lucene relevance score; higher is better. */
  score: Scalars['Float']['output'];
  /** The matching text around the first match, with the match kept in context. */
  snippet: Scalars['String']['output'];
};

/**
 * The answer of `search`: the best hits, how many match in all, and facet counts (hits by kind and by
 * PDU) to narrow a search step by step.
 */
export type SearchResults = {
  __typename?: 'SearchResults';
  /** Hits by kind (Recommendation, Finding, Quote, Document), most first. */
  byKind: Array<KindCount>;
  /** Hits by PDU (a hit counts for each PDU it belongs to), most first. */
  byPdu: Array<PduCount>;
  /** The answer in words: what matched, what the filter kept, what the counts cover. */
  explanation: Scalars['String']['output'];
  /** The first `first` hits, best first. */
  hits: Array<SearchHit>;
  /** How many matches of the text were read before filtering (at most 1,000, the best first): when it is 1,000, narrow the text to see the rest. */
  scanned: Scalars['Int']['output'];
  /** How many hits match the filter, among the best `scanned` matches of the text. */
  total: Scalars['Int']['output'];
  /** Hits that belong to no PDU (a document or quote about no inspection). */
  withoutPdu: Scalars['Int']['output'];
};

/** A recommendation that says much the same as another, and why. */
export type SimilarRecommendation = {
  __typename?: 'SimilarRecommendation';
  /** The similar recommendation. */
  recommendation: Recommendation;
  /** Cosine similarity of the two texts' stemmed terms, weighted by rarity (TF-IDF), from 0 to 1. */
  score: Scalars['Float']['output'];
  /** The words both recommendations use (after stemming; shown as they appear in the other one). */
  sharedTerms: Array<Scalars['String']['output']>;
};

/** A theme of the controlled vocabulary (seeds/themes.yaml), e.g. management oversight. */
export type Theme = Node & {
  __typename?: 'Theme';
  /** What the theme covers. */
  description: Scalars['String']['output'];
  /** Findings about this theme, by id: a page. */
  findings: FindingConnection;
  /** Stable id, e.g. `theme:management-oversight`. */
  id: Scalars['ID']['output'];
  /** The theme's key, e.g. `management-oversight`. */
  key: Scalars['String']['output'];
  /** The theme's name. */
  name: Scalars['String']['output'];
  /** The PDUs that received this theme, and when (newest first): a page. */
  occurrences: ThemeOccurrenceConnection;
  /** The phrases whose words assign the theme by rule. */
  phrases: Array<Scalars['String']['output']>;
  /** Recommendations about this theme, by id: a page (they grow with every inspection). */
  recommendations: RecommendationConnection;
};


/** A theme of the controlled vocabulary (seeds/themes.yaml), e.g. management oversight. */
export type ThemeFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A theme of the controlled vocabulary (seeds/themes.yaml), e.g. management oversight. */
export type ThemeOccurrencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A theme of the controlled vocabulary (seeds/themes.yaml), e.g. management oversight. */
export type ThemeRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A theme attached to a recommendation or finding, and why. */
export type ThemeAssignment = {
  __typename?: 'ThemeAssignment';
  /** Curated or by rule. */
  basis: ThemeBasis;
  /** For RULE: the words of the text that matched the phrase. */
  matched: Array<Scalars['String']['output']>;
  /** For RULE: the phrase that matched. */
  rule?: Maybe<Scalars['String']['output']>;
  /** The theme. */
  theme: Theme;
};

/** How a theme came to be attached. */
export type ThemeBasis =
  /** Attached by hand in seeds/. */
  | 'CURATED'
  /** Attached by one of the theme's phrase rules (seeds/themes.yaml). */
  | 'RULE';

/** One theme's findings before and after: each finding has its evidence. */
export type ThemeChange = {
  __typename?: 'ThemeChange';
  /** The later inspection's findings about it. */
  after: Array<Finding>;
  /** The earlier inspection's findings about it. */
  before: Array<Finding>;
  /** Why it is new, persisting or not reported again, in words. */
  explanation: Scalars['String']['output'];
  /** The theme. */
  theme: Theme;
};

/**
 * The themes of one polarity (concerns, or strengths) compared between two inspections. "New" means
 * new to the documents: the earlier documents did not report it (press releases and news report a
 * few findings). "Not reported again" is never "resolved": what a document does not report is not
 * evidence of anything.
 */
export type ThemeChanges = {
  __typename?: 'ThemeChanges';
  /** The counts in words. */
  explanation: Scalars['String']['output'];
  /** Themes the later documents report and the earlier ones do not. */
  new: Array<ThemeChange>;
  /** Themes the earlier documents report and the later ones do not. */
  notReportedAgain: Array<ThemeChange>;
  /** Themes both report. */
  persisting: Array<ThemeChange>;
  /** Findings of the later inspection that carry no theme. */
  withoutThemeAfter: Array<Finding>;
  /** Findings of the earlier inspection that carry no theme (and so are compared by no theme). */
  withoutThemeBefore: Array<Finding>;
};

/**
 * Counts per policy and theme, for a heat map: recommendations, and findings with concerns and
 * strengths kept apart. An inspection counts under a policy when its pressure is CERTAIN (or also
 * POSSIBLE, with `includePossible`); each policy's coverage lists what was left out.
 */
export type ThemeMatrix = {
  __typename?: 'ThemeMatrix';
  /** One cell per policy and theme with at least one recommendation, concern or strength. */
  cells: Array<ThemeMatrixCell>;
  /** Per policy: which inspections count as under it, and which were left out and why. */
  coverage: Array<PolicyCoverage>;
  /** The policies (rows). */
  policies: Array<Policy>;
  /** The themes (columns). */
  themes: Array<Theme>;
};

/** One cell of the theme matrix: recommendations, concerns and strengths apart. */
export type ThemeMatrixCell = {
  __typename?: 'ThemeMatrixCell';
  /** Concerns (negative findings) with this theme, of inspections under this policy. */
  concernCount: Scalars['Int']['output'];
  /** How many distinct PDUs they were raised about. */
  concernPduCount: Scalars['Int']['output'];
  /** Some of the concerns, at most `limit`. */
  concerns: Array<Finding>;
  /** Recommendations with this theme made by inspections under this policy. */
  count: Scalars['Int']['output'];
  /** How many distinct PDUs received them. */
  pduCount: Scalars['Int']['output'];
  /** The policy's code. */
  policy: Scalars['String']['output'];
  /** Some of the recommendations, for drill-down: at most the `limit` given to `themeMatrix` (default 20); `count` counts them all. */
  recommendations: Array<Recommendation>;
  /** Strengths with this theme, of inspections under this policy (leadership is mostly a strength in these reports). */
  strengthCount: Scalars['Int']['output'];
  /** How many distinct PDUs they were found at. */
  strengthPduCount: Scalars['Int']['output'];
  /** Some of the strengths, at most `limit`. */
  strengths: Array<Finding>;
  /** The theme's key. */
  theme: Scalars['String']['output'];
};

/** A PDU that received a theme, and when. */
export type ThemeOccurrence = {
  __typename?: 'ThemeOccurrence';
  /** How many of its concerns carry the theme. */
  concernCount: Scalars['Int']['output'];
  /** When its fieldwork began (null when unknown). */
  fieldworkFrom?: Maybe<Scalars['String']['output']>;
  /** How many of its findings carry the theme (strengths and concerns together: see `concernCount` and `strengthCount`). */
  findingCount: Scalars['Int']['output'];
  /** The inspection whose recommendations or findings carry the theme. */
  inspection: Inspection;
  /** The PDU. */
  pdu: Pdu;
  /** How many of its recommendations carry the theme. */
  recommendationCount: Scalars['Int']['output'];
  /** How many of its strengths carry the theme. */
  strengthCount: Scalars['Int']['output'];
};

/** A page of occurrences. */
export type ThemeOccurrenceConnection = {
  __typename?: 'ThemeOccurrenceConnection';
  /** The occurrences on this page, with their cursors. */
  edges: Array<ThemeOccurrenceEdge>;
  /** The occurrences on this page. */
  nodes: Array<ThemeOccurrence>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of occurrences, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An occurrence with its cursor. */
export type ThemeOccurrenceEdge = {
  __typename?: 'ThemeOccurrenceEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The An occurrence. */
  node: ThemeOccurrence;
};

export type ExplorerDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerDirectoryQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', id: string, name: string, aliases: Array<string> }>, policies: Array<{ __typename?: 'Policy', id: string, code: string, name: string }>, people: { __typename?: 'PersonConnection', nodes: Array<{ __typename?: 'Person', id: string, name: string, aliases: Array<string> }> } };

export type ExplorerDirectoryPdusQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerDirectoryPdusQuery = { __typename?: 'Query', pdus: { __typename?: 'PDUConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'PDU', id: string, name: string, aliases: Array<string>, region?: { __typename?: 'Region', name: string } | null, inspections: Array<{ __typename?: 'Inspection', id: string, name: string }> }> } };

export type ExplorerLookupSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type ExplorerLookupSearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResults', hits: Array<{ __typename?: 'SearchHit', node: { __typename: 'Action', id: string } | { __typename: 'Commitment', id: string } | { __typename: 'Conflict', id: string } | { __typename: 'Document', title: string, id: string } | { __typename: 'Finding', text: string, id: string } | { __typename: 'Framework', id: string } | { __typename: 'Inspection', id: string } | { __typename: 'Organisation', id: string } | { __typename: 'PDU', id: string } | { __typename: 'Person', id: string } | { __typename: 'Policy', id: string } | { __typename: 'Quote', text: string, id: string } | { __typename: 'Recommendation', text: string, id: string } | { __typename: 'Region', id: string } | { __typename: 'Theme', id: string } }> } };

export type ExplorerPduChangesQueryVariables = Exact<{
  pdu: Scalars['ID']['input'];
}>;


export type ExplorerPduChangesQuery = { __typename?: 'Query', pduChanges?: { __typename?: 'PduChanges', explanation: string, pdu: { __typename?: 'PDU', id: string, name: string }, inspections: Array<{ __typename?: 'Inspection', id: string, name: string, rating: Rating, fieldworkFrom?: string | null, fieldworkTo?: string | null, fieldworkBasis: DateBasis, fieldworkWindowFrom?: string | null, fieldworkWindowTo?: string | null, fieldworkExplanation?: string | null, chiefInspectorExplanation: string, chiefInspector?: { __typename?: 'Person', name: string } | null, evidence: Array<{ __typename?: 'Evidence', quote: string, about?: string | null, document: { __typename?: 'Document', id: string, title: string, url?: string | null } }> }>, changes: Array<{ __typename?: 'InspectionChange', rating: RatingChange, explanation: string, before: { __typename?: 'Inspection', id: string, name: string, rating: Rating }, after: { __typename?: 'Inspection', id: string, name: string, rating: Rating }, frameworks: { __typename?: 'FrameworkChange', same: boolean, explanation: string }, concerns: { __typename?: 'ThemeChanges', explanation: string, new: Array<{ __typename?: 'ThemeChange', explanation: string, theme: { __typename?: 'Theme', name: string }, before: Array<{ __typename?: 'Finding', id: string }>, after: Array<{ __typename?: 'Finding', id: string }> }>, persisting: Array<{ __typename?: 'ThemeChange', explanation: string, theme: { __typename?: 'Theme', name: string }, before: Array<{ __typename?: 'Finding', id: string }>, after: Array<{ __typename?: 'Finding', id: string }> }>, notReportedAgain: Array<{ __typename?: 'ThemeChange', explanation: string, theme: { __typename?: 'Theme', name: string }, before: Array<{ __typename?: 'Finding', id: string }>, after: Array<{ __typename?: 'Finding', id: string }> }> }, strengths: { __typename?: 'ThemeChanges', explanation: string, new: Array<{ __typename?: 'ThemeChange', explanation: string, theme: { __typename?: 'Theme', name: string }, before: Array<{ __typename?: 'Finding', id: string }>, after: Array<{ __typename?: 'Finding', id: string }> }>, persisting: Array<{ __typename?: 'ThemeChange', explanation: string, theme: { __typename?: 'Theme', name: string }, before: Array<{ __typename?: 'Finding', id: string }>, after: Array<{ __typename?: 'Finding', id: string }> }>, notReportedAgain: Array<{ __typename?: 'ThemeChange', explanation: string, theme: { __typename?: 'Theme', name: string }, before: Array<{ __typename?: 'Finding', id: string }>, after: Array<{ __typename?: 'Finding', id: string }> }> }, recurringRecommendations: Array<{ __typename?: 'RecommendationRecurrence', score: number, sharedTerms: Array<string>, explanation: string, recommendation: { __typename?: 'Recommendation', id: string, text: string }, earlier: { __typename?: 'Recommendation', id: string, text: string } }>, coverage: { __typename?: 'ChangeCoverage', notes: Array<string> } }>, coverage: { __typename?: 'Coverage', summary: string, excluded: Array<{ __typename?: 'Exclusion', reason: ExclusionReason, kind: ExclusionKind, count: number, ids: Array<string>, explanation: string }> } } | null };

export type ExplorerPduFindingsQueryVariables = Exact<{
  pdu: Scalars['ID']['input'];
}>;


export type ExplorerPduFindingsQuery = { __typename?: 'Query', pdu?: { __typename?: 'PDU', inspections: Array<{ __typename?: 'Inspection', id: string, findings: Array<{ __typename?: 'Finding', id: string, text: string, evidence: Array<{ __typename?: 'Evidence', quote: string, document: { __typename?: 'Document', id: string, title: string, url?: string | null } }> }> }> } | null };

export type ExplorerCommitmentsQueryVariables = Exact<{
  dueBy?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerCommitmentsQuery = { __typename?: 'Query', commitments: Array<{ __typename?: 'Commitment', id: string, text: string, dueBy?: string | null, status?: Progress | null, statusAsOf?: string | null, owner?: { __typename?: 'Organisation', name: string } | null, madeBy?: { __typename?: 'Organisation', name: string } | null, statedBy?: { __typename?: 'Person', name: string } | null, evidence: Array<{ __typename?: 'Evidence', quote: string, about?: string | null, document: { __typename?: 'Document', id: string, title: string, url?: string | null } }> }> };

export type ExplorerDocumentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExplorerDocumentQuery = { __typename?: 'Query', document?: { __typename?: 'Document', id: string, title: string, kind: DocumentKind, url?: string | null, publishedOn?: string | null, dateNote?: string | null, licence?: string | null, text: string, publisher?: { __typename?: 'Organisation', name: string } | null, reports: Array<{ __typename?: 'Inspection', id: string, name: string, pdu: { __typename?: 'PDU', id: string, name: string } }> } | null };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerNeighbourhoodQuery = { __typename?: 'Query', neighbourhood?: { __typename?: 'Neighbourhood', nodes: Array<{ __typename?: 'GraphNode', id: string, label: string, caption: string }>, edges: Array<{ __typename?: 'GraphEdge', from: string, to: string, type: string }> } | null };

export type ExplorerIngestMutationVariables = Exact<{
  input: IngestDocumentInput;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ExplorerIngestMutation = { __typename?: 'Mutation', ingestDocument: { __typename?: 'IngestResult', status: IngestStatus, dryRun: boolean, documentId: string, title: string, kind: DocumentKind, publishedOn?: string | null, createdPdus: Array<string>, createdInspections: Array<string>, createdPeople: Array<string>, createdRecommendations: number, createdFindings: number, createdQuotes: number, updatedInspections: Array<string>, unmatched: Array<string>, matches: Array<{ __typename?: 'IngestMatch', inspection: string, pdu: string, reason: string }>, conflicts: Array<{ __typename?: 'IngestConflict', inspection: string, field: string, storedValue?: string | null, reportedValue?: string | null }>, possibleDuplicates: Array<{ __typename?: 'IngestPossibleDuplicate', inspection: string, of: string, reason: string }> } };

export type ExplorerInspectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExplorerInspectionQuery = { __typename?: 'Query', inspection?: { __typename?: 'Inspection', id: string, name: string, rating: Rating, fieldworkFrom?: string | null, fieldworkTo?: string | null, fieldworkBasis: DateBasis, fieldworkWindowFrom?: string | null, fieldworkWindowTo?: string | null, fieldworkRule?: string | null, fieldworkExplanation?: string | null, reportedIn?: string | null, publishedOn?: string | null, publishedOnBasis: DateBasis, date?: string | null, dateBasis: InspectionDateBasis, chiefInspectorExplanation: string, pdu: { __typename?: 'PDU', id: string, name: string, region?: { __typename?: 'Region', id: string, name: string } | null }, chiefInspector?: { __typename?: 'Person', id: string, name: string } | null, chiefInspectors: Array<{ __typename?: 'ChiefInspectorInPost', from: string, until?: string | null, interim: boolean, wholeWindow: boolean, person: { __typename?: 'Person', id: string, name: string, roles: Array<{ __typename?: 'Role', title: string, from?: string | null, until?: string | null, untilBasis?: DateBasis | null, untilExplanation?: string | null }> } }>, frameworks: Array<{ __typename?: 'FrameworkMatch', certainty: Certainty, explanation: string, framework: { __typename?: 'Framework', name: string } }>, evidence: Array<{ __typename?: 'Evidence', quote: string, about?: string | null, document: { __typename?: 'Document', id: string, title: string, url?: string | null } }>, recommendations: Array<{ __typename?: 'Recommendation', id: string, text: string, evidence: Array<{ __typename?: 'Evidence', quote: string, document: { __typename?: 'Document', id: string, title: string, url?: string | null } }>, recurs: Array<{ __typename?: 'RecommendationLink', direction: LinkDirection, samePdu: boolean, score: number, sharedTerms: Array<string>, explanation: string, recommendation: { __typename?: 'Recommendation', id: string, text: string, inspection: { __typename?: 'Inspection', id: string, name: string, pdu: { __typename?: 'PDU', id: string, name: string } } } }> }>, findings: Array<{ __typename?: 'Finding', id: string, text: string, polarity: Polarity, themes: Array<{ __typename?: 'Theme', name: string }>, evidence: Array<{ __typename?: 'Evidence', quote: string, document: { __typename?: 'Document', id: string, title: string, url?: string | null } }> }> } | null };

export type ExplorerThemeMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerThemeMatrixQuery = { __typename?: 'Query', themeMatrix: { __typename?: 'ThemeMatrix', policies: Array<{ __typename?: 'Policy', code: string, name: string, pressure: boolean }>, themes: Array<{ __typename?: 'Theme', key: string, name: string, description: string }>, cells: Array<{ __typename?: 'ThemeMatrixCell', policy: string, theme: string, count: number, pduCount: number }> } };

export type ExplorerThemeCellQueryVariables = Exact<{
  policy: Scalars['String']['input'];
  theme: Scalars['String']['input'];
}>;


export type ExplorerThemeCellQuery = { __typename?: 'Query', themeMatrix: { __typename?: 'ThemeMatrix', policies: Array<{ __typename?: 'Policy', code: string, name: string }>, themes: Array<{ __typename?: 'Theme', key: string, name: string }>, cells: Array<{ __typename?: 'ThemeMatrixCell', policy: string, theme: string, count: number, pduCount: number, recommendations: Array<{ __typename?: 'Recommendation', id: string, text: string, verbatim: boolean, inspection: { __typename?: 'Inspection', id: string, fieldworkFrom?: string | null, rating: Rating, pdu: { __typename?: 'PDU', id: string, name: string } }, evidence: Array<{ __typename?: 'Evidence', quote: string, about?: string | null, document: { __typename?: 'Document', id: string, title: string, url?: string | null, kind: DocumentKind, publishedOn?: string | null } }> }> }> } };

export type ExplorerPdusQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerPdusQuery = { __typename?: 'Query', pdus: { __typename?: 'PDUConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'PDU', id: string, name: string, latestRating?: Rating | null, region?: { __typename?: 'Region', id: string, name: string } | null, inspections: Array<{ __typename?: 'Inspection', id: string, fieldworkFrom?: string | null, rating: Rating }> }> } };

export type ExplorerRecurringConcernsQueryVariables = Exact<{
  policy?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  minPdus?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerRecurringConcernsQuery = { __typename?: 'Query', recurringConcerns: { __typename?: 'RecurringFindings', explanation: string, themes: Array<{ __typename?: 'RecurringFindingTheme', pduCount: number, inspectionCount: number, findingCount: number, explanation: string, theme: { __typename?: 'Theme', name: string }, pdus: Array<{ __typename?: 'PDU', id: string, name: string }>, findings: Array<{ __typename?: 'Finding', id: string, text: string, inspection: { __typename?: 'Inspection', id: string, name: string, pdu: { __typename?: 'PDU', id: string, name: string } }, evidence: Array<{ __typename?: 'Evidence', quote: string, document: { __typename?: 'Document', id: string, title: string, url?: string | null } }> }> }>, coverage: { __typename?: 'Coverage', summary: string, excluded: Array<{ __typename?: 'Exclusion', reason: ExclusionReason, kind: ExclusionKind, count: number, ids: Array<string>, explanation: string }> } } };

export type ExplorerRegionProfileQueryVariables = Exact<{
  region: Scalars['ID']['input'];
  rating?: InputMaybe<Rating>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerRegionProfileQuery = { __typename?: 'Query', regionProfile?: { __typename?: 'RegionProfile', explanation: string, region: { __typename?: 'Region', id: string, name: string }, pdus: Array<{ __typename?: 'PDU', id: string, name: string }>, inspections: Array<{ __typename?: 'Inspection', id: string, name: string, rating: Rating, fieldworkFrom?: string | null, fieldworkTo?: string | null, fieldworkBasis: DateBasis, fieldworkWindowFrom?: string | null, fieldworkWindowTo?: string | null, fieldworkExplanation?: string | null, chiefInspectorExplanation: string, pdu: { __typename?: 'PDU', id: string, name: string }, chiefInspector?: { __typename?: 'Person', name: string } | null, evidence: Array<{ __typename?: 'Evidence', quote: string, about?: string | null, document: { __typename?: 'Document', id: string, title: string, url?: string | null } }> }>, concerns: { __typename?: 'RecurringFindings', explanation: string, themes: Array<{ __typename?: 'RecurringFindingTheme', pduCount: number, inspectionCount: number, findingCount: number, explanation: string, theme: { __typename?: 'Theme', name: string }, pdus: Array<{ __typename?: 'PDU', id: string, name: string }>, findings: Array<{ __typename?: 'Finding', id: string, text: string, inspection: { __typename?: 'Inspection', id: string, name: string, pdu: { __typename?: 'PDU', id: string, name: string } }, evidence: Array<{ __typename?: 'Evidence', quote: string, document: { __typename?: 'Document', id: string, title: string, url?: string | null } }> }> }> }, strengths: { __typename?: 'RecurringFindings', explanation: string, themes: Array<{ __typename?: 'RecurringFindingTheme', pduCount: number, inspectionCount: number, findingCount: number, explanation: string, theme: { __typename?: 'Theme', name: string }, pdus: Array<{ __typename?: 'PDU', id: string, name: string }>, findings: Array<{ __typename?: 'Finding', id: string, text: string, inspection: { __typename?: 'Inspection', id: string, name: string, pdu: { __typename?: 'PDU', id: string, name: string } }, evidence: Array<{ __typename?: 'Evidence', quote: string, document: { __typename?: 'Document', id: string, title: string, url?: string | null } }> }> }> }, coverage: { __typename?: 'Coverage', summary: string, excluded: Array<{ __typename?: 'Exclusion', reason: ExclusionReason, kind: ExclusionKind, count: number, ids: Array<string>, explanation: string }> } } | null };

export type ExplorerSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  filter?: InputMaybe<SearchFilter>;
}>;


export type ExplorerSearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResults', total: number, scanned: number, withoutPdu: number, explanation: string, byKind: Array<{ __typename?: 'KindCount', kind: string, count: number }>, byPdu: Array<{ __typename?: 'PduCount', count: number, pdu: { __typename?: 'PDU', id: string, name: string } }>, hits: Array<{ __typename?: 'SearchHit', score: number, snippet: string, node: { __typename: 'Action', id: string } | { __typename: 'Commitment', id: string } | { __typename: 'Conflict', id: string } | { __typename: 'Document', title: string, url?: string | null, publishedOn?: string | null, id: string, reports: Array<{ __typename?: 'Inspection', id: string, name: string, pdu: { __typename?: 'PDU', id: string, name: string } }> } | { __typename: 'Finding', text: string, polarity: Polarity, id: string, inspection: { __typename?: 'Inspection', id: string, name: string, pdu: { __typename?: 'PDU', id: string, name: string } }, evidence: Array<{ __typename?: 'Evidence', quote: string, document: { __typename?: 'Document', id: string, title: string, url?: string | null } }> } | { __typename: 'Framework', id: string } | { __typename: 'Inspection', id: string } | { __typename: 'Organisation', id: string } | { __typename: 'PDU', id: string } | { __typename: 'Person', id: string } | { __typename: 'Policy', id: string } | { __typename: 'Quote', text: string, id: string, speaker?: { __typename?: 'Person', name: string } | null, quoteInspection?: { __typename?: 'Inspection', id: string, name: string, pdu: { __typename?: 'PDU', id: string, name: string } } | null, evidence: Array<{ __typename?: 'Evidence', quote: string, document: { __typename?: 'Document', id: string, title: string, url?: string | null } }> } | { __typename: 'Recommendation', text: string, id: string, inspection: { __typename?: 'Inspection', id: string, name: string, pdu: { __typename?: 'PDU', id: string, name: string } }, evidence: Array<{ __typename?: 'Evidence', quote: string, document: { __typename?: 'Document', id: string, title: string, url?: string | null } }> } | { __typename: 'Region', id: string } | { __typename: 'Theme', id: string } }> } };

export type ExplorerPduQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExplorerPduQuery = { __typename?: 'Query', pdu?: { __typename?: 'PDU', id: string, name: string, aliases: Array<string>, region?: { __typename?: 'Region', name: string } | null, inspections: Array<{ __typename?: 'Inspection', id: string, name: string, rating: Rating, fieldworkFrom?: string | null, fieldworkTo?: string | null, fieldworkBasis: DateBasis, fieldworkWindowFrom?: string | null, fieldworkWindowTo?: string | null, fieldworkExplanation?: string | null, reportedIn?: string | null, publishedOn?: string | null, casesExamined?: number | null, recommendationCount?: number | null, recommendations: Array<{ __typename?: 'Recommendation', id: string, text: string, themes: Array<{ __typename?: 'Theme', key: string, name: string }> }>, pressures: Array<{ __typename?: 'Pressure', basis: PressureBasis, certainty?: Certainty | null, policy: { __typename?: 'Policy', code: string, name: string } }>, documents: Array<{ __typename?: 'Document', id: string, title: string, url?: string | null, kind: DocumentKind, publishedOn?: string | null }> }> } | null, ratingHistory: Array<{ __typename?: 'RatingPoint', fieldworkFrom?: string | null, rating: Rating, change: RatingChange, inspection: { __typename?: 'Inspection', id: string } }>, policyTimeline: Array<{ __typename?: 'PolicyPeriod', from?: string | null, until?: string | null, policy: { __typename?: 'Policy', code: string, name: string, pressure: boolean } }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExplorerDirectoryDocument = new TypedDocumentString(`
    query ExplorerDirectory {
  regions {
    id
    name
    aliases
  }
  policies {
    id
    code
    name
  }
  people(first: 100) {
    nodes {
      id
      name
      aliases
    }
  }
}
    `, {"hash":"ca195582ce433bf8ec1f6659a84ec7e93e896c7ee977f48782b95774243578f6"}) as unknown as TypedDocumentString<ExplorerDirectoryQuery, ExplorerDirectoryQueryVariables>;
export const ExplorerDirectoryPdusDocument = new TypedDocumentString(`
    query ExplorerDirectoryPdus($after: String) {
  pdus(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      aliases
      region {
        name
      }
      inspections {
        id
        name
      }
    }
  }
}
    `, {"hash":"22e8b8c64426119b0ed0e1a84371e08592821502d0dd8fae3e1677bf4b2ea5c8"}) as unknown as TypedDocumentString<ExplorerDirectoryPdusQuery, ExplorerDirectoryPdusQueryVariables>;
export const ExplorerLookupSearchDocument = new TypedDocumentString(`
    query ExplorerLookupSearch($text: String!) {
  search(text: $text, first: 8) {
    hits {
      node {
        __typename
        id
        ... on Recommendation {
          text
        }
        ... on Finding {
          text
        }
        ... on Quote {
          text
        }
        ... on Document {
          title
        }
      }
    }
  }
}
    `, {"hash":"02feb54e16efff796cc1ae7ea1ec7d3a651c41fa8ccac54c7afab7475c074161"}) as unknown as TypedDocumentString<ExplorerLookupSearchQuery, ExplorerLookupSearchQueryVariables>;
export const ExplorerPduChangesDocument = new TypedDocumentString(`
    query ExplorerPduChanges($pdu: ID!) {
  pduChanges(pdu: $pdu) {
    pdu {
      id
      name
    }
    inspections {
      id
      name
      rating
      fieldworkFrom
      fieldworkTo
      fieldworkBasis
      fieldworkWindowFrom
      fieldworkWindowTo
      fieldworkExplanation
      chiefInspector {
        name
      }
      chiefInspectorExplanation
      evidence {
        quote
        about
        document {
          id
          title
          url
        }
      }
    }
    changes {
      before {
        id
        name
        rating
      }
      after {
        id
        name
        rating
      }
      rating
      frameworks {
        same
        explanation
      }
      concerns {
        explanation
        new {
          theme {
            name
          }
          before {
            id
          }
          after {
            id
          }
          explanation
        }
        persisting {
          theme {
            name
          }
          before {
            id
          }
          after {
            id
          }
          explanation
        }
        notReportedAgain {
          theme {
            name
          }
          before {
            id
          }
          after {
            id
          }
          explanation
        }
      }
      strengths {
        explanation
        new {
          theme {
            name
          }
          before {
            id
          }
          after {
            id
          }
          explanation
        }
        persisting {
          theme {
            name
          }
          before {
            id
          }
          after {
            id
          }
          explanation
        }
        notReportedAgain {
          theme {
            name
          }
          before {
            id
          }
          after {
            id
          }
          explanation
        }
      }
      recurringRecommendations {
        recommendation {
          id
          text
        }
        earlier {
          id
          text
        }
        score
        sharedTerms
        explanation
      }
      coverage {
        notes
      }
      explanation
    }
    coverage {
      summary
      excluded {
        reason
        kind
        count
        ids
        explanation
      }
    }
    explanation
  }
}
    `, {"hash":"d86904059776a65a34657dce27abe162f883b6a14f52956d2c64c4a90009602f"}) as unknown as TypedDocumentString<ExplorerPduChangesQuery, ExplorerPduChangesQueryVariables>;
export const ExplorerPduFindingsDocument = new TypedDocumentString(`
    query ExplorerPduFindings($pdu: ID!) {
  pdu(id: $pdu) {
    inspections {
      id
      findings {
        id
        text
        evidence {
          quote
          document {
            id
            title
            url
          }
        }
      }
    }
  }
}
    `, {"hash":"53386ea18561ae01ed5d66816058f9d9845919b02ac446cb8fb3f3869d450b60"}) as unknown as TypedDocumentString<ExplorerPduFindingsQuery, ExplorerPduFindingsQueryVariables>;
export const ExplorerCommitmentsDocument = new TypedDocumentString(`
    query ExplorerCommitments($dueBy: String) {
  commitments(dueBy: $dueBy) {
    id
    text
    dueBy
    status
    statusAsOf
    owner {
      name
    }
    madeBy {
      name
    }
    statedBy {
      name
    }
    evidence {
      quote
      about
      document {
        id
        title
        url
      }
    }
  }
}
    `, {"hash":"9c345dda92a7816ae4fd452fa2b023608d206e82e69f886fe183d1f2b31778a2"}) as unknown as TypedDocumentString<ExplorerCommitmentsQuery, ExplorerCommitmentsQueryVariables>;
export const ExplorerDocumentDocument = new TypedDocumentString(`
    query ExplorerDocument($id: ID!) {
  document(id: $id) {
    id
    title
    kind
    url
    publishedOn
    dateNote
    licence
    publisher {
      name
    }
    text
    reports {
      id
      name
      pdu {
        id
        name
      }
    }
  }
}
    `, {"hash":"602f6138af9417d5db0273b02c0a16c97a24cfe20639f90c7ac1b0778ff13347"}) as unknown as TypedDocumentString<ExplorerDocumentQuery, ExplorerDocumentQueryVariables>;
export const ExplorerNeighbourhoodDocument = new TypedDocumentString(`
    query ExplorerNeighbourhood($id: ID!, $depth: Int) {
  neighbourhood(id: $id, depth: $depth, limit: 100) {
    nodes {
      id
      label
      caption
    }
    edges {
      from
      to
      type
    }
  }
}
    `, {"hash":"86c387802d8a7080f86840e7665302ee790fd17a89d5a28c6613e8d147284918"}) as unknown as TypedDocumentString<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerIngestDocument = new TypedDocumentString(`
    mutation ExplorerIngest($input: IngestDocumentInput!, $dryRun: Boolean) {
  ingestDocument(input: $input, dryRun: $dryRun) {
    status
    dryRun
    documentId
    title
    kind
    publishedOn
    createdPdus
    createdInspections
    createdPeople
    createdRecommendations
    createdFindings
    createdQuotes
    updatedInspections
    matches {
      inspection
      pdu
      reason
    }
    conflicts {
      inspection
      field
      storedValue
      reportedValue
    }
    possibleDuplicates {
      inspection
      of
      reason
    }
    unmatched
  }
}
    `, {"hash":"79e0ae968003f55b8c89f40b50d5bd906e41e01d6b7544e07a11bf1fd8dfd98e"}) as unknown as TypedDocumentString<ExplorerIngestMutation, ExplorerIngestMutationVariables>;
export const ExplorerInspectionDocument = new TypedDocumentString(`
    query ExplorerInspection($id: ID!) {
  inspection(id: $id) {
    id
    name
    rating
    pdu {
      id
      name
      region {
        id
        name
      }
    }
    fieldworkFrom
    fieldworkTo
    fieldworkBasis
    fieldworkWindowFrom
    fieldworkWindowTo
    fieldworkRule
    fieldworkExplanation
    reportedIn
    publishedOn
    publishedOnBasis
    date
    dateBasis
    chiefInspector {
      id
      name
    }
    chiefInspectors {
      person {
        id
        name
        roles {
          title
          from
          until
          untilBasis
          untilExplanation
        }
      }
      from
      until
      interim
      wholeWindow
    }
    chiefInspectorExplanation
    frameworks {
      certainty
      explanation
      framework {
        name
      }
    }
    evidence {
      quote
      about
      document {
        id
        title
        url
      }
    }
    recommendations {
      id
      text
      evidence {
        quote
        document {
          id
          title
          url
        }
      }
      recurs {
        direction
        samePdu
        score
        sharedTerms
        explanation
        recommendation {
          id
          text
          inspection {
            id
            name
            pdu {
              id
              name
            }
          }
        }
      }
    }
    findings {
      id
      text
      polarity
      themes {
        name
      }
      evidence {
        quote
        document {
          id
          title
          url
        }
      }
    }
  }
}
    `, {"hash":"abec4ec3f08e662bc610c755ef7eb1a9057ec0f1802a07d8bb62a549e7daa5c5"}) as unknown as TypedDocumentString<ExplorerInspectionQuery, ExplorerInspectionQueryVariables>;
export const ExplorerThemeMatrixDocument = new TypedDocumentString(`
    query ExplorerThemeMatrix {
  themeMatrix {
    policies {
      code
      name
      pressure
    }
    themes {
      key
      name
      description
    }
    cells {
      policy
      theme
      count
      pduCount
    }
  }
}
    `, {"hash":"6899f2b1ceb29154b4036156b55ddda6f62225aae8fbc19f45de6601398e4032"}) as unknown as TypedDocumentString<ExplorerThemeMatrixQuery, ExplorerThemeMatrixQueryVariables>;
export const ExplorerThemeCellDocument = new TypedDocumentString(`
    query ExplorerThemeCell($policy: String!, $theme: String!) {
  themeMatrix(policies: [$policy], themes: [$theme]) {
    policies {
      code
      name
    }
    themes {
      key
      name
    }
    cells {
      policy
      theme
      count
      pduCount
      recommendations {
        id
        text
        verbatim
        inspection {
          id
          fieldworkFrom
          rating
          pdu {
            id
            name
          }
        }
        evidence {
          quote
          about
          document {
            id
            title
            url
            kind
            publishedOn
          }
        }
      }
    }
  }
}
    `, {"hash":"07f5d16e372b1cf35e9730e7d6efc5cdc56de7d150e8740a2313dce8322162d0"}) as unknown as TypedDocumentString<ExplorerThemeCellQuery, ExplorerThemeCellQueryVariables>;
export const ExplorerPdusDocument = new TypedDocumentString(`
    query ExplorerPdus($after: String) {
  pdus(first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      latestRating
      region {
        id
        name
      }
      inspections {
        id
        fieldworkFrom
        rating
      }
    }
  }
}
    `, {"hash":"5180f4efe0addffd9fed1f5610bb0a3c3daa64e32afd4ebe0aca11aa3210029c"}) as unknown as TypedDocumentString<ExplorerPdusQuery, ExplorerPdusQueryVariables>;
export const ExplorerRecurringConcernsDocument = new TypedDocumentString(`
    query ExplorerRecurringConcerns($policy: String, $region: ID, $from: String, $to: String, $minPdus: Int, $limit: Int) {
  recurringConcerns(
    policy: $policy
    region: $region
    from: $from
    to: $to
    minPdus: $minPdus
    limit: $limit
  ) {
    themes {
      theme {
        name
      }
      pduCount
      inspectionCount
      findingCount
      pdus {
        id
        name
      }
      explanation
      findings {
        id
        text
        inspection {
          id
          name
          pdu {
            id
            name
          }
        }
        evidence {
          quote
          document {
            id
            title
            url
          }
        }
      }
    }
    coverage {
      summary
      excluded {
        reason
        kind
        count
        ids
        explanation
      }
    }
    explanation
  }
}
    `, {"hash":"3486760ba8ecc583bf30d6067b9aeac10807ad81d4d8834062c9d98e7bd5bbfd"}) as unknown as TypedDocumentString<ExplorerRecurringConcernsQuery, ExplorerRecurringConcernsQueryVariables>;
export const ExplorerRegionProfileDocument = new TypedDocumentString(`
    query ExplorerRegionProfile($region: ID!, $rating: Rating, $from: String, $to: String) {
  regionProfile(region: $region, rating: $rating, from: $from, to: $to, limit: 20) {
    region {
      id
      name
    }
    pdus {
      id
      name
    }
    inspections {
      id
      name
      rating
      pdu {
        id
        name
      }
      fieldworkFrom
      fieldworkTo
      fieldworkBasis
      fieldworkWindowFrom
      fieldworkWindowTo
      fieldworkExplanation
      chiefInspector {
        name
      }
      chiefInspectorExplanation
      evidence {
        quote
        about
        document {
          id
          title
          url
        }
      }
    }
    concerns {
      themes {
        theme {
          name
        }
        pduCount
        inspectionCount
        findingCount
        pdus {
          id
          name
        }
        explanation
        findings {
          id
          text
          inspection {
            id
            name
            pdu {
              id
              name
            }
          }
          evidence {
            quote
            document {
              id
              title
              url
            }
          }
        }
      }
      explanation
    }
    strengths {
      themes {
        theme {
          name
        }
        pduCount
        inspectionCount
        findingCount
        pdus {
          id
          name
        }
        explanation
        findings {
          id
          text
          inspection {
            id
            name
            pdu {
              id
              name
            }
          }
          evidence {
            quote
            document {
              id
              title
              url
            }
          }
        }
      }
      explanation
    }
    coverage {
      summary
      excluded {
        reason
        kind
        count
        ids
        explanation
      }
    }
    explanation
  }
}
    `, {"hash":"39974a3339eacf783e30610298bb00bd145f34f06b95118d905491fe9df1fd89"}) as unknown as TypedDocumentString<ExplorerRegionProfileQuery, ExplorerRegionProfileQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!, $filter: SearchFilter) {
  search(text: $text, first: 50, filter: $filter) {
    total
    scanned
    withoutPdu
    explanation
    byKind {
      kind
      count
    }
    byPdu {
      pdu {
        id
        name
      }
      count
    }
    hits {
      score
      snippet
      node {
        __typename
        id
        ... on Recommendation {
          text
          inspection {
            id
            name
            pdu {
              id
              name
            }
          }
          evidence {
            quote
            document {
              id
              title
              url
            }
          }
        }
        ... on Finding {
          text
          polarity
          inspection {
            id
            name
            pdu {
              id
              name
            }
          }
          evidence {
            quote
            document {
              id
              title
              url
            }
          }
        }
        ... on Quote {
          text
          speaker {
            name
          }
          quoteInspection: inspection {
            id
            name
            pdu {
              id
              name
            }
          }
          evidence {
            quote
            document {
              id
              title
              url
            }
          }
        }
        ... on Document {
          title
          url
          publishedOn
          reports {
            id
            name
            pdu {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"2d45bb28c6424fc8224efbfb3f71e34e73a9d10aa6c40e05bff669ba3dd2ace3"}) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerPduDocument = new TypedDocumentString(`
    query ExplorerPdu($id: ID!) {
  pdu(id: $id) {
    id
    name
    aliases
    region {
      name
    }
    inspections {
      id
      name
      rating
      fieldworkFrom
      fieldworkTo
      fieldworkBasis
      fieldworkWindowFrom
      fieldworkWindowTo
      fieldworkExplanation
      reportedIn
      publishedOn
      casesExamined
      recommendationCount
      recommendations {
        id
        text
        themes {
          key
          name
        }
      }
      pressures {
        basis
        certainty
        policy {
          code
          name
        }
      }
      documents {
        id
        title
        url
        kind
        publishedOn
      }
    }
  }
  ratingHistory(pdu: $id) {
    fieldworkFrom
    rating
    change
    inspection {
      id
    }
  }
  policyTimeline {
    policy {
      code
      name
      pressure
    }
    from
    until
  }
}
    `, {"hash":"4d4da4eaab98d3fc284e026a08440be7a69dd9b233b3c086bfb745a0249a1672"}) as unknown as TypedDocumentString<ExplorerPduQuery, ExplorerPduQueryVariables>;