/**
 * Region and PDUs in region, per inspection:
 *  - region-*: the one region the document places its services in (see regions.ts for the forms);
 *    with several, the one in a sentence naming the PDU, else the last one stated before the PDU;
 *  - pdus-in-region: a count of the region's PDUs is about this PDU if it names it, if the document
 *    has one subject, or if it is the count for the region this PDU is in; never if it names a
 *    different region.
 */
import { fact, type InspectionContext, type InspectionDraft } from './draft.ts';
import type { PduEntity } from './entities.ts';
import { findRegionCounts, findRegions } from './regions.ts';
import { sentenceAt } from './sentences.ts';

export function placeInRegion(ctx: InspectionContext, drafts: Map<PduEntity, InspectionDraft>): void {
  const { norm, sents } = ctx.doc;
  const regions = findRegions(norm, ctx.doc.lex);
  const distinct = [...new Set(regions.map((r) => r.region))];
  for (const d of drafts.values()) {
    let r = distinct.length === 1 ? regions[0] : undefined;
    if (!r && distinct.length > 1) {
      const inSame = regions.find((x) => d.entity.mentions.some((m) => sentenceAt(sents, m.start) === sentenceAt(sents, x.start)));
      r = inSame ?? [...regions].reverse().find((x) => x.start < d.entity.mentions[0]!.start);
    }
    if (r) {
      const s = sentenceAt(sents, r.start);
      d.region = fact(r.region, r.rule, s ? [s.start, s.end] : [r.start, r.end]);
    }
  }
  for (const c of findRegionCounts(norm, ctx.doc.lex)) {
    const s = sentenceAt(sents, c.start);
    for (const d of drafts.values()) {
      if (d.pdusInRegion) continue;
      const named = s ? ctx.mentionsIn(s).some((m) => ctx.entityOf.get(m.start) === d.entity) : false;
      const regionAgrees = !c.region || !d.region || d.region.value === c.region;
      const fits = regionAgrees && (named || ctx.subjects.length === 1 || (!!c.region && d.region?.value === c.region));
      if (!fits) continue;
      d.pdusInRegion = fact(c.count, 'pdus-in-region', s ? [s.start, s.end] : [c.start, c.end]);
      if (!d.region && c.region) d.region = fact(c.region, 'region-of-count', [c.start, c.end]);
    }
  }
}
