/**
 * Monaco's web workers for GraphiQL, as bundle entry points (src/http/pages/bundle.ts builds each into one
 * classic-worker script). The labels are those GraphiQL's MonacoEnvironment.getWorker receives.
 */
export const MONACO_WORKERS = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
} as const;
