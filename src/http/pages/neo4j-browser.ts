/**
 * What the service gives Neo4j Browser, under /browser/ (src/http/pages/routes.ts): the graph style
 * (browser/graphstyle.grass) and a guide rendered from the starter queries in browser/queries/, so
 * the guide and the .cypher files cannot disagree. In Neo4j Browser:
 *   :style http://localhost:4000/browser/graphstyle.grass
 *   :play http://localhost:4000/browser/guide.html
 * (Neo4j Browser fetches both from the page, so they are served with CORS headers, and its
 * `browser.remote_content_hostname_whitelist` must name the service's host: `localhost` is in the
 * default list; `npm start` also adds 127.0.0.1.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoPath } from '../../model/repository.ts';

export const BROWSER_DIR = repoPath('browser');

export interface StarterQuery {
  /** The file name in browser/queries/, e.g. `01-recurring-themes-under-a-policy.cypher`. */
  file: string;
  /** The first comment line. */
  title: string;
  /** The other leading comment lines, joined. */
  description: string;
  /** The statement, without the leading comments. */
  cypher: string;
}

/** The starter queries, in file-name order; each file starts with `// Title` and `// description` lines. */
export function starterQueries(dir: string = path.join(BROWSER_DIR, 'queries')): StarterQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
      const comments: string[] = [];
      while (lines.length && /^\s*\/\//.test(lines[0]!)) comments.push(lines.shift()!.replace(/^\s*\/\/\s?/, '').trim());
      const [title = file, ...rest] = comments;
      return { file, title, description: rest.join(' ').trim(), cypher: lines.join('\n').trim() };
    });
}

export function graphStyle(): string {
  return readFileSync(path.join(BROWSER_DIR, 'graphstyle.grass'), 'utf8');
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function slide(title: string, lead: string, body: string): string {
  return `
    <slide class="row-fluid">
      <div class="col-sm-3">
        <h3>${escape(title)}</h3>
        <p class="lead">${lead}</p>
      </div>
      <div class="col-sm-9">
${body}
      </div>
    </slide>`;
}

const runnable = (code: string) => `        <figure><pre class="pre-scrollable code runnable">${escape(code)}</pre></figure>`;

/**
 * A Neo4j Browser guide (the `:play` HTML format: a carousel of slides; `pre.runnable` blocks go to
 * the editor when clicked). `service` is the service's own URL, e.g. http://localhost:4000.
 */
export function renderGuide(service: string): string {
  const queries = starterQueries();
  const intro = slide(
    'probation-graph',
    'HM Inspectorate of Probation inspections of Probation Delivery Units, as a graph.',
    `        <p>Every node has a stable <code>id</code> and a caption (<code>name</code>, <code>title</code>, <code>code</code> or <code>text</code>).
        Inspections are <code>OF</code> a PDU, <code>RECOMMENDS</code> recommendations and <code>FOUND</code> findings that are <code>ABOUT</code> themes,
        and are <code>UNDER</code> national policies (basis <code>FIELDWORK_OVERLAP</code> or <code>DOCUMENT_MENTION</code>). Every fact is
        <code>EVIDENCED_BY</code> a document, with the exact quote and its offsets.</p>
        <p>First, give each label its colour and caption (click, then run):</p>
${runnable(`:style ${service}/browser/graphstyle.grass`)}
        <p>Then the starter queries, one a slide (use the arrows). The same queries are in <code>browser/queries/</code>;
        the GraphQL API has the analyses behind them: <a href="${escape(service)}/graphiql" target="_blank" rel="noopener">GraphiQL</a>,
        <a href="${escape(service)}/explorer" target="_blank" rel="noopener">the explorer</a>.</p>`,
  );
  const slides = queries.map((q, i) => slide(`${i + 1}. ${q.title}`, escape(q.description), `${runnable(q.cypher)}\n        <p><small>browser/queries/${escape(q.file)}</small></p>`));
  return `<article class="guide">
  <carousel class="deck container-fluid">${[intro, ...slides].join('')}
  </carousel>
</article>
`;
}

/**
 * neo4j.conf lines for the bundled local Neo4j (src/app/main.ts): let Neo4j Browser fetch from the
 * service, and on connecting apply the style and open the guide.
 */
export function neo4jBrowserSettings(service: string): Record<string, string> {
  const host = new URL(service).hostname;
  return {
    'browser.remote_content_hostname_whitelist': [...new Set(['guides.neo4j.com', 'localhost', '127.0.0.1', host])].join(','),
    'browser.post_connect_cmd': `style ${service}/browser/graphstyle.grass; play ${service}/browser/guide.html`,
  };
}
