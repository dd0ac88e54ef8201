/**
 * What planning one document builds up as its rules run: the batch, the report, the evidence, the
 * inspections the document's words go to (targets), and the people it names. The rules (the other
 * modules of this folder) read and extend it; planIngest (index.ts) runs them in order.
 */
import { GraphBatch } from '../../../graph/batch.ts';
import type { CitedDate, Knowledge, Licence } from '../../../model/vocabulary.ts';
import type { DocumentKind } from '../../../model/enums.ts';
import type { Extraction } from '../../extract/types.ts';
import { pduKey } from '../names.ts';
import { summariseExtraction, type IngestReport } from '../report.ts';
import type { World, WorldInspection } from '../world.ts';
import { EvidenceSet } from './evidence.ts';

export type { Knowledge };

export interface IngestMeta {
  url?: string | null | undefined;
  title?: string | null | undefined;
  kind?: DocumentKind | null | undefined;
  publishedOn?: string | null | undefined;
  /** The file the text was read from (its base name is stored on the Document). */
  file?: string | null | undefined;
  /** The text's SHA-256, when the caller has it already (computed once per document). */
  sha256?: string | undefined;
  /**
   * The text is already an excerpt of a longer one (a news report shipped in seeds/ as its quoted
   * passages): `sha256` is the full text's, so the full text ingested later is recognised.
   */
  excerptOf?: { sha256: string } | undefined;
}

export interface DocumentFacts {
  id: string;
  key: string;
  title: string;
  kind: DocumentKind;
  url: string | null;
  publishedOn: string | null;
  /** The month its URL gives, when it states no date of its own. */
  urlMonth: string | null;
  /** The document's date for matching and naming: its own (stated or cited), else the URL's month. */
  documentDate: string | null;
  /** The cited source of its publication date, when its text states none (seeds/facts/document-dates.yaml). */
  cited: CitedDate | null;
  sha256: string;
  sha8: string;
  publisher: string | null;
  licence: Licence;
  contactDetailsRemoved: number;
  file: string | null;
  alreadyExcerpt: boolean;
}


/** An inspection the document reports, as matched in the graph or created. */
export interface Target {
  inspectionId: string;
  pduId: string;
  pduName: string;
  /** Names the text may use for it: as extracted, stored name and aliases. */
  names: string[];
  existing: WorldInspection | null;
  /** Texts of recommendations / findings already there, with ids, and the next free number. */
  recommendations: Array<{ id: string; text: string }>;
  findings: Array<{ id: string; text: string; polarity: string | null }>;
  nextRecommendation: number;
  nextFinding: number;
  /** Quotes about it (to recognise the same words repeated). */
  quotes: Array<{ id: string; text: string; speaker: string }>;
}

export class PlanState {
  readonly batch = new GraphBatch();
  readonly report: IngestReport;
  readonly evidence: EvidenceSet;
  readonly targets: Target[] = [];
  private readonly targetByKey = new Map<string, Target>();
  readonly usedInspectionIds: Set<string>;
  readonly newPduIds = new Set<string>();

  constructor(
    readonly doc: DocumentFacts,
    readonly world: World,
    readonly text: string,
    readonly extraction: Extraction,
    readonly knowledge: Knowledge,
  ) {
    this.evidence = new EvidenceSet(text);
    this.usedInspectionIds = new Set(world.inspections.map((i) => i.id));
    this.report = {
      document: { id: doc.id, title: doc.title, kind: doc.kind, publishedOn: doc.publishedOn, sha256: doc.sha256 },
      status: 'created',
      dryRun: false,
      created: { pdus: [], inspections: [], people: [], recommendations: 0, findings: 0, quotes: 0 },
      updated: { inspections: [] },
      matches: [],
      filled: [],
      conflicts: [],
      possibleDuplicates: [],
      unmatched: [],
      mergedFindings: 0,
      contactDetailsRemoved: doc.contactDetailsRemoved,
      licence: doc.licence,
      storedText: doc.licence === 'COPYRIGHT' ? 'EXCERPT' : 'FULL',
      extraction: summariseExtraction(extraction),
    };
  }

  addTarget(target: Target): void {
    this.targets.push(target);
    for (const n of target.names) if (!this.targetByKey.has(pduKey(n))) this.targetByKey.set(pduKey(n), target);
  }

  /** The target a PDU name (as the text gives it) refers to. */
  targetNamed(name: string): Target | undefined {
    return this.targetByKey.get(pduKey(name));
  }

  /** What the document says that could not be placed, in words. */
  unplaced(line: string): void {
    this.report.unmatched.push(line);
  }
}

/** The next free position after the numbered items an inspection already has. */
export function nextNumber(items: ReadonlyArray<{ id: string; position: number | null }>): number {
  let max = 0;
  for (const i of items) {
    const n = Number(/:(\d+)$/.exec(i.id)?.[1] ?? i.position ?? 0);
    if (n > max) max = n;
    if (typeof i.position === 'number' && i.position > max) max = i.position;
  }
  return max + 1;
}

export function makeTarget(inspectionId: string, pduId: string, pduName: string, names: string[], c: WorldInspection | null): Target {
  return {
    inspectionId, pduId, pduName,
    names: [...new Set(names)],
    existing: c,
    recommendations: c ? c.recommendations.map((r) => ({ id: r.id, text: r.text })) : [],
    findings: c ? c.findings.map((f) => ({ id: f.id, text: f.text, polarity: f.polarity ?? null })) : [],
    nextRecommendation: c ? nextNumber(c.recommendations) : 1,
    nextFinding: c ? nextNumber(c.findings) : 1,
    quotes: c ? c.quotes.map((q) => ({ ...q })) : [],
  };
}
