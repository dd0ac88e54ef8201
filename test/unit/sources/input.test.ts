import { describe, expect, it } from 'vitest';
import { decodeDocumentBytes, IngestError, MAX_INPUT_BYTES, parseIngestInput } from '../../../src/sources/ingest/input.ts';

const refusal = (input: unknown) => {
  try {
    parseIngestInput(input);
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return (e as IngestError).message;
  }
  throw new Error('accepted');
};

describe('parseIngestInput', () => {
  it('accepts a text with optional facts about it, and drops a byte order mark', () => {
    expect(parseIngestInput({ text: '\ufeffLeeds PDU rated ‘Inadequate’\r\n\tok' }).text).toBe('Leeds PDU rated ‘Inadequate’\r\n\tok');
    expect(parseIngestInput({ text: 'x', url: 'https://example.org/a', title: 'T', kind: 'NEWS', publishedOn: '2024-10' })).toMatchObject({ kind: 'NEWS', publishedOn: '2024-10' });
  });
  it('refuses empty, whitespace-only, binary and oversized texts, naming the problem', () => {
    expect(refusal({ text: '' })).toBe('text: the text is empty');
    expect(refusal({ text: ' \n\t ' })).toBe('text: the text is only whitespace');
    expect(refusal({ text: '\ufeff  ' })).toBe('text: the text is only whitespace');
    expect(refusal({})).toBe('text: the text is required');
    expect(refusal(null)).toMatch(/expected an object/);
    expect(refusal({ text: 42 })).toBe('text: the text must be a string');
    expect(refusal({ text: 'ab\u0000cd' })).toMatch(/NUL byte \(at character 2\)/);
    expect(refusal({ text: 'ab\u001bcd' })).toMatch(/control character U\+001B/);
    expect(refusal({ text: 'é'.repeat(MAX_INPUT_BYTES / 2 + 1) })).toMatch(/too large: 1048578 bytes; the limit is 1 MiB \(1048576 bytes\)/);
  });
  it('refuses malformed optional facts', () => {
    expect(refusal({ text: 'x', url: 'ftp://a' })).toMatch(/^url: expected an http or https URL/);
    expect(refusal({ text: 'x', kind: 'BLOG' })).toMatch(/^kind: /);
    expect(refusal({ text: 'x', publishedOn: '2024-13-01' })).toMatch(/^publishedOn: expected a date/);
    expect(refusal({ text: 'x', title: '   ' })).toMatch(/^title: the title is empty/);
  });
});

describe('decodeDocumentBytes', () => {
  it('decodes strict UTF-8 and refuses anything else', () => {
    expect(decodeDocumentBytes(Buffer.from('Leeds ‘PDU’', 'utf8'), 'f.txt')).toBe('Leeds ‘PDU’');
    expect(() => decodeDocumentBytes(Buffer.from([0x4c, 0xe9, 0x65]), 'f.txt')).toThrow('f.txt: the file is not valid UTF-8 text');
    expect(() => decodeDocumentBytes(Buffer.from([0x4c, 0x00, 0x65]), 'f.txt')).toThrow(/binary \(it contains NUL bytes\)/);
    expect(() => decodeDocumentBytes(new Uint8Array(0), 'f.txt')).toThrow('f.txt: the file is empty');
    expect(() => decodeDocumentBytes(new Uint8Array(MAX_INPUT_BYTES + 1).fill(65), 'f.txt')).toThrow(/too large/);
  });
});
