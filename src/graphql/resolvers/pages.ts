/**
 * Connections over lists an analysis computes whole and keeps in its cache (a policy period's
 * inspections): the page is cut here, by the field's `first` and `after`, like every connection.
 */
import type { Resolvers } from '../../generated/graphql.ts';
import { parseArgs } from '../errors.ts';
import { PageOnlyArgs } from '../args.ts';
import { connection, offsetAfter, type Connection } from '../pagination.ts';

/** One page of a list held in memory. */
export function pageOf<T>(items: readonly T[], args: unknown): Connection<T> {
  const a = parseArgs(PageOnlyArgs, args);
  const offset = offsetAfter(a.after);
  return connection(items.slice(offset, offset + a.first), offset, items.length);
}

export const pageResolvers: Resolvers = {
  PolicyPeriod: {
    // The analysis has already left out what it could not decide (the period's coverage says what).
    inspections: (period, args) => ({ ...pageOf(period.inspections, args), excluded: [] }),
    possible: (period, args) => ({ ...pageOf(period.possible ?? [], args), excluded: [] }),
  },
  InspectionConnection: {
    // A relation's connection (Policy.inspections) has no filter that could leave anything undecided.
    excluded: (c) => c.excluded ?? [],
  },
};
