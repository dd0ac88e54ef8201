import { describe, expect, it } from 'vitest';
import { LocalNeo4jConfigError } from '../../../src/neo4j-local/errors.ts';
import { parseJavaVersion, pomVersions } from '../../../src/neo4j-local/install.ts';
import { availableParallelism } from 'node:os';
import { chooseCollector, resolveLocalNeo4jOptions, sizeInBytes } from '../../../src/neo4j-local/options.ts';
import { defaultBaseDir, instanceLayout, repoRoot } from '../../../src/neo4j-local/paths.ts';

describe('resolveLocalNeo4jOptions', () => {
  it('fills the documented defaults', () => {
    const o = resolveLocalNeo4jOptions();
    expect(o).toMatchObject({
      baseDir: defaultBaseDir(),
      instance: 'dev',
      boltPort: 7687,
      httpPort: 7474,
      heapInitial: '1g',
      heapMax: '2g',
      pageCache: '512m',
      startTimeoutMs: 120_000,
      stopTimeoutMs: 30_000,
      reuseRunning: false,
      detached: false,
    });
    expect(typeof o.log).toBe('function');
  });

  it('lowers the default initial heap to a smaller maximum', () => {
    expect(resolveLocalNeo4jOptions({ heapMax: '512M' })).toMatchObject({ heapInitial: '512m', heapMax: '512m' });
  });

  it('refuses bad values with a config error', () => {
    for (const bad of [
      { boltPort: 0 },
      { httpPort: 70000 },
      { boltPort: 7474 },
      { heapMax: '2' },
      { heapMax: '2gb' },
      { heapInitial: '4g', heapMax: '2g' },
      { instance: '../etc' },
      { startTimeoutMs: -1 },
      { gc: 'zgc' as never },
    ]) {
      expect(() => resolveLocalNeo4jOptions(bad), JSON.stringify(bad)).toThrow(LocalNeo4jConfigError);
    }
  });

  it('resolves the collector: auto by the processors, a named one as given', () => {
    expect(chooseCollector('auto', 1)).toBe('parallel');
    expect(chooseCollector('auto', 2)).toBe('parallel');
    expect(chooseCollector('auto', 3)).toBe('g1');
    expect(chooseCollector('g1', 2)).toBe('g1');
    expect(chooseCollector('parallel', 16)).toBe('parallel');
    expect(resolveLocalNeo4jOptions().gc).toBe(availableParallelism() <= 2 ? 'parallel' : 'g1');
    expect(resolveLocalNeo4jOptions({ gc: 'g1' }).gc).toBe('g1');
  });

  it('converts sizes', () => {
    expect(sizeInBytes('512m')).toBe(512 * 1024 ** 2);
    expect(sizeInBytes('2G')).toBe(2 * 1024 ** 3);
  });
});

describe('paths', () => {
  it('places the default base folder at <repo>/.neo4j and derives an instance home', () => {
    expect(defaultBaseDir()).toBe(`${repoRoot}/.neo4j`);
    const layout = instanceLayout('/b', 'dev');
    expect(layout.home).toBe('/b/instances/dev');
    expect(layout.pidFile).toBe('/b/instances/dev/run/neo4j.pid');
    expect(layout.libMarker).toBe('/b/lib/.complete');
  });
});

describe('install helpers', () => {
  it('reads Java versions old and new', () => {
    expect(parseJavaVersion('openjdk version "17.0.15" 2025-04-15')).toEqual({ major: 17, version: '17.0.15' });
    expect(parseJavaVersion('java version "1.8.0_392"')).toEqual({ major: 8, version: '1.8.0_392' });
    expect(parseJavaVersion('openjdk version "21" 2023-09-19')).toEqual({ major: 21, version: '21' });
    expect(parseJavaVersion('nonsense')).toBeNull();
  });

  it('reads the pinned versions from neo4j/pom.xml', () => {
    const v = pomVersions();
    expect(v.neo4j).toMatch(/^5\.26\.\d+$/);
    expect(v.browser).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
