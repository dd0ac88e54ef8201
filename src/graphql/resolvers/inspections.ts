/** Inspections, their recommendations, findings, pressures and themes. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { InspectionRecord, ThemeRecord } from '../../model/records.ts';
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
    inspections: (_p, args, ctx, info) => {
      const a = parseArgs(InspectionsArgs, args);
      const f = a.filter ?? {};
      return pageQuery<InspectionRecord>(ctx, info, INSPECTIONS_MATCH, 'coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn) DESC, t.id', {
        rating: f.rating ?? null, pdu: f.pdu ?? null, region: f.region ?? null,
        policy: f.policy ? f.policy.toUpperCase() : null, from: f.fieldworkFrom ?? null, to: f.fieldworkTo ?? null,
      }, a);
    },
    inspection: (_p, { id }, ctx, info) => oneQuery<InspectionRecord>(ctx, info, 'MATCH (t:Inspection {id: $id})', { id }),
    themes: (_p, _a, ctx, info) => listQuery<ThemeRecord>(ctx, info, 'MATCH (t:Theme)', 't.name'),
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
