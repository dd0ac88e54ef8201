/** Inspections, their recommendations, findings, pressures and themes. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { InspectionRecord, ThemeRecord } from '../../model/records.ts';
import { listQuery, oneQuery, pageQuery } from '../page-query.ts';
import { ROOT_STATEMENTS as ROOT } from '../translate/root-fields.ts';

export const inspectionResolvers: Resolvers = {
  Query: {
    inspections: (_p, args, ctx, info) => pageQuery<InspectionRecord>(ctx, ROOT.inspections(args, info, ctx.projection)),
    inspection: (_p, args, ctx, info) => oneQuery<InspectionRecord>(ctx, ROOT.inspection(args, info, ctx.projection)),
    themes: (_p, args, ctx, info) => listQuery<ThemeRecord>(ctx, ROOT.themes(args, info, ctx.projection)),
  },
  Inspection: {
    recommendationsComplete: (i) => i.recommendationsComplete ?? false,
  },
  Pressure: {
    explanation: (p) => p.explanation ?? (p.quote ? `a document about the inspection names ${p.policy.code}: "${p.quote}"` : p.basis),
  },
  Theme: {
    phrases: (t) => t.phrases ?? [],
  },
};
