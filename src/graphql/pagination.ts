/**
 * Relay-style connections over offset cursors. Cursors are opaque to clients (base64 of
 * `offset:N`); the data they page over is ordered by a stable key, so a cursor stays meaningful
 * between requests while the graph is unchanged.
 */
import { z } from 'zod';

export const MAX_PAGE = 100;

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64');
}

export function decodeCursor(cursor: string): number | null {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX)) return null;
  const n = Number(text.slice(CURSOR_PREFIX.length));
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** zod fields shared by every paginated root field. */
export const PageArgs = {
  first: z.number().int().min(1, 'must be at least 1').max(MAX_PAGE, `must be at most ${MAX_PAGE}`).default(20),
  after: z
    .string()
    .nullish()
    .refine((c) => c == null || decodeCursor(c) !== null, 'is not a cursor returned by this API'),
};

/** The offset to start from, given a validated `after`. */
export function offsetAfter(after: string | null | undefined): number {
  return after == null ? 0 : decodeCursor(after)! + 1;
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export function connection<T>(nodes: T[], offset: number, totalCount: number): Connection<T> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    totalCount,
    nodes,
    edges,
    pageInfo: {
      hasNextPage: offset + nodes.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
