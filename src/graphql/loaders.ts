/**
 * Per-request DataLoaders, one per relation or value (translate/relations.ts), for parents whose
 * fields were not projected into the root statement (search hits, analysis results, mutation
 * results, federation entities). Within one tick of GraphQL execution every parent asking for the
 * same field is collected, and the batch is answered by a single Cypher statement: round trips
 * depend on the shape of the query, never on how many objects it returns (no N+1).
 */
import DataLoader from 'dataloader';
import type { Database, QueryListener } from '../db/database.ts';
import { RELATIONS, VALUES, type RelationName, type ValueName } from './translate/relations.ts';
import { connectionBatchCypher, relationBatchCypher, valueBatchCypher } from './translate/batch.ts';

/** One page of a connection relation: the items and how many there are in all. */
export interface PageRows<T> {
  total: number;
  page: T[];
}

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown[]>>();

  constructor(
    private readonly db: Database,
    private readonly onQuery?: QueryListener,
  ) {}

  /** The records at the end of a relation, for one parent id: at most the relation's bound. */
  async many<T>(relation: RelationName, key: string): Promise<T[]> {
    const rows = (await this.loader(relation, () => relationBatchCypher(RELATIONS[relation])).load(key)) as T[];
    const { bound } = RELATIONS[relation] as { bound?: number };
    return bound ? rows.slice(0, bound) : rows;
  }

  /** One page of a connection relation, for one parent id (one loader per page asked for). */
  async page<T>(relation: RelationName, key: string, page: { offset: number; first: number }): Promise<PageRows<T>> {
    const name = `${relation} ${page.offset} ${page.first}`;
    const rows = await this.loader(name, () => connectionBatchCypher(RELATIONS[relation]), page).load(key);
    return (rows[0] as PageRows<T> | undefined) ?? { total: 0, page: [] };
  }

  /** The single record at the end of a to-one relation, or null. */
  async one<T>(relation: RelationName, key: string): Promise<T | null> {
    const rows = await this.many<T>(relation, key);
    return rows[0] ?? null;
  }

  /** A computed value of one parent (null when there is none). */
  async value<T>(value: ValueName, key: string): Promise<T | null> {
    const rows = (await this.loader(value, () => valueBatchCypher(VALUES[value])).load(key)) as T[];
    return rows[0] ?? null;
  }

  private loader(name: string, cypherOf: () => string, params: Record<string, unknown> = {}): DataLoader<string, unknown[]> {
    let loader = this.loaders.get(name);
    if (!loader) {
      const cypher = cypherOf();
      loader = new DataLoader<string, unknown[]>(async (keys) => {
        const result = await this.db.query(cypher, { ...params, keys: [...new Set(keys)] }, this.onQuery);
        const byKey = new Map<string, unknown[]>();
        for (const r of result.records) {
          const k = r.get('key') as string;
          let list = byKey.get(k);
          if (!list) byKey.set(k, (list = []));
          list.push(r.get('node'));
        }
        return keys.map((k) => byKey.get(k) ?? []);
      });
      this.loaders.set(name, loader);
    }
    return loader;
  }
}
