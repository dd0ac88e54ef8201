import { describe, expect, it } from 'vitest';
import { renderNeo4jConf, type Neo4jConfInput } from '../../../src/neo4j-local/conf.ts';

const input: Neo4jConfInput = {
  boltPort: 7697,
  httpPort: 7484,
  heapInitial: '1g',
  heapMax: '2g',
  pageCache: '512m',
  dataDir: '/base/instances/t/data',
  logsDir: '/base/instances/t/logs',
  runDir: '/base/instances/t/run',
  pluginsDir: '/base/instances/t/plugins',
  importDir: '/base/instances/t/import',
  libDir: '/base/lib',
};

/** name -> value for every setting line; throws on a repeated name (Neo4j rejects those). */
function settings(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const at = line.indexOf('=');
    expect(at, `not a setting line: ${line}`).toBeGreaterThan(0);
    const name = line.slice(0, at);
    expect(map.has(name), `repeated setting ${name}`).toBe(false);
    map.set(name, line.slice(at + 1));
  }
  return map;
}

describe('renderNeo4jConf', () => {
  const conf = settings(renderNeo4jConf(input));

  it('listens on loopback only, on the given ports, with https off', () => {
    expect(conf.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(conf.get('server.bolt.listen_address')).toBe('127.0.0.1:7697');
    expect(conf.get('server.http.listen_address')).toBe('127.0.0.1:7484');
    expect(conf.get('server.bolt.advertised_address')).toBe('localhost:7697');
    expect(conf.get('server.https.enabled')).toBe('false');
  });

  it('turns auth and usage reports off and documents why', () => {
    const text = renderNeo4jConf(input);
    expect(conf.get('dbms.security.auth_enabled')).toBe('false');
    expect(conf.get('dbms.usage_report.enabled')).toBe('false');
    // Neo4j Browser's product analytics, and its "we collect information on product usage" banner (issue 16).
    expect(conf.get('client.allow_telemetry')).toBe('false');
    // An Enterprise setting: Community's strict validation would refuse to start with it.
    expect(conf.has('browser.allow_outgoing_connections')).toBe(false);
    expect(text).toMatch(/LOCAL DEVELOPMENT ONLY/);
  });

  it('sizes memory explicitly', () => {
    expect(conf.get('server.memory.heap.initial_size')).toBe('1g');
    expect(conf.get('server.memory.heap.max_size')).toBe('2g');
    expect(conf.get('server.memory.pagecache.size')).toBe('512m');
  });

  it('keeps every directory under the instance home and points lib at the shared jars', () => {
    for (const kind of ['data', 'logs', 'run', 'plugins', 'import']) {
      expect(conf.get(`server.directories.${kind}`)).toBe(`/base/instances/t/${kind}`);
    }
    expect(conf.get('server.directories.lib')).toBe('/base/lib');
  });

  it('sets the transaction timeout, query log and strict validation', () => {
    expect(conf.get('db.transaction.timeout')).toBe('0s');
    expect(conf.get('db.logs.query.enabled')).toBe('OFF');
    expect(conf.get('server.config.strict_validation.enabled')).toBe('true');
  });

  it('replaces a setting it already has and appends new ones, once each', () => {
    const text = renderNeo4jConf({ ...input, settings: { 'db.transaction.timeout': '30s', 'browser.post_connect_cmd': 'play start' } });
    const extra = settings(text);
    expect(extra.get('db.transaction.timeout')).toBe('30s');
    expect(extra.get('browser.post_connect_cmd')).toBe('play start');
  });

  it('refuses a value that would inject another line', () => {
    expect(() => renderNeo4jConf({ ...input, settings: { 'db.transaction.timeout': '1s\ndbms.security.auth_enabled=true' } })).toThrow(/line break/);
    expect(() => renderNeo4jConf({ ...input, settings: { 'bad name': 'x' } })).toThrow(/setting name/);
  });
});
