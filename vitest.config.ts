/**
 * Three projects: `unit` (pure logic, no database, tests beside the code or in test/unit),
 * `integration` (a real Neo4j started by the global setup, real HTTP) and `e2e` (the same Neo4j, the
 * service, and Debian's Chromium driven by playwright-core: GraphiQL, the explorer, Neo4j Browser).
 * Integration and e2e files share one database (and one Neo4j: see test/support/global-setup.ts), so
 * each project runs its files one after another, and e2e runs in a group of its own (groupOrder),
 * never beside an integration file that wipes the graph.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/tck/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // The first GraphiQL request bundles it (Monaco, React: several seconds on 2 cores).
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
