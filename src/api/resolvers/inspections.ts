/** Inspections, their recommendations, findings, pressures and themes. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { InspectionRecord, PduRecord, ThemeRecord } from '../../model/records.ts';
import { parseArgs } from '../errors.ts';
import { InspectionsArgs } from '../args.ts';
import { listQuery, oneQuery, pageQuery } from '../page-query.ts';

/** Every filter is a parameter; an absent filter is null and always holds. */
const INSPECTIONS_MATCH =
  'MATCH (t:Inspection)-[:OF]->(p:PDU) WHERE ($rating IS NULL OR t.rating = $rating) ' +
  'AND ($pdu IS NULL OR p.id = $pdu) ' +
  'AND ($region IS NULL OR EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) }) ' +
  'AND ($policy IS NULL OR EXISTS { (t)-[:UNDER]->(pol:Policy) WHERE pol.code = $policy OR pol.id = $policy }) ' +
  'AND ($from IS NULL OR t.fieldworkFrom >= $from) AND ($to IS NULL OR t.fieldworkFrom <= $to)';

export const inspectionResolvers: Resolvers = {
  Query: {
    inspections: (_p, args, ctx) => {
      const a = parseArgs(InspectionsArgs, args);
      const f = a.filter ?? {};
      return pageQuery<InspectionRecord>(ctx, INSPECTIONS_MATCH, 'coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id', {
        rating: f.rating ?? null, pdu: f.pdu ?? null, region: f.region ?? null,
        policy: f.policy ? f.policy.toUpperCase() : null, from: f.fieldworkFrom ?? null, to: f.fieldworkTo ?? null,
      }, a);
    },
    inspection: (_p, { id }, ctx) => oneQuery<InspectionRecord>(ctx, 'MATCH (t:Inspection {id: $id}) RETURN t {.*} AS node', { id }),
    themes: (_p, _a, ctx) => listQuery<ThemeRecord>(ctx, 'MATCH (t:Theme) RETURN t {.*} AS node ORDER BY t.name'),
  },
  Inspection: {
    pdu: async (i, _a, ctx) => (await ctx.loaders.one<PduRecord>('Inspection.pdu', i.id))!,
    recommendationsComplete: (i) => i.recommendationsComplete ?? false,
    previous: (i, _a, ctx) => ctx.loaders.one('Inspection.previous', i.id),
    next: (i, _a, ctx) => ctx.loaders.one('Inspection.next', i.id),
    recommendations: (i, _a, ctx) => ctx.loaders.many('Inspection.recommendations', i.id),
    findings: (i, _a, ctx) => ctx.loaders.many('Inspection.findings', i.id),
    quotes: (i, _a, ctx) => ctx.loaders.many('Inspection.quotes', i.id),
    pressures: (i, _a, ctx) => ctx.loaders.many('Inspection.pressures', i.id),
    documents: (i, _a, ctx) => ctx.loaders.many('Inspection.documents', i.id),
    actions: (i, _a, ctx) => ctx.loaders.many('Inspection.actions', i.id),
    evidence: (i, _a, ctx) => ctx.loaders.evidence('Inspection', i.id),
    conflicts: (i, _a, ctx) => ctx.loaders.many('Inspection.conflicts', i.id),
    possibleDuplicates: (i, _a, ctx) => ctx.loaders.many('Inspection.possibleDuplicates', i.id),
  },
  Pressure: {
    explanation: (p) => p.explanation ?? (p.quote ? `a document about the inspection names ${p.policy.code}: "${p.quote}"` : p.basis),
  },
  Recommendation: {
    inspection: async (r, _a, ctx) => (await ctx.loaders.one<InspectionRecord>('Recommendation.inspection', r.id))!,
    themes: (r, _a, ctx) => ctx.loaders.many('Recommendation.themes', r.id),
    themeAssignments: (r, _a, ctx) => ctx.loaders.many('Recommendation.themeAssignments', r.id),
    actions: (r, _a, ctx) => ctx.loaders.many('Recommendation.actions', r.id),
    evidence: (r, _a, ctx) => ctx.loaders.evidence('Recommendation', r.id),
  },
  Finding: {
    inspection: async (f, _a, ctx) => (await ctx.loaders.one<InspectionRecord>('Finding.inspection', f.id))!,
    themes: (f, _a, ctx) => ctx.loaders.many('Finding.themes', f.id),
    themeAssignments: (f, _a, ctx) => ctx.loaders.many('Finding.themeAssignments', f.id),
    evidence: (f, _a, ctx) => ctx.loaders.evidence('Finding', f.id),
  },
  Theme: {
    phrases: (t) => t.phrases ?? [],
    recommendations: (t, _a, ctx) => ctx.loaders.many('Theme.recommendations', t.id),
    findings: (t, _a, ctx) => ctx.loaders.many('Theme.findings', t.id),
    occurrences: (t, _a, ctx) => ctx.loaders.many('Theme.occurrences', t.id),
  },
};
