/** Inspections, their recommendations, findings, pressures and themes. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { FrameworkRecord, InspectionRecord, ThemeRecord } from '../../model/records.ts';
import { listQuery, oneQuery, pageQuery } from '../page-query.ts';
import { ROOT_STATEMENTS as ROOT } from '../translate/root-fields.ts';
import { reasonWords, type ExclusionRecord } from '../../analysis/coverage.ts';
import type { ExclusionReason } from '../../analysis/scope.ts';

export const inspectionResolvers: Resolvers = {
  Query: {
    inspections: async (_p, args, ctx, info) => {
      const page = await pageQuery<InspectionRecord>(ctx, ROOT.inspections(args, info, ctx.projection));
      // What the filters could not decide, with the reasons in words (as every coverage gives them).
      const words = { policy: args.filter?.policy?.toUpperCase() ?? null, region: args.filter?.region ?? null, period: 'asked' };
      const excluded: ExclusionRecord[] = page.excluded.map((e) => ({
        reason: e.reason as ExclusionReason, kind: 'UNDECIDED', count: e.count, pdus: e.pdus, ids: e.ids,
        explanation: `${e.count} inspection${e.count === 1 ? '' : 's'} ${reasonWords(e.reason as ExclusionReason, words)}`,
      }));
      return { ...page, excluded };
    },
    inspection: (_p, args, ctx, info) => oneQuery<InspectionRecord>(ctx, ROOT.inspection(args, info, ctx.projection)),
    themes: (_p, args, ctx, info) => listQuery<ThemeRecord>(ctx, ROOT.themes(args, info, ctx.projection)),
    frameworks: (_p, args, ctx, info) => listQuery<FrameworkRecord>(ctx, ROOT.frameworks(args, info, ctx.projection)),
  },
  Framework: {
    sources: (f) => f.sources ?? [],
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
