/** All resolvers, one module per domain, merged field by field. */
import type { Resolvers } from '../../generated/graphql.ts';
import { geographyResolvers } from './geography.ts';
import { inspectionResolvers } from './inspections.ts';
import { peopleResolvers } from './people.ts';
import { policyResolvers } from './policies.ts';
import { documentResolvers } from './documents.ts';
import { searchResolvers } from './search.ts';
import { analysisResolvers } from './analysis.ts';
import { ingestResolvers } from './ingest.ts';
import { relationResolvers } from '../translate/resolvers.ts';
import { pageResolvers } from './pages.ts';

// Relation fields first: a module may replace one with its own resolver (Document.text does).
const modules: Resolvers[] = [relationResolvers() as Resolvers, geographyResolvers, inspectionResolvers, peopleResolvers, policyResolvers, documentResolvers, searchResolvers, analysisResolvers, ingestResolvers, pageResolvers];

export const resolvers: Resolvers = {};
for (const m of modules) {
  for (const [type, fields] of Object.entries(m)) {
    const target = resolvers as Record<string, object>;
    target[type] = { ...(target[type] ?? {}), ...(fields as object) };
  }
}
