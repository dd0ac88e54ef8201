import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphBatch } from './batch.ts';
import { ARRAY_DELIMITER, BulkCsvWriter, emptyListStatement } from './bulk.ts';
import { termKey } from '../text/terms.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'bulk-test-'));
  dirs.push(d);
  return d;
};

function batch(): GraphBatch {
  const b = new GraphBatch();
  b.node('PDU', 'pdu:a', { name: 'A, "the first"', aliases: ['A PDU', 'Ay'], size: 3 });
  b.node('PDU', 'pdu:b', { name: 'B', aliases: [], size: 2.5, retired: null });
  b.node('Recommendation', 'recommendation:a:1', { text: 'Review risk\npromptly', position: 1 });
  b.rel('ABOUT', ['Recommendation', 'recommendation:a:1'], ['Theme', 'theme:t'], { basis: 'CURATED', rule: null, matched: [] }, ['basis']);
  b.rel('ABOUT', ['Recommendation', 'recommendation:a:1'], ['Theme', 'theme:t'], { basis: 'CURATED', rule: null, matched: [] }, ['basis']);
  return b;
}

describe('BulkCsvWriter', () => {
  it('writes a file per label and property signature, typed, quoted, lists joined, nulls left out, empty lists as markers', async () => {
    const w = new BulkCsvWriter(tempDir());
    await w.add(batch());
    const s = await w.finish();
    const pdus = s.files.filter((f) => f.name === 'PDU').map((f) => readFileSync(f.path, 'utf8'));
    expect(pdus).toHaveLength(2);
    expect(pdus[0]).toBe(`id:ID(PDU),aliases:string[],name:string,size:long\n"pdu:a","A PDU${ARRAY_DELIMITER}Ay","A, ""the first""","3"\n`);
    expect(pdus[1]).toBe('id:ID(PDU),__empty_aliases:boolean,name:string,size:double\n"pdu:b","true","B","2.5"\n');
    const rec = readFileSync(s.files.find((f) => f.name === 'Recommendation')!.path, 'utf8');
    expect(rec).toContain('termKey:string');
    expect(rec).toContain(`"${termKey('Review risk\npromptly')}"`);
    expect(rec).toContain('"Review risk\npromptly"');
    // The repeated relationship once; the index's nodes counted from the recommendations.
    expect(s.files.find((f) => f.name === 'ABOUT')!.rows).toBe(1);
    expect(s.files.find((f) => f.name === 'Term')!.rows).toBe(3); // review, risk, promptli
    expect(s.emptyLists).toEqual([{ kind: 'nodes', name: 'PDU', key: 'aliases' }, { kind: 'relationships', name: 'ABOUT', key: 'matched' }]);
    expect(s.nodes).toBe(3 + 1 + 3);
    expect(s.relationships).toBe(1);
  });

  it('refuses a node written in two batches (a CSV row cannot be taken back)', async () => {
    const w = new BulkCsvWriter(tempDir());
    await w.add(batch());
    await expect(w.add(batch())).rejects.toThrow(/PDU pdu:a comes in two batches/);
    await w.close();
  });

  it('restores empty lists with a statement naming only a closed label and a checked property', () => {
    expect(emptyListStatement({ kind: 'relationships', name: 'ABOUT', key: 'matched' })).toBe(
      'MATCH ()-[x:ABOUT]->() WHERE x.`__empty_matched` IS NOT NULL CALL (x) { SET x.matched = [] REMOVE x.`__empty_matched` } IN TRANSACTIONS OF 50000 ROWS',
    );
    expect(() => emptyListStatement({ kind: 'nodes', name: 'PDU', key: 'a} DETACH DELETE x //' })).toThrow(/unexpected name/);
  });
});
