import { describe, expect, it } from 'vitest';
import { escapeLucene, snippet } from './lucene.ts';

describe('escapeLucene', () => {
  it('escapes operator characters and lower-cases boolean keywords', () => {
    expect(escapeLucene('risk AND (harm')).toBe('risk and \\(harm');
    expect(escapeLucene('title:* "x"')).toBe('title\\:\\* \\"x\\"');
    expect(escapeLucene('a && b || !c')).toBe('a \\&\\& b \\|\\| \\!c');
  });
});

describe('snippet', () => {
  it('centres on the first matching word', () => {
    const text = `${'x '.repeat(200)}safeguarding children ${'y '.repeat(200)}`;
    const s = snippet(text, ['safeguarding']);
    expect(s).toContain('safeguarding children');
    expect(s.startsWith('…')).toBe(true);
  });
});
