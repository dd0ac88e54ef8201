/** The TCK's layout of Cypher: only whitespace changes, clauses and subquery bodies on lines of their own. */
import { describe, expect, it } from 'vitest';
import { formatCypher } from './format.ts';

describe('formatCypher', () => {
  it('puts each clause on a line, subquery bodies indented, further WHERE conditions on AND lines', () => {
    const cypher = "CALL () { MATCH (t:PDU) WHERE t.a = $a AND (t.b = 1 OR t.c = 2) RETURN count(t) AS n } OPTIONAL MATCH (x) RETURN n, COLLECT { MATCH (y) RETURN y.id ORDER BY y.id LIMIT 1 }[0] AS first";
    expect(formatCypher(cypher)).toBe(
      [
        'CALL () {',
        '  MATCH (t:PDU)',
        '  WHERE t.a = $a',
        '    AND (t.b = 1 OR t.c = 2)',
        '  RETURN count(t) AS n',
        '}',
        'OPTIONAL MATCH (x)',
        'RETURN n, COLLECT {',
        '  MATCH (y)',
        '  RETURN y.id',
        '  ORDER BY y.id',
        '  LIMIT 1',
        '}[0] AS first',
      ].join('\n'),
    );
  });

  it('keeps maps, pattern predicates, brackets, strings and quoted names inline', () => {
    const cypher = "MATCH (t) WHERE EXISTS { (t)-[:UNDER]->(p) WHERE p.code = 'WITH MATCH' } RETURN t {.id, `ORDER BY`: [x IN t.list WHERE x > 0 | x]}, \"RETURN\" AS s";
    expect(formatCypher(cypher)).toBe(
      "MATCH (t)\nWHERE EXISTS { (t)-[:UNDER]->(p) WHERE p.code = 'WITH MATCH' }\nRETURN t {.id, `ORDER BY`: [x IN t.list WHERE x > 0 | x]}, \"RETURN\" AS s",
    );
  });

  it('keeps comments on lines of their own and reflows the source’s own line breaks', () => {
    expect(formatCypher('MATCH (a)\n   // why\n  WITH a\nRETURN a')).toBe('MATCH (a)\n// why\nWITH a\nRETURN a');
  });

  it('refuses unbalanced brackets and text it cannot read', () => {
    expect(() => formatCypher('MATCH (a RETURN a')).toThrow('unbalanced');
    expect(() => formatCypher('RETURN a }')).toThrow('unbalanced');
    expect(() => formatCypher("RETURN 'open")).toThrow('cannot read');
  });
});
