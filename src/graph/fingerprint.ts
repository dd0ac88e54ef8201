/**
 * A graph's fingerprint: node counts by label, relationship counts by type, and a SHA-256 over every
 * node's label and properties and every relationship's type, end ids and properties, sorted. Two
 * graphs with the same fingerprint hold the same facts, whatever their internal element ids: how the
 * tests show that two ways of loading (one writer or two, in steps or at once, transactions or the
 * bulk import) give the same graph. It reads the whole graph at once: for graphs of up to a few
 * hundred thousand entities (the benchmark compares them at 1,000 inspections).
 */
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.ts';

export interface GraphFingerprint { nodes: Record<string, number>; relationships: Record<string, number>; checksum: string }

/** Node and relationship counts by label and type, and a checksum of every property. */
export async function graphFingerprint(db: Database): Promise<GraphFingerprint> {
  const r = await db.query(`
    CALL () { MATCH (n) RETURN collect({l: labels(n)[0], p: properties(n)}) AS ns }
    CALL () { MATCH (a)-[r]->(b) RETURN collect({t: type(r), a: a.id, b: b.id, p: properties(r)}) AS rs }
    RETURN ns, rs`);
  const ns = r.records[0]!.get('ns') as { l: string; p: Record<string, unknown> }[];
  const rs = r.records[0]!.get('rs') as { t: string; a: string; b: string; p: Record<string, unknown> }[];
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const n of ns) nodes[n.l] = (nodes[n.l] ?? 0) + 1;
  for (const x of rs) relationships[x.t] = (relationships[x.t] ?? 0) + 1;
  const canon = (o: unknown): string => JSON.stringify(o, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));
  const lines = [...ns.map(canon), ...rs.map(canon)].sort();
  return { nodes, relationships, checksum: createHash('sha256').update(lines.join('\n')).digest('hex') };
}
