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
  /** Words in documents that state it. */
  evidence: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The inspection it responds to. */
  inspection?: Maybe<Inspection>;
  /** The PDU taking it. */
  takenBy?: Maybe<Pdu>;
  /** What the action is. */
  text: Scalars['String']['output'];
};

/** How sure a pressure is, given how the fieldwork is known. */
export type Certainty =
  /** The whole fieldwork window lies inside the policy's in-force period. */
  | 'CERTAIN'
  /** Only part of the window does (a derived window, or a month straddling the day the policy began). */
  | 'POSSIBLE';

/** A pledge made by an organisation, e.g. to hire 1,300 trainee probation officers by March 2026. */
export type Commitment = Node & {
  __typename?: 'Commitment';
  /** When it is due, where stated. */
  dueBy?: Maybe<Scalars['String']['output']>;
  /** Words in documents that state it. */
  evidence: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The organisation that made it. */
  madeBy?: Maybe<Organisation>;
  /** The person who stated it. */
  statedBy?: Maybe<Person>;
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

/** Whether a date is stated by a document, derived by a named rule, or not known. */
export type DateBasis =
  /** A named rule derives it from dates that are stated (the rule is given beside it). */
  | 'DERIVED'
  /** A document (or a cited source) states it. */
  | 'STATED'
  /** Nothing states it and no rule gives it. */
  | 'UNKNOWN';

/** A source document: every fact in the graph leads back to one. */
export type Document = Node & {
  __typename?: 'Document';
  /** How many phone numbers and e-mail addresses were removed from the text before it was stored (never the values). */
  contactDetailsRemoved?: Maybe<Scalars['Int']['output']>;
  /** A note on the date, e.g. that it is the report's availability date. */
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
  /** Values later documents state differently: kept, with their evidence, for review. */
  conflicts: Array<Conflict>;
  /** The documents that report this inspection. */
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
  /** For a DERIVED window, the rule that gives it, e.g. `FIELDWORK_BEFORE_PUBLICATION`. */
  fieldworkRule?: Maybe<Scalars['String']['output']>;
  /** The month fieldwork ended, `YYYY-MM` (the same as `fieldworkFrom` for a one-month inspection); null when not stated. */
  fieldworkTo?: Maybe<Scalars['String']['output']>;
  /** The first month the fieldwork can have been in: the stated month, or the start of the derived window; null when UNKNOWN. */
  fieldworkWindowFrom?: Maybe<Scalars['String']['output']>;
  /** The last month the fieldwork can have been in; null when UNKNOWN. */
  fieldworkWindowTo?: Maybe<Scalars['String']['output']>;
  /** What inspectors found: strengths and concerns, in the documents' order. */
  findings: Array<Finding>;
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
  /** The national policies this inspection was under, and on what basis. */
  pressures: Array<Pressure>;
  /** The PDU's previous inspection, which this one follows. */
  previous?: Maybe<Inspection>;
  /** When the report was published, `YYYY-MM-DD` (or `YYYY-MM`), as a document states it; null when no document says. */
  publishedOn?: Maybe<Scalars['String']['output']>;
  /** STATED when a document gives the publication date; UNKNOWN otherwise. */
  publishedOnBasis: DateBasis;
  /** Quotes about this inspection. */
  quotes: Array<Quote>;
  /** The overall rating. */
  rating: Rating;
  /** The number of recommendations the report makes, as stated (may exceed the recommendations whose words are known). */
  recommendationCount?: Maybe<Scalars['Int']['output']>;
  /** The recommendations whose words are known, in the report's order. */
  recommendations: Array<Recommendation>;
  /** Whether `recommendations` holds all of them (false for a partial list quoted in a press release). */
  recommendationsComplete: Scalars['Boolean']['output'];
  /** For an inspection whose fieldwork no document states: the month of the earliest document that reports it. */
  reportedIn?: Maybe<Scalars['String']['output']>;
};

/** A page of inspections. */
export type InspectionConnection = {
  __typename?: 'InspectionConnection';
  /** The inspections on this page, with their cursors. */
  edges: Array<InspectionEdge>;
  /** The inspections on this page. */
  nodes: Array<Inspection>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of inspections matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

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
  /** Only inspections whose fieldwork began in or after this month (`YYYY-MM`). */
  fieldworkFrom?: InputMaybe<Scalars['String']['input']>;
  /** Only inspections whose fieldwork began in or before this month (`YYYY-MM`). */
  fieldworkTo?: InputMaybe<Scalars['String']['input']>;
  /** Only inspections of this PDU (a PDU id). */
  pdu?: InputMaybe<Scalars['ID']['input']>;
  /** Only inspections under this policy, on either basis (a policy code such as `SDS40`). */
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
  /** The inspection. */
  inspection: Inspection;
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
   * date at all comes last.
   */
  inspections: Array<Inspection>;
  /** Policies that documents name for the PDU's work after an inspection (not pressures on that inspection). */
  laterPressures: Array<LaterPressure>;
  /** The rating of the PDU's latest inspection: the first of `inspections`. */
  latestRating?: Maybe<Rating>;
  /** Documents that name the PDU. */
  mentionedIn: Array<Document>;
  /** The PDU's name without the word "PDU", e.g. `Leicester, Leicestershire and Rutland`. */
  name: Scalars['String']['output'];
  /** The region the PDU belongs to. */
  region?: Maybe<Region>;
  /** Why no region is given, when no source states it (a known gap: `probation-graph check` lists it). */
  regionUnknown?: Maybe<Scalars['String']['output']>;
  /** Pages that state the PDU and its region. */
  sources: Array<Scalars['String']['output']>;
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
  /** Everything they are quoted as saying. */
  quotes: Array<Quote>;
  /** Their public roles. */
  roles: Array<Role>;
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
  /** Inspections under it (either basis), newest first (as for `PDU.inspections`). */
  inspections: Array<Inspection>;
  /** LEGISLATION, OPERATIONAL_MEASURE, REVIEW or STRUCTURAL_REFORM. */
  kind: Scalars['String']['output'];
  /** Documents that name it. */
  mentionedIn: Array<Document>;
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

/** A policy's in-force period and the inspections whose fieldwork fell in it, for a timeline chart. */
export type PolicyPeriod = {
  __typename?: 'PolicyPeriod';
  /** Start of the period (`YYYY-MM-DD` or `YYYY-MM`); null when unknown. */
  from?: Maybe<Scalars['String']['output']>;
  /** Inspections whose fieldwork overlapped the period, by fieldwork. */
  inspections: Array<Inspection>;
  /** The policy. */
  policy: Policy;
  /** End of the period; null while in force or when unknown. */
  until?: Maybe<Scalars['String']['output']>;
};

/** How an inspection was under a national policy's pressure. */
export type Pressure = {
  __typename?: 'Pressure';
  /**
   * FIELDWORK_OVERLAP: the fieldwork fell inside the policy's in-force period (computed from dates).
   * DOCUMENT_MENTION: a document about the inspection names the policy.
   */
  basis: PressureBasis;
  /** CERTAIN when the whole fieldwork window lies inside the policy's in-force period, POSSIBLE when only part of it does. */
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

export type Query = {
  __typename?: 'Query';
  /** Pledges made by organisations, e.g. in parliamentary answers. */
  commitments: Array<Commitment>;
  /** Every recorded conflict between a stored value and a document. */
  conflicts: Array<Conflict>;
  /** One document by id, or null when there is none. */
  document?: Maybe<Document>;
  /** Documents, newest first. */
  documents: DocumentConnection;
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
   * PDUs by name, optionally only those in a region or whose latest inspection has a rating.
   * Example: `pdus(first: 10, region: "region:east-midlands") { totalCount nodes { name latestRating } }`.
   */
  pdus: PduConnection;
  /** People, by name. */
  people: PersonConnection;
  /** One person by id, or null when there is none. */
  person?: Maybe<Person>;
  /** All policies, by code. */
  policies: Array<Policy>;
  /** One policy by code (e.g. `SDS40`) or id, or null when there is none. */
  policy?: Maybe<Policy>;
  /** Each policy's in-force period with the inspections whose fieldwork fell in it. Example: `policyTimeline { policy { code } from until inspections { name } }`. */
  policyTimeline: Array<PolicyPeriod>;
  /** Inspection counts by region, year of fieldwork and rating. Example: `ratingCounts { region { name } year rating count }`. */
  ratingCounts: Array<RatingCount>;
  /** A PDU's ratings over time, oldest first (the reverse of `PDU.inspections`, so the last is its `latestRating`), with how each moved. Example: `ratingHistory(pdu: "pdu:leicester-leicestershire-and-rutland") { fieldworkFrom rating change }`. */
  ratingHistory: Array<RatingPoint>;
  /**
   * Themes that recur in recommendations to at least `minPdus` PDUs, most PDUs first. With `policy`,
   * only inspections under that policy (either basis) count. Every theme's counts are complete; its
   * lists hold at most `limit` items. An analysis: answers are computed once per state of the graph and
   * at most a few at a time (when too many wait, the error is `SERVICE_BUSY`, HTTP 503). Example:
   * `recurringRecommendations(policy: "SDS40") { theme { name } pdus { name } explanation recommendations { text inspection { fieldworkFrom pdu { name } } } }`.
   */
  recurringRecommendations: Array<RecurringTheme>;
  /** All 12 probation regions, by name. */
  regions: Array<Region>;
  /**
   * Full-text search over recommendations, findings, quotes and documents, best first. The text is
   * taken literally: Lucene operators in it are escaped.
   * Example: `search(text: "safeguarding", first: 10) { score snippet node { id __typename } }`.
   */
  search: Array<SearchHit>;
  /**
   * Recommendations that say much the same as the given one, best first, even without a shared theme.
   * Example: `similarRecommendations(id: "recommendation:leeds:2024-08:1") { score sharedTerms recommendation { text inspection { pdu { name } } } }`.
   */
  similarRecommendations: Array<SimilarRecommendation>;
  /**
   * Recommendation counts per policy (inspections under it, either basis) and theme, for a heat map.
   * Example: `themeMatrix(policies: ["SDS40", "PROBATION_RESET"]) { cells { policy theme count } }`.
   */
  themeMatrix: ThemeMatrix;
  /** The themes of the controlled vocabulary, by name. */
  themes: Array<Theme>;
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


export type QueryRecurringRecommendationsArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minPdus?: InputMaybe<Scalars['Int']['input']>;
  policy?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySimilarRecommendationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryThemeMatrixArgs = {
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
  /** How many inspections. */
  count: Scalars['Int']['output'];
  /** The rating. */
  rating: Rating;
  /** The region. */
  region: Region;
  /** The year fieldwork began. */
  year: Scalars['Int']['output'];
};

/** One inspection in a PDU's rating history. */
export type RatingPoint = {
  __typename?: 'RatingPoint';
  /** How the rating moved since the previous inspection. */
  change: RatingChange;
  /** When its fieldwork began (null when unknown). */
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
  /** The recommendation's words. */
  text: Scalars['String']['output'];
  /** Each theme assignment with its basis (curated, or the rule and the words that matched). */
  themeAssignments: Array<ThemeAssignment>;
  /** The themes it is about. */
  themes: Array<Theme>;
  /** True when `text` is the report's own wording; false for a paraphrase. */
  verbatim: Scalars['Boolean']['output'];
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
  /** For each inspection listed in `inspections`, the basis on which it was under the policy (empty without a policy). */
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
  /** The region's PDUs known to the graph, by name. */
  pdus: Array<Pdu>;
  /** Where the list of regions comes from (URLs). */
  sources: Array<Scalars['String']['output']>;
  /** The number of PDUs in the region where a document states it ("one of 11 PDUs"); null otherwise. */
  statedPduCount?: Maybe<Scalars['Int']['output']>;
};

/** A public role: a title held at an organisation. */
export type Role = {
  __typename?: 'Role';
  /** When the role began, where known. */
  from?: Maybe<Scalars['String']['output']>;
  /** The organisation. */
  organisation: Organisation;
  /** The title, e.g. `Chief Inspector of Probation`. */
  title: Scalars['String']['output'];
  /** When it ended, where known. */
  until?: Maybe<Scalars['String']['output']>;
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
  /** Findings about this theme. */
  findings: Array<Finding>;
  /** Stable id, e.g. `theme:management-oversight`. */
  id: Scalars['ID']['output'];
  /** The theme's key, e.g. `management-oversight`. */
  key: Scalars['String']['output'];
  /** The theme's name. */
  name: Scalars['String']['output'];
  /** The PDUs that received this theme, and when (newest first). */
  occurrences: Array<ThemeOccurrence>;
  /** The phrases whose words assign the theme by rule. */
  phrases: Array<Scalars['String']['output']>;
  /** Recommendations about this theme. */
  recommendations: Array<Recommendation>;
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

/** Counts of recommendations per policy and theme, for a heat map. */
export type ThemeMatrix = {
  __typename?: 'ThemeMatrix';
  /** One cell per policy and theme that has at least one recommendation. */
  cells: Array<ThemeMatrixCell>;
  /** The policies (rows). */
  policies: Array<Policy>;
  /** The themes (columns). */
  themes: Array<Theme>;
};

/** One cell of the theme matrix. */
export type ThemeMatrixCell = {
  __typename?: 'ThemeMatrixCell';
  /** Recommendations with this theme made by inspections under this policy. */
  count: Scalars['Int']['output'];
  /** How many distinct PDUs received them. */
  pduCount: Scalars['Int']['output'];
  /** The policy's code. */
  policy: Scalars['String']['output'];
  /** Some of the recommendations, for drill-down: at most the `limit` given to `themeMatrix` (default 20); `count` counts them all. */
  recommendations: Array<Recommendation>;
  /** The theme's key. */
  theme: Scalars['String']['output'];
};

/** A PDU that received a theme, and when. */
export type ThemeOccurrence = {
  __typename?: 'ThemeOccurrence';
  /** When its fieldwork began (null when unknown). */
  fieldworkFrom?: Maybe<Scalars['String']['output']>;
  /** How many of its findings carry the theme. */
  findingCount: Scalars['Int']['output'];
  /** The inspection whose recommendations or findings carry the theme. */
  inspection: Inspection;
  /** The PDU. */
  pdu: Pdu;
  /** How many of its recommendations carry the theme. */
  recommendationCount: Scalars['Int']['output'];
};

export type ExplorerDocumentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExplorerDocumentQuery = { __typename?: 'Query', document?: { __typename?: 'Document', id: string, title: string, kind: DocumentKind, url?: string | null, publishedOn?: string | null, dateNote?: string | null, licence?: string | null, text: string, publisher?: { __typename?: 'Organisation', name: string } | null, reports: Array<{ __typename?: 'Inspection', id: string, name: string, pdu: { __typename?: 'PDU', id: string, name: string } }> } | null };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerNeighbourhoodQuery = { __typename?: 'Query', neighbourhood?: { __typename?: 'Neighbourhood', nodes: Array<{ __typename?: 'GraphNode', id: string, label: string, caption: string }>, edges: Array<{ __typename?: 'GraphEdge', from: string, to: string, type: string }> } | null };

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
    `) as unknown as TypedDocumentString<ExplorerDocumentQuery, ExplorerDocumentQueryVariables>;
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
    `) as unknown as TypedDocumentString<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
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
    `) as unknown as TypedDocumentString<ExplorerThemeMatrixQuery, ExplorerThemeMatrixQueryVariables>;
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
    `) as unknown as TypedDocumentString<ExplorerThemeCellQuery, ExplorerThemeCellQueryVariables>;
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
    `) as unknown as TypedDocumentString<ExplorerPdusQuery, ExplorerPdusQueryVariables>;
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
    `) as unknown as TypedDocumentString<ExplorerPduQuery, ExplorerPduQueryVariables>;