/**
 * What the inspection rules share: the document as sentences with its PDU entities, and the draft
 * record of each inspection the rules fill in. Every filled value is a Fact: the value, the spans of
 * the words that state it, and the name of the rule that took them (shown by --explain). A rule
 * that saw something but declined records why in `declined`, so that a null can be explained too.
 */
import type { Prepared } from './clean.ts';
import type { PduEntity } from './entities.ts';
import type { Lexicon } from './lexicon.ts';
import type { PduMention } from './mentions.ts';
import type { PersonFound } from './people.ts';
import type { Phrase, RecommendationStatement } from './recommendations.ts';
import { sentenceAt, type Paragraph, type Sentence } from './sentences.ts';
import type { RatingWord } from './types.ts';

/** A value with the normalised spans of the words that state it and the rule that took them. */
export interface Fact<T> {
  value: T;
  spans: Array<[number, number]>;
  rule: string;
}

export const fact = <T>(value: T, rule: string, ...spans: Array<[number, number]>): Fact<T> => ({ value, rule, spans });

export type DraftField =
  | 'rating'
  | 'previousRating'
  | 'previousInspectionYear'
  | 'region'
  | 'pdusInRegion'
  | 'fieldwork'
  | 'fieldworkTo'
  | 'published'
  | 'recommendationCount'
  | 'recommendationsQuoted'
  | 'chiefInspector';

export interface InspectionDraft {
  entity: PduEntity;
  rating: Fact<RatingWord> | null;
  previousRating: Fact<RatingWord> | null;
  previousInspectionYear: Fact<number> | null;
  region: Fact<string> | null;
  pdusInRegion: Fact<number> | null;
  fieldwork: Fact<string> | null;
  fieldworkTo: Fact<string> | null;
  published: Fact<string> | null;
  recommendationCount: Fact<number> | null;
  recommendationsQuoted: Phrase[];
  chiefInspector: Fact<string> | null;
  /** Why a field stayed null although a rule saw something close (for --explain). */
  declined: Partial<Record<DraftField, string>>;
}

export function emptyDraft(entity: PduEntity): InspectionDraft {
  return {
    entity, rating: null, previousRating: null, previousInspectionYear: null, region: null, pdusInRegion: null,
    fieldwork: null, fieldworkTo: null, published: null, recommendationCount: null, recommendationsQuoted: [],
    chiefInspector: null, declined: {},
  };
}

export interface DocumentView {
  p: Prepared;
  norm: string;
  paras: Paragraph[];
  sents: Sentence[];
  entities: PduEntity[];
  people: PersonFound[];
  recommendations: RecommendationStatement[];
  /** Sentences of the headline. */
  titleSentences: ReadonlySet<number>;
  /** The document's own date, for "published today". */
  dateline: { value: string; start: number; end: number } | null;
  lex: Lexicon;
}

/** The document with its PDU mentions indexed, and the subjects (which grow when a weak PDU is rated). */
export class InspectionContext {
  readonly entityOf = new Map<number, PduEntity>();
  private readonly bySentence = new Map<number, PduMention[]>();
  subjects: PduEntity[];

  constructor(readonly doc: DocumentView) {
    for (const e of doc.entities) for (const m of e.mentions) this.entityOf.set(m.start, e);
    for (const m of doc.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start)) {
      this.bySentence.set(m.sentence, [...(this.bySentence.get(m.sentence) ?? []), m]);
    }
    this.subjects = doc.entities.filter((e) => e.subject);
  }

  get norm(): string {
    return this.doc.norm;
  }

  mentionsIn(s: Sentence): PduMention[] {
    return this.bySentence.get(s.index) ?? [];
  }

  /** The subjects a sentence names. */
  subjectsIn(s: Sentence): PduEntity[] {
    return [...new Set(this.mentionsIn(s).map((m) => this.entityOf.get(m.start)).filter((e): e is PduEntity => !!e && e.subject))];
  }

  paragraphOf(pos: number): number | undefined {
    return sentenceAt(this.doc.sents, pos)?.paragraph;
  }

  /**
   * The referent of "this PDU", "the service", "it": the only subject; else the subject named last
   * before `pos` in the same paragraph; else the one subject the headline names; else the subject
   * named most recently before `pos`.
   */
  nearestSubject(pos: number): PduEntity | undefined {
    if (this.subjects.length === 1) return this.subjects[0];
    let best: { e: PduEntity; at: number } | undefined;
    for (const e of this.subjects) for (const m of e.mentions) if (m.start < pos && (!best || m.start > best.at)) best = { e, at: m.start };
    if (best && this.paragraphOf(best.at) === this.paragraphOf(pos)) return best.e;
    const inTitle = this.subjects.filter((e) => e.inTitle);
    if (inTitle.length === 1) return inTitle[0];
    return best?.e ?? this.subjects[0];
  }
}
