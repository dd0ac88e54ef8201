import { describe, expect, it } from 'vitest';
import { storedProps, termIndexChanges, termIndexNodes } from './term-index.ts';
import { keyStems, termKey } from '../text/terms.ts';

describe('term keys', () => {
  it('are the sorted distinct stems, the same for the same words in another order or form', () => {
    expect(termKey('Ensure effective oversight of casework, oversight recorded')).toBe(termKey('recorded casework oversight; effective'));
    expect(keyStems(termKey('conduct a learning analysis'))).toEqual([...keyStems(termKey('conduct a learning analysis'))].sort());
    expect(termKey('the and to')).toBe('');
    expect(keyStems('')).toEqual([]);
  });

  it('are stored on recommendations only', () => {
    expect(storedProps('Recommendation', { id: 'r', text: 'review risk' }).termKey).toBe(termKey('review risk'));
    expect(storedProps('Finding', { id: 'f', text: 'review risk' })).not.toHaveProperty('termKey');
  });
});

describe('termIndexChanges', () => {
  it('counts +1 per stem of a new key and -1 per stem of the key it replaces; nothing for an unchanged one', () => {
    const c = termIndexChanges([
      { before: null, after: 'a b' },
      { before: 'a c', after: 'a d' },
      { before: 'b', after: 'b' },
    ]);
    expect(c.deltas).toEqual([{ stem: 'a', delta: 1 }, { stem: 'b', delta: 1 }, { stem: 'c', delta: -1 }, { stem: 'd', delta: 1 }]);
    expect(c.sets).toEqual(['a b', 'a d']);
  });

  it('makes no TermSet for a text without terms', () => {
    expect(termIndexChanges([{ before: null, after: '' }])).toEqual({ sets: [], deltas: [] });
  });

  it('gives whole counts for a corpus at once (the bulk import)', () => {
    expect(termIndexNodes(['a b', 'a', 'a b', ''])).toEqual({ sets: ['a', 'a b'], terms: [{ stem: 'a', df: 3 }, { stem: 'b', df: 2 }] });
  });
});
