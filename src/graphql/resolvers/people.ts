/** People, their roles and quotes, and organisations. */
import type { Resolvers } from '../../generated/graphql.ts';
import type { PersonRecord } from '../../model/records.ts';
import { oneQuery, pageQuery } from '../page-query.ts';
import { ROOT_STATEMENTS as ROOT } from '../translate/root-fields.ts';

export const peopleResolvers: Resolvers = {
  Query: {
    people: (_p, args, ctx, info) => pageQuery<PersonRecord>(ctx, ROOT.people(args, info, ctx.projection)),
    person: (_p, args, ctx, info) => oneQuery<PersonRecord>(ctx, ROOT.person(args, info, ctx.projection)),
  },
  Person: {
    aliases: (p) => p.aliases ?? [],
  },
  Organisation: {
    aliases: (o) => o.aliases ?? [],
    sources: (o) => o.sources ?? [],
  },
};
