/**
 * The service's pages for people (mounted by src/http/server.ts):
 *   GET /graphiql                 GraphiQL 5, with the README's example queries as tabs (option `graphiql`)
 *   GET /graphql, Accept: text/html  -> 302 to /graphiql (a browser opening the endpoint) when GraphiQL
 *                                 is on, else a short page of our own (no third-party scripts or fonts)
 *   GET /explorer                 the explorer (PDUs, timelines, heat map, neighbourhoods, documents)
 *   GET /browser/guide.html       a Neo4j Browser guide with the starter queries (`:play <url>`)
 *   GET /browser/graphstyle.grass the Neo4j Browser style (`:style <url>`)
 *   GET /browser/queries/<file>.cypher  the starter queries themselves
 * The apps are bundled on first request (src/http/pages/bundle.ts) and served from memory. Pages carry a
 * Content-Security-Policy allowing scripts, workers and data from this origin only (inline styles are
 * allowed: Monaco and Cytoscape.js set them).
 */
import type http from 'node:http';
import express from 'express';
import Negotiator from 'negotiator';
import { sendText } from '../respond.ts';
import { bundle, type App, type Bundle } from './bundle.ts';
import { graphStyle, renderGuide, starterQueries } from './neo4j-browser.ts';

export interface UiOptions {
  /** Serve GraphiQL at /graphiql (and send browsers opening /graphql there). */
  graphiql: boolean;
  /** Serve the explorer at /explorer. */
  explorer: boolean;
}

const CSP_BASE = ["default-src 'self'", "base-uri 'none'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'", "connect-src 'self'", "img-src 'self' data:"];
/** Monaco (GraphiQL's editor) writes <style> elements and style attributes; fonts are data: URLs. */
const CSP_GRAPHIQL = [...CSP_BASE, "script-src 'self'", "worker-src 'self'", "style-src 'self' 'unsafe-inline'", "font-src 'self' data:"].join('; ');
/** Cytoscape.js sets style attributes on the elements it draws in. */
const CSP_EXPLORER = [...CSP_BASE, "script-src 'self'", "style-src 'self' 'unsafe-inline'", "font-src 'self'"].join('; ');

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function page(opts: { title: string; app: App; b: Bundle; body: string }): string {
  const asset = (f: string) => `/${opts.app}/assets/${f}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title}</title>
<link rel="icon" href="data:,">
${opts.b.style ? `<link rel="stylesheet" href="${asset(opts.b.style)}">\n` : ''}<script type="module" src="${asset(opts.b.script)}"></script>
</head>
<body>
${opts.body}
</body>
</html>
`;
}

function graphiqlPage(b: Bundle): string {
  const workers = Object.entries(b.workers)
    .map(([label, file]) => ` data-${label}-worker="${escapeAttr(`/graphiql/assets/${file}`)}"`)
    .join('');
  return page({ title: 'GraphiQL · probation-graph', app: 'graphiql', b, body: `<div id="graphiql" data-endpoint="/graphql"${workers}>Loading GraphiQL…</div>` });
}

function explorerPage(b: Bundle, graphiql: boolean): string {
  return page({
    title: 'Explorer · probation-graph',
    app: 'explorer',
    b,
    body: `<a class="skip" href="#view">Skip to content</a>
<header class="top">
  <a class="brand" href="#/pdus">probation-graph explorer</a>
  <nav id="nav" aria-label="Views"></nav>
  <div class="aside">${graphiql ? '<a href="/graphiql">GraphiQL</a>' : ''}<a href="/browser/guide.html">Neo4j Browser guide</a></div>
</header>
<main id="view" tabindex="-1"><p class="status" role="status">Loading…</p></main>
<noscript>The explorer needs JavaScript; the same data is at /graphql.</noscript>`,
  });
}

/** Serve one app: its page at /<app>, its assets at /<app>/assets/<hashed name>. */
function serveApp(router: express.Router, app: App, csp: string, html: (b: Bundle) => string): void {
  router.get(`/${app}`, async (req, res) => {
    let b: Bundle;
    try {
      b = await bundle(app);
    } catch (e) {
      req.log?.error({ err: e }, `could not bundle ${app}`);
      res.status(500).type('text').send(`The ${app} page could not be built: ${(e as Error).message.split('\n')[0]}`);
      return;
    }
    res.set({ 'Content-Security-Policy': csp, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    res.type('html').send(html(b));
  });
  router.get(`/${app}/assets/:file`, async (req, res, next) => {
    try {
      const asset = (await bundle(app)).assets.get(req.params.file);
      if (!asset) {
        res.status(404).type('text').send('not found');
        return;
      }
      // Names carry a content hash: cache for good.
      res.set({ 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=31536000, immutable', 'X-Content-Type-Options': 'nosniff', Vary: 'Accept-Encoding' });
      if (req.acceptsEncodings('gzip', 'identity') === 'gzip') res.set('Content-Encoding', 'gzip').send(Buffer.from(asset.gzip));
      else res.send(Buffer.from(asset.contents));
    } catch (e) {
      next(e);
    }
  });
}

export function uiRouter(opts: UiOptions): express.Router {
  const router = express.Router();
  if (opts.graphiql) serveApp(router, 'graphiql', CSP_GRAPHIQL, graphiqlPage);
  if (opts.explorer) serveApp(router, 'explorer', CSP_EXPLORER, (b) => explorerPage(b, opts.graphiql));

  // Neo4j Browser fetches these from its own origin (another port): allow any origin to read them.
  router.use('/browser', (req, res, next) => {
    res.set({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, OPTIONS', 'X-Content-Type-Options': 'nosniff' });
    if (req.method === 'OPTIONS') {
      const asked = req.header('access-control-request-headers');
      if (asked) res.set('Access-Control-Allow-Headers', asked);
      res.status(204).end();
      return;
    }
    next();
  });
  router.get('/browser/guide.html', (req, res) => {
    res.type('html').set('Cache-Control', 'no-cache').send(renderGuide(`${req.protocol}://${req.get('host')}`));
  });
  router.get('/browser/graphstyle.grass', (_req, res) => {
    res.type('text/plain; charset=utf-8').set('Cache-Control', 'no-cache').send(graphStyle());
  });
  router.get('/browser/queries/:file', (req, res) => {
    const q = starterQueries().find((x) => x.file === req.params.file);
    if (!q) {
      res.status(404).type('text').send('not found');
      return;
    }
    res.type('text/plain; charset=utf-8').send(`// ${q.title}\n// ${q.description}\n${q.cypher}\n`);
  });
  return router;
}

/** The endpoint's own page, for a browser opening /graphql while GraphiQL is off: nothing from elsewhere. */
const ENDPOINT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>probation-graph GraphQL endpoint</title></head>
<body>
<h1>probation-graph</h1>
<p>This is the GraphQL endpoint. Send queries with POST (JSON: <code>{"query": "..."}</code>) or GET (<code>?query=...</code>, with the header <code>apollo-require-preflight</code>).</p>
<p>GraphiQL is off on this server.</p>
</body>
</html>
`;

/**
 * A browser opening /graphql (GET, HTML preferred, no `query` parameter) is sent to GraphiQL when it
 * is on, and otherwise gets a short page of the service's own (Apollo's landing page, which loads
 * scripts and fonts from its CDN, is off). GraphQL clients (JSON) and GET queries go on to Apollo
 * Server. True when the browser was answered. (Plain Node: /graphql runs without Express.)
 */
export function graphqlForBrowsers(graphiql: boolean): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  return (req, res) => {
    if (req.method !== 'GET') return false;
    const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '').get('query');
    if (query !== null || new Negotiator(req).mediaType(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') return false;
    if (graphiql) {
      res.writeHead(302, { Location: '/graphiql', 'Content-Length': 0 }).end();
      return true;
    }
    sendText(req, res, 200, ENDPOINT_PAGE, [
      ['Content-Security-Policy', "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"],
      ['X-Content-Type-Options', 'nosniff'], ['Referrer-Policy', 'no-referrer'], ['Content-Type', 'text/html; charset=utf-8'],
    ]);
    return true;
  };
}
