/**
 * The layer rules, checked by `npm test` (npm run lint:layers). src/ is a stack of layers, each a
 * folder; a module may import from its own layer and the layers below it, never from one above:
 *
 *   app          command line, start-up and the service's lifecycle, configuration
 *   neo4j-local  fetching and running the bundled Neo4j (used by app only)
 *   http         the HTTP server, API keys, Apollo plugins, the pages for people
 *   graphql      schema wiring, resolvers, errors, loaders, translate (GraphQL -> Cypher)
 *   analysis     the read side: cross-cutting analyses and their admission control
 *   sources      where facts come from: seed/ (curated files), extract/ (text -> facts),
 *                ingest/ (facts -> a batch for the graph)
 *   graph        the one room that writes: batches, derived facts, the writer, pruning, schema
 *   db           driver, sessions, transactions, health: knows no labels
 *   text         normalisation, terms, contact details
 *   model        the domain's vocabulary, records, ids, dates, error codes
 *
 * web/ is browser code (the explorer, GraphiQL): it imports only itself and the generated client.
 */
const LAYERS = ['app', 'neo4j-local', 'http', 'graphql', 'analysis', 'sources', 'graph', 'db', 'text', 'model'];

const layerRules = LAYERS.map((layer, i) => ({
  name: `layer-${layer}`,
  comment: `src/${layer} may import only from itself and the layers below it (${LAYERS.slice(i + 1).join(', ') || 'none'}), never from ${LAYERS.slice(0, i).join(', ') || 'anything above'}`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${[...LAYERS.slice(0, i), 'web'].join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...layerRules.map((r) => (r.name === 'layer-http'
      // The server bundles the browser apps and names their Monaco worker entry points.
      ? { ...r, to: { path: `^src/(app|neo4j-local)/` } }
      : r)),
    {
      name: 'neo4j-local-for-app-only',
      comment: 'Only the app layer starts the bundled Neo4j (tests and benchmarks may too)',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(app|neo4j-local)/' },
      to: { path: '^src/neo4j-local/' },
    },
    {
      name: 'sources-siblings',
      comment: 'seed/ and ingest/ are siblings: each produces a batch for the graph room, neither imports the other',
      severity: 'error',
      from: { path: '^src/sources/(seed|ingest)/' },
      to: { path: '^src/sources/(seed|ingest)/', pathNot: '^src/sources/$1/' },
    },
    {
      name: 'extract-is-pure',
      comment: 'extract/ turns text into facts: it knows nothing of seeds, ingestion or the graph',
      severity: 'error',
      from: { path: '^src/sources/extract/' },
      to: { path: '^src/(sources/(seed|ingest)|graph|db)/' },
    },
    {
      name: 'web-is-browser-code',
      comment: 'web/ runs in the browser: only itself and the generated client',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/', pathNot: '^src/(web|generated/client)/' },
    },
    {
      name: 'generated-resolver-types',
      comment: 'The generated resolver types are the graphql layer\'s',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(graphql|http|app|generated)/' },
      to: { path: '^src/generated/graphql\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles between modules',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-product-to-tests-or-bench',
      comment: 'Product code never imports tests, benchmarks or scripts',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^src/generated/|\\.test\\.ts$)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
