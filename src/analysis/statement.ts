/**
 * A Cypher statement with its parameters: what the read side's pure builders return (the translate
 * layer for root fields and relations, each analysis for its own statements) and what
 * `Database.query` or `tx.run` then runs. Building apart from running is what lets test/tck/ show
 * every statement without a database.
 */
export type Params = Record<string, unknown>;

export interface Statement {
  cypher: string;
  params: Params;
}
