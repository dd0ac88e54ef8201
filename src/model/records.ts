/**
 * The shapes of nodes as stored in Neo4j (their properties). The seed loader and the ingester write
 * them, and the API reads them: codegen maps each GraphQL object type to one of these (codegen.ts
 * `mappers`), so resolvers are type-checked against what the graph really holds.
 */
import type { DocumentKind, FrameworkScope, Polarity, PolicyKind, PressureBasis, Progress, Rating, ThemeBasis } from './enums.ts';
import type { DateBasis } from './dates.ts';

export interface RegionRecord { id: string; name: string; aliases: string[]; statedPduCount: number | null; sources: string[] }
export interface PduRecord { id: string; name: string; aliases: string[]; regionUnknown?: string | null; sources?: string[] | null }
export interface InspectionRecord {
  id: string; name: string; rating: Rating; fieldworkFrom: string | null; fieldworkTo: string | null; publishedOn: string | null;
  casesExamined: number | null; casesDescription: string | null; recommendationCount: number | null; recommendationsComplete: boolean;
  /** The fieldwork window (src/graph/derive/dates.ts); absent on graphs written before windows were stored. */
  reportedIn?: string | null; publishedOnBasis?: DateBasis | null;
  fieldworkBasis?: DateBasis | null; fieldworkWindowFrom?: string | null; fieldworkWindowTo?: string | null;
  fieldworkRule?: string | null; fieldworkExplanation?: string | null;
}
export interface RecommendationRecord { id: string; text: string; verbatim: boolean; position: number }
export interface FindingRecord { id: string; text: string; polarity: Polarity; position: number }
export interface ThemeRecord { id: string; key: string; name: string; description: string; phrases: string[]; taxonomyVersion: string }
export interface PolicyRecord {
  id: string; code: string; name: string; aliases: string[]; kind: PolicyKind; pressure: boolean;
  announcedOn: string | null; inForceFrom: string | null; inForceUntil: string | null; dateNotes: string | null; summary: string; sources: string[];
}
export interface PersonRecord { id: string; name: string; aliases: string[] }
export interface OrganisationRecord { id: string; name: string; aliases: string[]; kind: string; description: string | null; until: string | null; sources: string[] }
export interface QuoteRecord { id: string; text: string; topic: string }
export interface DocumentRecord {
  id: string; title: string; kind: DocumentKind; url: string | null; publishedOn: string | null; dateNote: string | null;
  licence: string | null; sha256: string; textIsExcerpt?: boolean | null; contactDetailsRemoved?: number | null;
  /** Left out when documents are loaded as evidence (it is large); the API loads it on demand. */
  text?: string | null;
}
export interface CommitmentRecord { id: string; text: string; dueBy: string | null; status?: Progress | null; statusAsOf?: string | null }
export interface ActionRecord { id: string; text: string; dueBy?: string | null; status?: Progress | null; statusAsOf?: string | null }
export interface FrameworkRecord {
  id: string; key: string; name: string; from: string; until: string | null; inspects: FrameworkScope[]; summary: string; sources: string[]; notes: string | null;
}
export interface ConflictRecord { id: string; field: string; storedValue: string | null; reportedValue: string | null }

/** Relationship records that the API exposes as objects. */
/** Relationship records carry the node at their far end, so resolving them costs no extra round trip. */
export interface EvidenceRecord { quote: string; start: number | null; end: number | null; about: string | null; document: DocumentRecord }
export interface PressureRecord { basis: PressureBasis; certainty?: 'CERTAIN' | 'POSSIBLE' | null; policy: PolicyRecord; explanation: string | null; quote: string | null; document: DocumentRecord | null }
export interface LaterPressureRecord { policy: PolicyRecord; since: string | null; quote: string | null; explanation: string | null; document: DocumentRecord | null }
export interface ThemeAssignmentRecord { theme: ThemeRecord; basis: ThemeBasis; rule: string | null; matched: string[] }
export interface RoleRecord {
  title: string; from: string | null; until: string | null; organisation: OrganisationRecord;
  /** Dated roles (seeds/facts/chief-inspectors.yaml) only. */
  role?: string | null; interim?: boolean | null; untilBasis?: DateBasis | null; untilExplanation?: string | null; sources?: string[] | null;
}

/** A Chief Inspector in post during an inspection's fieldwork window (Inspection.chiefInspectors). */
export interface ChiefInspectorInPostRecord { person: PersonRecord; from: string; until: string | null; interim: boolean; wholeWindow: boolean }
/** A recommendation linked by lineage (RECURS), seen from the other one. */
export interface RecommendationLinkRecord {
  recommendation: RecommendationRecord; direction: 'EARLIER' | 'LATER' | 'UNORDERED'; samePdu: boolean;
  score: number; method: string; sharedTerms: string[]; explanation: string;
}

/** Any node, tagged with its label, for interface fields (`Node`, search hits). */
export type LabelledRecord =
  | (RegionRecord & { __label: 'Region' }) | (PduRecord & { __label: 'PDU' }) | (InspectionRecord & { __label: 'Inspection' })
  | (RecommendationRecord & { __label: 'Recommendation' }) | (FindingRecord & { __label: 'Finding' }) | (ThemeRecord & { __label: 'Theme' })
  | (PolicyRecord & { __label: 'Policy' }) | (PersonRecord & { __label: 'Person' }) | (OrganisationRecord & { __label: 'Organisation' })
  | (QuoteRecord & { __label: 'Quote' }) | (DocumentRecord & { __label: 'Document' }) | (CommitmentRecord & { __label: 'Commitment' })
  | (ActionRecord & { __label: 'Action' }) | (ConflictRecord & { __label: 'Conflict' }) | (FrameworkRecord & { __label: 'Framework' });

/** A search's answer (src/graphql/translate/search.ts). */
export interface SearchResultsRecord {
  hits: { score: number; snippet: string; node: LabelledRecord }[];
  total: number;
  byKind: { kind: string; count: number }[];
  byPdu: { pdu: PduRecord; count: number }[];
  withoutPdu: number;
  scanned: number;
  explanation: string;
}
