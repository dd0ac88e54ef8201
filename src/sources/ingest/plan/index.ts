/**
 * Planning an ingest: from one document's extraction, its text and a snapshot of the graph
 * (world.ts), the GraphBatch that adds the document and what it states, and a report of it. Pure:
 * no database; the same inputs always give the same batch.
 *
 * planIngest runs the rules in order, each in the module that states it:
 *   document.ts    identity, date and licence of the document; the Document node and its text
 *   inspections.ts each reported inspection matched or created; conflicts, fills, recommendations,
 *                  the previous inspection
 *   statements.ts  findings (near-duplicates merged) and quotes
 *   people.ts      people and their roles
 *   then, as for seeds: mentions (the one recogniser), pressures in time, theme rules, recommendation lineage
 *
 * Nodes already in the graph are only put in the batch whole (every stored property), since the
 * writer replaces a node's properties; nodes that only gain relationships are left out of it.
 */
import { assignThemes } from '../../../graph/derive/themes.ts';
import { deriveMentions, type MentionTarget } from '../../../graph/derive/mentions.ts';
import { derivePressures } from '../../../graph/derive/pressures.ts';
import { batchRecommendations, deriveLineage } from '../../../graph/derive/lineage.ts';
import { GraphBatch } from '../../../graph/batch.ts';
import type { Extraction } from '../../extract/types.ts';
import type { DocumentKind } from '../../../model/enums.ts';
import type { IngestReport } from '../report.ts';
import type { World } from '../world.ts';
import { describeDocument, writeDocument } from './document.ts';
import { planInspections } from './inspections.ts';
import { PeopleResolver, planNewPeople, planRoles } from './people.ts';
import { PlanState, type IngestMeta, type Knowledge } from './state.ts';
import { planFindings, planQuotes } from './statements.ts';

export type { IngestMeta, Knowledge } from './state.ts';
export { documentKey, monthFromUrl, sha256Of } from './document.ts';
export { knownRecommendation, nearDuplicate, sameText, textKey } from '../../../text/same.ts';
export { RATING_OF } from './inspections.ts';
export { CHIEF_INSPECTOR_TITLE, HMIP_ID } from './people.ts';

export interface IngestPlan {
  batch: GraphBatch;
  report: IngestReport;
}

export function planIngest(extraction: Extraction, text: string, meta: IngestMeta, world: World, knowledge: Knowledge, contactDetailsRemoved = 0): IngestPlan {
  const doc = describeDocument(extraction, text, meta, knowledge, contactDetailsRemoved);
  const state = new PlanState(doc, world, text, extraction, knowledge);
  if (world.existingDocument) return unchanged(state);
  const people = new PeopleResolver(state);
  planInspections(state, people);
  if (state.targets.length === 0) return { batch: new GraphBatch(), report: state.report };
  planFindings(state);
  planRoles(state, people);
  planQuotes(state, people);
  planNewPeople(state, people);
  deriveMentions(state.batch, [{ id: doc.id, text }], mentionTargets(world));
  writeDocument(state);
  deriveAsForSeeds(state);
  state.report.unmatched.push(...state.evidence.dropped);
  return { batch: state.batch, report: state.report };
}

/** A text already in the graph (same sha256) changes nothing. */
function unchanged(state: PlanState): IngestPlan {
  const d = state.world.existingDocument!;
  state.report.status = 'unchanged';
  state.report.document = { id: d.id, title: d.title, kind: d.kind as DocumentKind, publishedOn: d.publishedOn, sha256: d.sha256 };
  return { batch: new GraphBatch(), report: state.report };
}

/** What a document may mention: the graph's policies, people, organisations and PDUs. */
function mentionTargets(world: World): MentionTarget[] {
  return [
    ...world.policies.map((p) => ({ label: 'Policy' as const, id: p.id, names: [p.name, p.code, ...p.aliases], patterns: p.patterns })),
    ...world.people.map((p) => ({ label: 'Person' as const, id: p.id, names: [p.name, ...p.aliases] })),
    ...world.organisations.map((o) => ({ label: 'Organisation' as const, id: o.id, names: [o.name, ...o.aliases] })),
    ...world.pdus.map((p) => ({ label: 'PDU' as const, id: p.id, names: [p.name, ...p.aliases] })),
  ];
}

/** Derived facts exactly as for seeds: pressures in time (from the mentions), theme rules. */
function deriveAsForSeeds(state: PlanState): void {
  const { world, batch } = state;
  const known = new Map(world.inspections.map((i) => [i.id, { ...i.props, pduId: i.pduId }]));
  derivePressures(batch, world.policies.map((p) => ({ id: p.id, props: { code: p.code, pressure: p.pressure, inForceFrom: p.inForceFrom, inForceUntil: p.inForceUntil } })), known);
  assignThemes(batch, world.themes);
  // Recommendation lineage: the document's recommendations against the graph's (src/graph/derive/lineage.ts).
  const inspections = new Map(world.inspections.map((i) => [i.id, { pduId: i.pduId, props: i.props }]));
  deriveLineage(batch, batchRecommendations(batch, inspections), world.recommendations ?? []);
}
