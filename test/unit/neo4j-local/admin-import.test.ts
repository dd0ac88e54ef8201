import { describe, expect, it } from 'vitest';
import { adminImportArgs, readBufferSize, toolStages } from '../../../src/neo4j-local/admin-import.ts';

describe('adminImportArgs', () => {
  it('names every sheet as its header and data files, fails on bad data and overwrites only when told', () => {
    const files = {
      nodes: [{ header: 'nh.csv', data: 'n.csv' }, { header: 'mh.csv', data: 'm.csv' }], relationships: [{ header: 'rh.csv', data: 'r.csv' }],
      longestField: 10, largestFile: 1000, multiline: ['m.csv'], largestMultiline: 500,
    };
    const args = adminImportArgs(files, { database: 'neo4j', overwrite: false, arrayDelimiter: '\u001f' });
    expect(args.slice(0, 4)).toEqual(['database', 'import', 'full', 'neo4j']);
    expect(args).toContain('--nodes=nh.csv,n.csv');
    expect(args).toContain('--relationships=rh.csv,r.csv');
    expect(args).toContain('--id-type=integer');
    expect(args).toContain(`--read-buffer-size=${4 * 1024 * 1024}`);
    // Only the files with line breaks are read with the multiline parser.
    expect(args).toContain('--multiline-fields-format=v2');
    expect(args).toContain('--multiline-fields=m.csv');
    const plain = adminImportArgs({ ...files, multiline: [], largestMultiline: 0 }, { database: 'neo4j', overwrite: false, arrayDelimiter: ';' });
    expect(plain).toContain('--multiline-fields=false');
    expect(plain.some((a) => a.startsWith('--multiline-fields-format'))).toBe(false);
    expect(args).toContain('--skip-bad-relationships=false');
    expect(args).toContain('--overwrite-destination=false');
  });

  it('reads through a buffer of a sixteenth of the largest file (4 to 64 MiB) that also holds the longest field in UTF-8', () => {
    const MiB = 1024 * 1024;
    expect(readBufferSize(10, 1000)).toBe(4 * MiB);
    expect(readBufferSize(10, 500 * MiB)).toBe(32 * MiB);
    expect(readBufferSize(10, 5000 * MiB)).toBe(64 * MiB);
    expect(readBufferSize(1_000_000, 1000)).toBe(8 * MiB); // 6,000,000 bytes rounded up to a power of two
    expect(readBufferSize(20_000_000, 5000 * MiB)).toBe(128 * MiB);
    // A whole multiline file in one buffer (the tool's v2 multiline parser loses a field that crosses two).
    expect(readBufferSize(10, 1000, 28 * MiB)).toBe(32 * MiB);
    expect(readBufferSize(10, 1000, 4 * MiB)).toBe(8 * MiB);
  });

  it('reads the stages and their times from the tool\'s output', () => {
    const output = [
      'WARNING: heap size 1.000GiB may be too small. Suggested heap size is 1.000GiBNodes, started 2026-12-02 14:57:52.482+0000',
      '[*Nodes:0B/s 135.1MiB---] 180K ∆ 110K\r[*Nodes:0B/s 135.1MiB---] 185K ∆ 5K',
      'Done in 6s 421ms',
      'Relationships, started 2026-12-02 14:57:59.682+0000',
      'Done in 1m 7s 605ms',
      'Count groups, started 2026-12-02 14:58:09.329+0000',
      'Done in 2ms',
      'IMPORT DONE in 1m 26s 766ms. ',
    ].join('\n');
    expect(toolStages(output)).toBe('Nodes 6.4 s, Relationships 67.6 s, Count groups 0.0 s, IMPORT DONE in 1m 26s 766ms');
  });
});
