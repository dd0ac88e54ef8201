/** Regions and PDUs. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { PduRecord, RegionRecord } from '../../model/records.ts';
import { listQuery, oneQuery, pageQuery } from '../page-query.ts';
import { ROOT_STATEMENTS as ROOT } from '../translate/root-fields.ts';

export const geographyResolvers: Resolvers = {
  Query: {
    regions: (_p, args, ctx, info) => listQuery<RegionRecord>(ctx, ROOT.regions(args, info, ctx.projection)),
    pdus: (_p, args, ctx, info) => pageQuery<PduRecord>(ctx, ROOT.pdus(args, info, ctx.projection)),
    pdu: (_p, args, ctx, info) => oneQuery<PduRecord>(ctx, ROOT.pdu(args, info, ctx.projection)),
  },
  Region: {
    aliases: (r) => r.aliases ?? [],
    sources: (r) => r.sources ?? [],
  },
  PDU: {
    aliases: (p) => p.aliases ?? [],
  },
};
