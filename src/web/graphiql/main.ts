/// <reference lib="dom" />
/**
 * The GraphiQL page's script (bundled by src/http/pages/bundle.ts, served at /graphiql): GraphiQL 5 from npm,
 * pointed at this service's /graphql, with the README's example queries as tabs. Monaco's web
 * workers are bundled beside it (workers.ts) and loaded from this origin: no CDN, works offline.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import { exampleTabs } from '../example-queries.ts';
import './page.css';

/** Where the bundler put the workers: the page names them in data attributes (hashed file names). */
const root = document.getElementById('graphiql')!;
const workerUrl = (label: string) => root.dataset[`${label}Worker`]!;

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    return new Worker(workerUrl(label === 'graphql' || label === 'json' ? label : 'editor'), { name: label });
  },
};

const fetcher = createGraphiQLFetcher({ url: new URL(root.dataset.endpoint ?? '/graphql', location.href).toString() });

createRoot(root).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: exampleTabs(),
    defaultEditorToolsVisibility: true,
    // A separate storage namespace, so the example tabs are not mixed with other GraphiQLs' on this host.
    storage: namespacedStorage('probation-graph:graphiql:'),
  }),
);

function namespacedStorage(prefix: string): Storage {
  const s = window.localStorage;
  return {
    get length() {
      return Object.keys(s).filter((k) => k.startsWith(prefix)).length;
    },
    clear: () => Object.keys(s).filter((k) => k.startsWith(prefix)).forEach((k) => s.removeItem(k)),
    getItem: (k) => s.getItem(prefix + k),
    setItem: (k, v) => s.setItem(prefix + k, v),
    removeItem: (k) => s.removeItem(prefix + k),
    key: (i) => Object.keys(s).filter((k) => k.startsWith(prefix))[i]?.slice(prefix.length) ?? null,
  };
}
