/** People, their roles and quotes, and organisations. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { PersonRecord } from '../../model/records.ts';
import { parseArgs } from '../errors.ts';
import { PageOnlyArgs } from '../args.ts';
import { oneQuery, pageQuery } from '../page-query.ts';

export const peopleResolvers: Resolvers = {
  Query: {
    people: (_p, args, ctx, info) => pageQuery<PersonRecord>(ctx, info, 'MATCH (t:Person)', 't.name, t.id', {}, parseArgs(PageOnlyArgs, args)),
    person: (_p, { id }, ctx, info) => oneQuery<PersonRecord>(ctx, info, 'MATCH (t:Person {id: $id})', { id }),
  },
  Person: {
    aliases: (p) => p.aliases ?? [],
  },
  Organisation: {
    aliases: (o) => o.aliases ?? [],
    sources: (o) => o.sources ?? [],
  },
};
