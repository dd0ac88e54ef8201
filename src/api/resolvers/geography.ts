/** Regions and PDUs. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { InspectionRecord, PduRecord, RegionRecord } from '../../model/records.ts';
import { parseArgs } from '../errors.ts';
import { PdusArgs } from '../args.ts';
import { listQuery, oneQuery, pageQuery } from '../page-query.ts';

/** A PDU's latest rating is the rating of the inspection with the latest fieldwork. */
const PDUS_MATCH =
  'MATCH (t:PDU) WHERE ($region IS NULL OR EXISTS { (t)-[:IN_REGION]->(:Region {id: $region}) }) ' +
  'AND ($rating IS NULL OR COLLECT { MATCH (t)<-[:OF]-(i:Inspection) RETURN i.rating ORDER BY i.fieldworkFrom DESC LIMIT 1 }[0] = $rating)';

export const geographyResolvers: Resolvers = {
  Query: {
    regions: (_p, _a, ctx) => listQuery<RegionRecord>(ctx, 'MATCH (t:Region) RETURN t {.*} AS node ORDER BY t.name'),
    pdus: (_p, args, ctx) => {
      const a = parseArgs(PdusArgs, args);
      return pageQuery<PduRecord>(ctx, PDUS_MATCH, 't.name, t.id', { region: a.region ?? null, rating: a.rating ?? null }, a);
    },
    pdu: (_p, { id }, ctx) => oneQuery<PduRecord>(ctx, 'MATCH (t:PDU {id: $id}) RETURN t {.*} AS node', { id }),
  },
  Region: {
    aliases: (r) => r.aliases ?? [],
    sources: (r) => r.sources ?? [],
    pdus: (r, _a, ctx) => ctx.loaders.many('Region.pdus', r.id),
    evidence: (r, _a, ctx) => ctx.loaders.evidence('Region', r.id),
  },
  PDU: {
    aliases: (p) => p.aliases ?? [],
    region: (p, _a, ctx) => ctx.loaders.one('PDU.region', p.id),
    inspections: (p, _a, ctx) => ctx.loaders.many('PDU.inspections', p.id),
    latestRating: async (p, _a, ctx) => (await ctx.loaders.one<InspectionRecord>('PDU.inspections', p.id))?.rating ?? null,
    mentionedIn: (p, _a, ctx) => ctx.loaders.many('PDU.mentionedIn', p.id),
    actions: (p, _a, ctx) => ctx.loaders.many('PDU.actions', p.id),
    evidence: (p, _a, ctx) => ctx.loaders.evidence('PDU', p.id),
  },
};
