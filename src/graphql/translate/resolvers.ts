/**
 * The resolvers of every relation and value field, generated from relations.ts: each returns what
 * the root statement projected onto its parent (project.ts) and, for a parent that was not
 * projected, asks its DataLoader.
 */
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import type { PageRows } from '../loaders.ts';
import { parseArgs } from '../errors.ts';
import { PageOnlyArgs } from '../args.ts';
import { connection, offsetAfter } from '../pagination.ts';
import { projectedKey } from './project.ts';
import { RELATIONS, VALUES, type Relation, type RelationName, type ValueName } from './relations.ts';

type Parent = Record<string, unknown> & { id: string };
type FieldResolvers = Record<string, Record<string, GraphQLFieldResolver<Parent, ApiContext>>>;

/** What the root statement projected for this field of this parent; `undefined` when nothing. */
export function projected(parent: object, info: GraphQLResolveInfo): unknown {
  const key = projectedKey(String(info.path.key));
  return key in parent ? (parent as Record<string, unknown>)[key] : undefined;
}

export function relationResolvers(): FieldResolvers {
  const resolvers: FieldResolvers = {};
  const add = (name: string, resolve: GraphQLFieldResolver<Parent, ApiContext>) => {
    const [type, field] = name.split('.') as [string, string];
    (resolvers[type] ??= {})[field] = resolve;
  };
  for (const [name, relation] of Object.entries(RELATIONS) as [string, Relation][]) {
    const relationName = name as RelationName;
    if (relation.connection) {
      add(name, async (parent, args, ctx, info) => {
        const a = parseArgs(PageOnlyArgs, args);
        const page = { offset: offsetAfter(a.after), first: a.first };
        const found = (projected(parent, info) as PageRows<unknown> | undefined) ?? (await ctx.loaders.page(relationName, parent.id, page));
        // A relation's page has no filter, so nothing is left undecided: `excluded` (on InspectionConnection) is empty.
        return { ...connection(found.page, page.offset, Number(found.total)), excluded: [] };
      });
      continue;
    }
    add(name, (parent, _args, ctx, info) => {
      const found = projected(parent, info);
      if (found !== undefined) return found;
      return relation.one ? ctx.loaders.one(relationName, parent.id) : ctx.loaders.many(relationName, parent.id);
    });
  }
  for (const name of Object.keys(VALUES)) {
    add(name, (parent, _args, ctx, info) => {
      const found = projected(parent, info);
      return found !== undefined ? found : ctx.loaders.value(name as ValueName, parent.id);
    });
  }
  return resolvers;
}
