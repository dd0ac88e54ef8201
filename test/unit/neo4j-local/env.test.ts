import { describe, expect, it } from 'vitest';
import { localNeo4jOptionsFromEnv } from '../../../src/neo4j-local/env.ts';
import { LocalNeo4jConfigError } from '../../../src/neo4j-local/errors.ts';

describe('localNeo4jOptionsFromEnv', () => {
  it('returns nothing when no variable is set (empty counts as unset)', () => {
    expect(localNeo4jOptionsFromEnv({})).toEqual({});
    expect(localNeo4jOptionsFromEnv({ NEO4J_BOLT_PORT: '' })).toEqual({});
  });

  it('parses every variable', () => {
    expect(
      localNeo4jOptionsFromEnv({
        NEO4J_LOCAL_DIR: '/tmp/x',
        NEO4J_BOLT_PORT: '7697',
        NEO4J_HTTP_PORT: ' 7484 ',
        NEO4J_HEAP_MAX: '3G',
        NEO4J_PAGECACHE: '256m',
        NEO4J_GC: ' Parallel ',
      }),
    ).toEqual({ baseDir: '/tmp/x', boltPort: 7697, httpPort: 7484, heapMax: '3g', pageCache: '256m', gc: 'parallel' });
  });

  it('resolves a relative NEO4J_LOCAL_DIR from the current directory', () => {
    expect(localNeo4jOptionsFromEnv({ NEO4J_LOCAL_DIR: 'rel' }).baseDir).toBe(`${process.cwd()}/rel`);
  });

  it.each([
    ['NEO4J_BOLT_PORT', 'abc'],
    ['NEO4J_BOLT_PORT', '7687.5'],
    ['NEO4J_HTTP_PORT', '99999'],
    ['NEO4J_HEAP_MAX', '2'],
    ['NEO4J_PAGECACHE', 'lots'],
    ['NEO4J_GC', 'zgc'],
  ])('names %s in the error for %j', (name, value) => {
    expect(() => localNeo4jOptionsFromEnv({ [name]: value })).toThrow(LocalNeo4jConfigError);
    expect(() => localNeo4jOptionsFromEnv({ [name]: value })).toThrow(new RegExp(name));
  });
});
