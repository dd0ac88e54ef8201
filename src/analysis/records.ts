/** What the cross-cutting analyses return, before GraphQL resolves the nested objects. */
import type { PressureBasis, Rating } from '../model/enums.ts';
import type {
  InspectionRecord, PduRecord, PolicyRecord, RecommendationRecord, RegionRecord, ThemeRecord,
} from '../model/records.ts';

export interface InspectionPressureRecord { inspection: InspectionRecord; bases: PressureBasis[] }
export interface RecurringThemeRecord {
  theme: ThemeRecord;
  pduCount: number;
  inspectionCount: number;
  recommendationCount: number;
  pdus: PduRecord[];
  inspections: InspectionRecord[];
  pressures: InspectionPressureRecord[];
  recommendations: RecommendationRecord[];
  explanation: string;
}
export interface SimilarRecommendationRecord { score: number; sharedTerms: string[]; recommendation: RecommendationRecord }
export interface PolicyPeriodRecord { policy: PolicyRecord; from: string | null; until: string | null; inspections: InspectionRecord[] }
export interface ThemeMatrixCellRecord { policy: string; theme: string; count: number; pduCount: number; recommendations: RecommendationRecord[] }
export interface ThemeMatrixRecord { policies: PolicyRecord[]; themes: ThemeRecord[]; cells: ThemeMatrixCellRecord[] }
export type RatingChange = 'FIRST' | 'IMPROVED' | 'UNCHANGED' | 'DECLINED';
export interface RatingPointRecord { inspection: InspectionRecord; fieldworkFrom: string | null; rating: Rating; change: RatingChange }
export interface RatingCountRecord { region: RegionRecord; year: number; rating: Rating; count: number }
export interface ThemeOccurrenceRecord { pdu: PduRecord; inspection: InspectionRecord; fieldworkFrom: string | null; recommendationCount: number; findingCount: number }
