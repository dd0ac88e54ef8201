/** `probation-graph import` refuses, before touching anything, what it cannot do. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/app/cli/commands/import.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('probation-graph import', () => {
  it('refuses when NEO4J_URI names another Neo4j, saying to use seed', async () => {
    vi.stubEnv('NEO4J_URI', 'bolt://example.invalid:7687');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await run([])).toBe(2);
    expect(String(stderr.mock.calls[0]![0])).toMatch(/NEO4J_URI is set.*probation-graph seed/);
  });

  it('refuses an unknown option', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await run(['--force'])).toBe(2);
    expect(String(stderr.mock.calls[0]![0])).toMatch(/force/);
  });
});
