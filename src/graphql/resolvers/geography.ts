/** Regions and PDUs. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { PduRecord, RegionRecord } from '../../model/records.ts';
import { parseArgs } from '../errors.ts';
import { PdusArgs } from '../args.ts';
import { listQuery, oneQuery, pageQuery } from '../page-query.ts';

/** A PDU's latest rating is the rating of the inspection with the latest fieldwork. */
const PDUS_MATCH =
  'MATCH (t:PDU) WHERE ($region IS NULL OR EXISTS { (t)-[:IN_REGION]->(:Region {id: $region}) }) ' +
  'AND ($rating IS NULL OR COLLECT { MATCH (t)<-[:OF]-(i:Inspection) RETURN i.rating ORDER BY i.fieldworkFrom DESC LIMIT 1 }[0] = $rating)';

export const geographyResolvers: Resolvers = {
  Query: {
    regions: (_p, _a, ctx, info) => listQuery<RegionRecord>(ctx, info, 'MATCH (t:Region)', 't.name'),
    pdus: (_p, args, ctx, info) => {
      const a = parseArgs(PdusArgs, args);
      return pageQuery<PduRecord>(ctx, info, PDUS_MATCH, 't.name, t.id', { region: a.region ?? null, rating: a.rating ?? null }, a);
    },
    pdu: (_p, { id }, ctx, info) => oneQuery<PduRecord>(ctx, info, 'MATCH (t:PDU {id: $id})', { id }),
  },
  Region: {
    aliases: (r) => r.aliases ?? [],
    sources: (r) => r.sources ?? [],
  },
  PDU: {
    aliases: (p) => p.aliases ?? [],
  },
};
