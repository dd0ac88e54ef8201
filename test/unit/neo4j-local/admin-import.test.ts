import { describe, expect, it } from 'vitest';
import { adminImportArgs } from '../../../src/neo4j-local/admin-import.ts';

describe('adminImportArgs', () => {
  it('names every file with its label or type, fails on bad data and overwrites only when told', () => {
    const args = adminImportArgs({ nodes: [{ name: 'PDU', path: 'n.csv' }], relationships: [{ name: 'OF', path: 'r.csv' }] }, { database: 'neo4j', overwrite: false, arrayDelimiter: '\u001f' });
    expect(args.slice(0, 4)).toEqual(['database', 'import', 'full', 'neo4j']);
    expect(args).toContain('--nodes=PDU=n.csv');
    expect(args).toContain('--relationships=OF=r.csv');
    expect(args).toContain('--multiline-fields=true');
    expect(args).toContain('--skip-bad-relationships=false');
    expect(args).toContain('--overwrite-destination=false');
  });
});
