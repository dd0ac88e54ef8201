/** People, their roles and quotes, and organisations. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { DocumentRecord, PersonRecord } from '../../model/records.ts';
import { parseArgs } from '../errors.ts';
import { PageOnlyArgs } from '../args.ts';
import { oneQuery, pageQuery } from '../page-query.ts';

export const peopleResolvers: Resolvers = {
  Query: {
    people: (_p, args, ctx) => pageQuery<PersonRecord>(ctx, 'MATCH (t:Person)', 't.name, t.id', {}, parseArgs(PageOnlyArgs, args)),
    person: (_p, { id }, ctx) => oneQuery<PersonRecord>(ctx, 'MATCH (t:Person {id: $id}) RETURN t {.*} AS node', { id }),
  },
  Person: {
    aliases: (p) => p.aliases ?? [],
    roles: (p, _a, ctx) => ctx.loaders.many('Person.roles', p.id),
    quotes: (p, _a, ctx) => ctx.loaders.many('Person.quotes', p.id),
    commitments: (p, _a, ctx) => ctx.loaders.many('Person.commitments', p.id),
    evidence: (p, _a, ctx) => ctx.loaders.evidence('Person', p.id),
  },
  Organisation: {
    aliases: (o) => o.aliases ?? [],
    sources: (o) => o.sources ?? [],
    partOf: (o, _a, ctx) => ctx.loaders.one('Organisation.partOf', o.id),
    people: (o, _a, ctx) => ctx.loaders.many('Organisation.people', o.id),
    evidence: (o, _a, ctx) => ctx.loaders.evidence('Organisation', o.id),
  },
  Quote: {
    speaker: (q, _a, ctx) => ctx.loaders.one('Quote.speaker', q.id),
    inspection: (q, _a, ctx) => ctx.loaders.one('Quote.inspection', q.id),
    document: async (q, _a, ctx) => (await ctx.loaders.one<DocumentRecord>('Quote.document', q.id))!,
    evidence: (q, _a, ctx) => ctx.loaders.evidence('Quote', q.id),
  },
};
