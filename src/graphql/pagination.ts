/**
 * Relay-style connections over offset cursors. Cursors are opaque to clients (base64 of
 * `offset:N`); the data they page over is ordered by a stable key, so a cursor stays meaningful
 * between requests while the graph is unchanged.
 *
 * A cursor is taken only in exactly the form this API writes: canonical base64 of `offset:` and
 * a decimal offset without sign, exponent or leading zeros, below MAX_OFFSET. Anything else is
 * forged or damaged and is refused (BAD_USER_INPUT), never passed on: `offset:1e20` once reached
 * Neo4j as SKIP 1.0E20 (an internal error), and `offset:` read as 0 (issue 16).
 */
import { z } from 'zod';

export const MAX_PAGE = 100;
/** No list of this graph reaches ten million items: a cursor past that was not written by this API. */
export const MAX_OFFSET = 10_000_000;

const CURSOR = /^offset:(0|[1-9][0-9]{0,7})$/;

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64');
}

/** The offset a cursor holds, or null when it is not one this API writes. */
export function decodeCursor(cursor: string): number | null {
  if (cursor.length > 64) return null;
  const text = Buffer.from(cursor, 'base64').toString('latin1');
  // Node's base64 decoder skips what is not base64: only a cursor that re-encodes to itself is one of ours.
  if (Buffer.from(text, 'latin1').toString('base64') !== cursor) return null;
  const m = CURSOR.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return n < MAX_OFFSET ? n : null;
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
