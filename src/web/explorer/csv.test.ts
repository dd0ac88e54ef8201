import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv } from './csv.ts';

describe('the explorer CSV', () => {
  it('quotes commas, quotes and line breaks so a spreadsheet reads the same cells back', () => {
    const rows = [['Leicester, Leicestershire and Rutland', 'She said "enough"', 'two\nlines'], ['plain', '', 'x']];
    const csv = toCsv(['PDU', 'Quote', 'Note'], rows);
    expect(csv.split('\r\n')[0]).toBe('PDU,Quote,Note');
    expect(csv).toContain('"Leicester, Leicestershire and Rutland","She said ""enough""","two\nlines"');
    expect(Papa.parse<string[]>(csv).data).toEqual([['PDU', 'Quote', 'Note'], ...rows]);
  });

  it('never lets a cell run as a formula', () => {
    const csv = toCsv(['a'], [['=HYPERLINK("x")'], ['+1'], ['@sum'], ['-2']]);
    for (const cell of Papa.parse<string[]>(csv).data.slice(1)) expect(cell[0]!.startsWith("'")).toBe(true);
  });

  it('names files after their table', () => {
    expect(csvFileName('Changes: Leicester, Leicestershire and Rutland')).toBe('changes-leicester-leicestershire-and-rutland.csv');
    expect(csvFileName('***')).toBe('table.csv');
  });
});
