/** What the cross-cutting analyses return, before GraphQL resolves the nested objects. */
import type { PressureBasis, Rating } from '../model/enums.ts';
import type {
  DocumentRecord, FindingRecord, FrameworkRecord, InspectionRecord, PduRecord, PolicyRecord, RecommendationRecord, RegionRecord, ThemeRecord,
} from '../model/records.ts';
import type { CoverageRecord } from './coverage.ts';

export type Certainty = 'CERTAIN' | 'POSSIBLE';
export interface InspectionPressureRecord { inspection: InspectionRecord; bases: PressureBasis[]; certainty: Certainty | string }

/** A theme shared by the items (recommendations, or findings of one polarity) of several PDUs. */
export interface RecurringThemeRecord {
  theme: ThemeRecord;
  pduCount: number;
  inspectionCount: number;
  /** Recommendations, or findings. */
  itemCount: number;
  pdus: PduRecord[];
  inspections: InspectionRecord[];
  pressures: InspectionPressureRecord[];
  items: (RecommendationRecord | FindingRecord)[];
  explanation: string;
}
export interface RecurrenceRecord { themes: RecurringThemeRecord[]; coverage: CoverageRecord; explanation: string }

export interface SimilarRecommendationRecord { score: number; sharedTerms: string[]; recommendation: RecommendationRecord }
export interface PolicyPeriodRecord {
  policy: PolicyRecord; from: string | null; until: string | null;
  inspections: InspectionRecord[];
  possible?: InspectionRecord[];
  coverage?: CoverageRecord;
}
export interface ThemeMatrixCellRecord {
  policy: string; theme: string; count: number; pduCount: number; recommendations: RecommendationRecord[];
  concernCount?: number; concernPduCount?: number; concerns?: FindingRecord[];
  strengthCount?: number; strengthPduCount?: number; strengths?: FindingRecord[];
}
export interface PolicyCoverageRecord { policy: PolicyRecord; coverage: CoverageRecord }
export interface ThemeMatrixRecord { policies: PolicyRecord[]; themes: ThemeRecord[]; cells: ThemeMatrixCellRecord[]; coverage?: PolicyCoverageRecord[] }
export type RatingChange = 'FIRST' | 'IMPROVED' | 'UNCHANGED' | 'DECLINED';
export type InspectionDateBasis = 'FIELDWORK' | 'REPORTED' | 'PUBLISHED' | 'NONE';
export interface RatingPointRecord {
  inspection: InspectionRecord; fieldworkFrom: string | null; rating: Rating; change: RatingChange;
  date?: string | null; dateBasis?: InspectionDateBasis;
}
export interface RatingCountRow {
  region: RegionRecord | null; year: number | null; rating: Rating; count: number;
  bases: { basis: InspectionDateBasis; count: number }[];
  inspections: InspectionRecord[];
}
/** Kept for the codegen mapper of RatingCount. */
export type RatingCountRecord = RatingCountRow;
export interface RatingCountsRecord { counts: RatingCountRow[]; coverage: CoverageRecord; explanation: string }
export interface ThemeOccurrenceRecord { pdu: PduRecord; inspection: InspectionRecord; fieldworkFrom: string | null; recommendationCount: number; findingCount: number }

/** An inspection programme an inspection's fieldwork window falls under. */
export interface FrameworkMatchRecord { framework: FrameworkRecord; certainty: Certainty; explanation: string }

/** pduChanges: one theme's findings before and after. */
export interface ThemeChangeRecord { theme: ThemeRecord; before: FindingRecord[]; after: FindingRecord[]; explanation: string }
export interface ThemeChangesRecord {
  new: ThemeChangeRecord[];
  persisting: ThemeChangeRecord[];
  notReportedAgain: ThemeChangeRecord[];
  withoutThemeBefore: FindingRecord[];
  withoutThemeAfter: FindingRecord[];
  explanation: string;
}
/** A later recommendation that says much the same as an earlier one (RECURS). */
export interface RecurrenceLinkRecord {
  recommendation: RecommendationRecord; earlier: RecommendationRecord;
  score: number; method: string; sharedTerms: string[]; explanation: string;
}
/** What the documents about one inspection report, and what they lack. */
export interface InspectionCoverageRecord {
  inspection: InspectionRecord;
  documents: DocumentRecord[];
  concerns: number;
  strengths: number;
  recommendationsKnown: number;
  recommendationsStated: number | null;
  lacks: string[];
}
export interface FrameworkChangeRecord { before: FrameworkMatchRecord[]; after: FrameworkMatchRecord[]; same: boolean; explanation: string }
export interface InspectionChangeRecord {
  before: InspectionRecord;
  after: InspectionRecord;
  rating: RatingChange;
  frameworks: FrameworkChangeRecord;
  concerns: ThemeChangesRecord;
  strengths: ThemeChangesRecord;
  recurringRecommendations: RecurrenceLinkRecord[];
  coverage: { before: InspectionCoverageRecord; after: InspectionCoverageRecord; notes: string[] };
  explanation: string;
}
export interface PduChangesRecord { pdu: PduRecord; inspections: InspectionRecord[]; changes: InspectionChangeRecord[]; coverage: CoverageRecord; explanation: string }

export interface RegionProfileRecord {
  region: RegionRecord;
  rating: Rating | null;
  from: string | null;
  to: string | null;
  pdus: PduRecord[];
  inspections: InspectionRecord[];
  concerns: RecurrenceRecord;
  strengths: RecurrenceRecord;
  coverage: CoverageRecord;
  explanation: string;
}
