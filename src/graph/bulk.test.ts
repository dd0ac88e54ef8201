import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphBatch } from './batch.ts';
import { ARRAY_DELIMITER, BulkCsvWriter, csvField, csvText, emptyListStatement, type BulkSummary } from './bulk.ts';
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
  b.node('Theme', 'theme:t', { key: 't' });
  b.rel('ABOUT', ['Recommendation', 'recommendation:a:1'], ['Theme', 'theme:t'], { basis: 'CURATED', rule: null, matched: [] }, ['basis']);
  b.rel('ABOUT', ['Recommendation', 'recommendation:a:1'], ['Theme', 'theme:t'], { basis: 'CURATED', rule: null, matched: [] }, ['basis']);
  return b;
}

const sheet = (s: BulkSummary, kind: 'nodes' | 'relationships', multiline = false) => {
  const f = s.sheets.find((x) => x.kind === kind && x.multiline === multiline)!;
  return { header: readFileSync(f.header, 'utf8'), data: readFileSync(f.data, 'utf8'), rows: f.rows };
};

describe('csvText and csvField', () => {
  it('quote every text, double inner quotes, keep commas, line breaks and any unicode inside the quotes', () => {
    expect(csvText('')).toBe('""');
    expect(csvText('a, b')).toBe('"a, b"');
    expect(csvText('say "no", "yes"')).toBe('"say ""no"", ""yes"""');
    expect(csvText('"')).toBe('""""');
    expect(csvText('line one\nline two\r\n')).toBe('"line one\nline two\r\n"');
    expect(csvText('café – “quoted” 🙂 \u2028')).toBe('"café – “quoted” 🙂 \u2028"');
  });

  it('write numbers and booleans bare, lists joined with the array delimiter and quoted, and refuse the delimiter inside an item', () => {
    expect(csvField(3, 'n')).toBe('3');
    expect(csvField(-2.5, 'n')).toBe('-2.5');
    expect(csvField(false, 'b')).toBe('false');
    expect(csvField(['a "b"', 'c,d'], 'l')).toBe(`"a ""b""${ARRAY_DELIMITER}c,d"`);
    expect(csvField([''], 'l')).toBe('""');
    expect(() => csvField([`x${ARRAY_DELIMITER}y`], 'aliases')).toThrow(/'aliases' holds the array delimiter/);
  });

  it('give text the import tool reads back as the same values (RFC 4180 round trip)', () => {
    const values = ['plain', '', 'a,b', 'he said "hi"', '""', 'multi\nline\n', 'trailing quote"', '€ ü 日本 🙂'];
    const line = values.map(csvText).join(',');
    expect(parseCsvLine(line)).toEqual(values);
  });
});

/** A minimal RFC 4180 reader for one record (quoted fields only), to check the writer against. */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    expect(line[i]).toBe('"');
    let v = '';
    for (i++; ; i++) {
      if (line[i] === '"' && line[i + 1] === '"') { v += '"'; i++; } else if (line[i] === '"') break; else v += line[i];
    }
    out.push(v);
    i += 2; // the closing quote and the comma
  }
  return out;
}

describe('BulkCsvWriter', () => {
  it('writes one sheet of nodes and one of relationships: numbered, typed columns, quoted texts, lists joined, nulls left out, empty lists as markers', async () => {
    const w = new BulkCsvWriter(tempDir());
    await w.add(batch());
    const s = await w.finish();
    const nodes = sheet(s, 'nodes');
    // Columns in the order first met (a row that did not fit may leave one unused: __empty_aliases here).
    expect(nodes.header).toBe(':ID,:LABEL,id:string,name:string,aliases:string[],size:long,__empty_aliases:boolean,key:string,stem:string,df:long\n');
    const lines = nodes.data.split(/\n(?=\d+,")/);
    expect(lines[0]).toBe(`0,"PDU","pdu:a","A, ""the first""","A PDU${ARRAY_DELIMITER}Ay",3`);
    // A fraction cannot share the whole-number column: the row goes to a second sheet; a row with a
    // line break goes to a multiline sheet of its own (the tool reads only those slowly).
    expect(s.sheets.filter((x) => x.kind === 'nodes').map((x) => x.multiline)).toEqual([false, false, true]);
    const second = s.sheets.filter((x) => x.kind === 'nodes')[1]!;
    expect(readFileSync(second.header, 'utf8')).toBe(':ID,:LABEL,id:string,name:string,__empty_aliases:boolean,size:double\n');
    expect(readFileSync(second.data, 'utf8')).toBe('1,"PDU","pdu:b","B",true,2.5\n');
    const multiline = sheet(s, 'nodes', true);
    expect(multiline.header).toBe(':ID,:LABEL,id:string,text:string,position:long,termKey:string\n');
    expect(multiline.data).toBe(`2,"Recommendation","recommendation:a:1","Review risk\npromptly",1,"${termKey('Review risk\npromptly')}"\n`);
    expect(lines[1]).toBe('3,"Theme","theme:t",,,,,"t"');
    // The index's nodes counted from the recommendations: one TermSet, three Terms (review, risk, promptli).
    expect(lines.filter((l) => l.includes(',"TermSet",'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes(',"Term",'))).toHaveLength(3);
    expect(s.nodes).toBe(4 + 1 + 3);
    expect(s.relationships).toBe(1);
    const rels = sheet(s, 'relationships');
    expect(rels.header).toBe(':START_ID,:END_ID,:TYPE,basis:string,__empty_matched:boolean\n');
    // The repeated relationship once, its ends by number.
    expect(rels.data).toBe('2,3,"ABOUT","CURATED",true\n');
    expect(s.emptyLists).toEqual([{ kind: 'nodes', name: 'PDU', key: 'aliases' }, { kind: 'relationships', name: 'ABOUT', key: 'matched' }]);
  });

  it('keeps relationships between the same ends apart by their mergeOn values, the last of each winning', async () => {
    const w = new BulkCsvWriter(tempDir());
    const b = new GraphBatch();
    b.node('Recommendation', 'recommendation:r', { text: 'x', position: 1 });
    b.node('Theme', 'theme:a', { key: 'a' });
    b.node('Theme', 'theme:b', { key: 'b' });
    b.rel('ABOUT', ['Recommendation', 'recommendation:r'], ['Theme', 'theme:a'], { basis: 'CURATED', rule: 'first' }, ['basis']);
    b.rel('ABOUT', ['Recommendation', 'recommendation:r'], ['Theme', 'theme:a'], { basis: 'RULE', rule: 'only' }, ['basis']);
    b.rel('ABOUT', ['Recommendation', 'recommendation:r'], ['Theme', 'theme:a'], { basis: 'CURATED', rule: 'last' }, ['basis']);
    b.rel('ABOUT', ['Recommendation', 'recommendation:r'], ['Theme', 'theme:b'], { basis: 'CURATED', rule: 'other end' }, ['basis']);
    await w.add(b);
    const s = await w.finish();
    expect(sheet(s, 'relationships').data).toBe('0,2,"ABOUT","CURATED","other end"\n0,1,"ABOUT","CURATED","last"\n0,1,"ABOUT","RULE","only"\n');
  });

  it('compares mergeOn values by value: equal lists are one relationship, other lists another', async () => {
    const w = new BulkCsvWriter(tempDir());
    const b = new GraphBatch();
    b.node('Finding', 'finding:f', { text: 'x' });
    b.node('Theme', 'theme:a', { key: 'a' });
    b.rel('ABOUT', ['Finding', 'finding:f'], ['Theme', 'theme:a'], { matched: ['x', 'y'], rule: 'first' }, ['matched']);
    b.rel('ABOUT', ['Finding', 'finding:f'], ['Theme', 'theme:a'], { matched: ['x'], rule: 'shorter' }, ['matched']);
    b.rel('ABOUT', ['Finding', 'finding:f'], ['Theme', 'theme:a'], { matched: ['x', 'y'], rule: 'last' }, ['matched']);
    await w.add(b);
    const s = await w.finish();
    expect(sheet(s, 'relationships').data).toBe(`0,1,"ABOUT","x${ARRAY_DELIMITER}y","last"\n0,1,"ABOUT","x","shorter"\n`);
  });

  it('writes each of many relationships once however often a batch repeats it', async () => {
    const w = new BulkCsvWriter(tempDir());
    const b = new GraphBatch();
    for (let t = 0; t < 7; t++) b.node('Theme', `theme:${t}`, { key: String(t) });
    for (let i = 0; i < 2000; i++) {
      b.node('Finding', `finding:${i}`, { text: 'y' });
      for (const repeat of [1, 2]) b.rel('ABOUT', ['Finding', `finding:${i}`], ['Theme', `theme:${(i * repeat) % 7}`]);
    }
    for (let i = 0; i < 2000; i++) b.rel('ABOUT', ['Finding', `finding:${i}`], ['Theme', `theme:${i % 7}`]);
    await w.add(b);
    const s = await w.finish();
    const pairs = sheet(s, 'relationships').data.trim().split('\n').map((l) => l.split(',').slice(0, 2).join(','));
    expect(new Set(pairs).size).toBe(pairs.length);
    // Finding i is about theme i % 7 and theme 2i % 7: one relationship when they are the same theme (i % 7 = 0).
    expect(s.relationships).toBe(2000 * 2 - Math.ceil(2000 / 7));
  });

  it('notes the longest field; no multiline sheet when no field holds a line break', async () => {
    const w = new BulkCsvWriter(tempDir());
    const b = new GraphBatch();
    b.node('Document', 'document:d', { text: 'x'.repeat(300), title: 'one line' });
    await w.add(b);
    const s = await w.finish();
    expect(s.longestField).toBe(302);
    expect(s.sheets.map((x) => [x.kind, x.multiline])).toEqual([['nodes', false]]);
  });

  it('keeps rows with a line break (in a text or a list item) apart, in multiline sheets that take rows until they hold the bytes given', async () => {
    const w = new BulkCsvWriter(tempDir(), 170);
    // Each of these rows is 77 bytes; the bytes of a batch count once it is written.
    const page = (i: number) => {
      const b = new GraphBatch();
      b.node('Document', `document:${i}`, { text: `page ${i}\r\n${'y'.repeat(40)}` });
      return b;
    };
    for (let i = 0; i < 4; i++) await w.add(page(i));
    const b = new GraphBatch();
    b.node('Document', 'document:big', { text: `one\n${'z'.repeat(200)}` });
    b.node('Person', 'person:p', { name: 'P', aliases: ['P', 'line\nbreak'] });
    b.node('Person', 'person:q', { name: 'Q' });
    b.rel('SAID', ['Person', 'person:q'], ['Document', 'document:0'], { quote: 'two\nlines' });
    await w.add(b);
    const s = await w.finish();
    const nodeSheets = s.sheets.filter((x) => x.kind === 'nodes');
    // 77, 154, 231 bytes: full; the next sheet takes page 3 and the large row (its batch was not yet
    // written when it came); then the next row starts another.
    expect(nodeSheets.map((x) => [x.multiline, x.rows, statSync(x.data).size])).toEqual([[true, 3, 231], [true, 2, 312], [true, 1, 41], [false, 1, 26]]);
    expect(readFileSync(nodeSheets[2]!.data, 'utf8')).toBe(`5,"Person","person:p","P","P${ARRAY_DELIMITER}line\nbreak"\n`);
    expect(readFileSync(nodeSheets[3]!.data, 'utf8')).toBe('6,"Person","person:q","Q"\n');
    expect(s.sheets.filter((x) => x.kind === 'relationships').map((x) => x.multiline)).toEqual([true]);
    expect(sheet(s, 'relationships', true).data).toBe('6,0,"SAID","two\nlines"\n');
  });

  it('puts each value in its column whatever the order of the row\'s keys', async () => {
    const w = new BulkCsvWriter(tempDir());
    const b = new GraphBatch();
    b.node('Region', 'region:a', { name: 'A', code: 'x' });
    b.node('Region', 'region:b', { code: 'y', name: 'B' });
    b.node('Region', 'region:c', { code: 'z' });
    await w.add(b);
    const s = await w.finish();
    expect(sheet(s, 'nodes').header).toBe(':ID,:LABEL,id:string,name:string,code:string\n');
    expect(sheet(s, 'nodes').data).toBe('0,"Region","region:a","A","x"\n1,"Region","region:b","B","y"\n2,"Region","region:c",,"z"\n');
  });

  it('numbers a relationship end before its node comes, and refuses an end no batch holds', async () => {
    const w = new BulkCsvWriter(tempDir());
    const early = new GraphBatch();
    early.node('PDU', 'pdu:a', { name: 'A' });
    early.rel('IN_REGION', ['PDU', 'pdu:a'], ['Region', 'region:later'], {});
    early.rel('IN_REGION', ['PDU', 'pdu:a'], ['Region', 'region:never'], {});
    await w.add(early);
    const late = new GraphBatch();
    late.node('Region', 'region:later', { name: 'Later' });
    await w.add(late);
    await expect(w.finish()).rejects.toThrow(/1 relationship ends are nodes no batch holds, e.g. Region region:never/);
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
