/**
 * Constraints and indexes, applied idempotently (IF NOT EXISTS) at start-up and by
 * `probation-graph seed`. A uniqueness constraint on `id` for every label comes first: it backs every
 * MERGE with an index (without it each MERGE scans the label). The other indexes serve the filters
 * analysts use, and one full-text index spans the texts that `search` looks in.
 */
import { NODE_LABELS } from '../model/labels.ts';
import type { Database } from '../db/database.ts';
import { backfillTermKeys, TERM_SET_INDEX, termIndexSchema } from './term-index.ts';

/**
 * The full-text index uses Lucene's English analyzer, which stems ("safeguarding" finds
 * "safeguard"). Its name carries a version: changing its configuration means a new name, and
 * applySchema drops the older ones.
 */
export const FULLTEXT_INDEX = 'text_search_v2';

export function schemaStatements(): string[] {
  const constraints = NODE_LABELS.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`);
  return [
    ...constraints,
    'CREATE CONSTRAINT policy_code IF NOT EXISTS FOR (n:Policy) REQUIRE n.code IS UNIQUE',
    'CREATE INDEX inspection_rating IF NOT EXISTS FOR (n:Inspection) ON (n.rating)',
    'CREATE INDEX inspection_fieldwork IF NOT EXISTS FOR (n:Inspection) ON (n.fieldworkFrom)',
    'CREATE INDEX pdu_name IF NOT EXISTS FOR (n:PDU) ON (n.name)',
    'CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)',
    'CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256)',
    'CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name)',
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Recommendation|Finding|Quote|Document) ON EACH [n.text, n.title] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'english'}}`,
    ...termIndexSchema(),
  ];
}

export async function applySchema(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    const old = await session.run(
      `SHOW FULLTEXT INDEXES YIELD name WHERE (name STARTS WITH 'text_search' AND name <> $current) OR (name STARTS WITH 'term_set_v' AND name <> $terms) RETURN name`,
      { current: FULLTEXT_INDEX, terms: TERM_SET_INDEX },
    );
    // Index names come from the database itself (our own older versions), never from input.
    for (const r of old.records) await session.run(`DROP INDEX \`${r.get('name') as string}\` IF EXISTS`);
    for (const statement of schemaStatements()) await session.run(statement);
    // Wait so that a search right after start-up sees a populated full-text index.
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
  // A graph written before the similarity index existed gets it now (none to do on a current graph).
  await backfillTermKeys(db);
}
