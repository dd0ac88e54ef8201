import { describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, csvField, csvText } from './bulk.ts';
import { CsvBytes } from './csv-bytes.ts';

describe('CsvBytes', () => {
  it('writes a text as the UTF-8 bytes of its csvText field, short or long, ASCII or not, lone surrogates included', () => {
    const texts = ['', 'plain', 'say "no"', '"', 'café', '🙂', 'a\u2028b', '\ud800 lone', 'x\udfff', 'é'.repeat(40), `${'a'.repeat(40)}"${'b'.repeat(40)}`, 'line\r\nbreak'];
    for (const s of texts) {
      const lines = new CsvBytes(4);
      const length = lines.text(s);
      expect(lines.bytes().toString('latin1')).toBe(Buffer.from(csvText(s)).toString('latin1'));
      expect(length).toBe(csvText(s).length);
    }
  });

  it('writes a list of texts as the UTF-8 bytes of its csvField field', () => {
    const lists = [[''], ['a'], ['A PDU', 'Ay'], ['say "no"', 'café 🙂', 'x'.repeat(50)], ['', '']];
    for (const items of lists) {
      const lines = new CsvBytes(4);
      const length = lines.list(items, ARRAY_DELIMITER.charCodeAt(0));
      expect(lines.bytes().toString('latin1')).toBe(Buffer.from(csvField(items, 'l')).toString('latin1'));
      expect(length).toBe(csvField(items, 'l').length);
    }
  });

  it('writes whole numbers as String does, and grows past its first capacity keeping what was written', () => {
    const lines = new CsvBytes(2);
    const numbers = [0, 7, 10, 99, 100, 12345, 2 ** 31, 2 ** 40 + 3, Number.MAX_SAFE_INTEGER];
    for (const n of numbers) {
      lines.natural(n);
      lines.comma();
    }
    lines.raw('ü,true');
    lines.commas(3);
    lines.encoded(Buffer.from('"T"'));
    lines.newline();
    expect(lines.bytes().toString()).toBe(`${numbers.join(',')},ü,true,,,"T"\n`);
  });

  it('starts again from the beginning once cleared', () => {
    const lines = new CsvBytes(8);
    lines.text('first line, long enough to grow');
    lines.clear();
    lines.text('two');
    expect(lines.bytes().toString()).toBe('"two"');
  });
});
