import { describe, expect, it } from 'vitest';
import { authenticate, generateKey, parseEntries } from './api-keys.ts';

describe('api keys', () => {
  it('authenticates a generated key by its hash only', () => {
    const w = generateKey('write');
    const r = generateKey('read');
    const entries = parseEntries(`${w.entry},${r.entry}`, 'API_KEYS');
    expect(authenticate(entries, w.key)).toEqual({ role: 'write' });
    expect(authenticate(entries, r.key)).toEqual({ role: 'read' });
    expect(authenticate(entries, 'pgk_wrong')).toBeNull();
    expect(w.entry).not.toContain(w.key);
  });

  it('names the source and entry of a malformed entry', () => {
    expect(() => parseEntries('read:abc', 'API_KEYS')).toThrow('API_KEYS: entry 1 is not');
  });
});
