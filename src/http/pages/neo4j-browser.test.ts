/**
 * What Neo4j Browser gets from the service: the starter queries as read from browser/queries/, the
 * guide rendered from them (escaped, one slide each), the style (a colour and a caption per label,
 * the explorer's colours) and the neo4j.conf lines `npm start` gives the local Neo4j.
 */
import { describe, expect, it } from 'vitest';
import { renderNeo4jConf } from '../../neo4j-local/conf.ts';
import { LABEL_COLOURS } from '../../web/explorer/palette.ts';
import { graphStyle, neo4jBrowserSettings, renderGuide, starterQueries } from './neo4j-browser.ts';

const LABELS = ['Region', 'PDU', 'Inspection', 'Recommendation', 'Finding', 'Theme', 'Policy', 'Person', 'Organisation', 'Quote', 'Document', 'Commitment', 'Action'];
const CAPTIONS: Record<string, string> = { Policy: '{code}', Document: '{title}', Recommendation: '{text}', Finding: '{text}', Quote: '{text}', Commitment: '{text}', Action: '{text}' };

describe('starter queries', () => {
  it('each has a title, a description and one statement', () => {
    const qs = starterQueries();
    expect(qs.map((q) => q.title)).toEqual(['Recurring themes under a policy', "A PDU's history", 'Who said what', 'Evidence of a fact', 'Inspections under a policy', 'Recommendations that recur']);
    for (const q of qs) {
      expect(q.description.length, q.file).toBeGreaterThan(20);
      expect(q.cypher, q.file).toMatch(/^(MATCH|OPTIONAL MATCH|CALL|WITH)\b/);
      expect(q.cypher, q.file).toMatch(/\bRETURN\b/);
      expect(q.cypher.includes(';'), q.file).toBe(false);
    }
  });
});

describe('guide', () => {
  const html = renderGuide('http://localhost:4000');
  it('has an introduction and one slide per starter query, with the Cypher escaped', () => {
    expect(html.match(/<slide /g)).toHaveLength(1 + starterQueries().length);
    expect(html).toContain('<pre class="pre-scrollable code runnable">:style http://localhost:4000/browser/graphstyle.grass</pre>');
    expect(html).toContain("MATCH (policy:Policy {code: 'SDS40'})&lt;-[u:UNDER]-(i:Inspection)-[:RECOMMENDS]-&gt;");
    // No raw markup from the queries: every '<' in the output opens one of the guide's own tags.
    for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)/g)) expect(['article', 'carousel', 'slide', 'div', 'h3', 'p', 'figure', 'pre', 'code', 'a', 'small']).toContain(m[2]);
  });
});

describe('graph style', () => {
  const grass = graphStyle();
  it('draws recommendation lineage (RECURS) apart, with its score', () => {
    expect(grass).toMatch(/relationship\.RECURS \{[^}]*caption: "<type> \{score\}";/);
  });
  const block = (label: string) => new RegExp(`node\\.${label} \\{\\n([\\s\\S]*?)\\n\\}`).exec(grass)?.[1] ?? '';
  it('gives every label a colour and a caption', () => {
    for (const label of LABELS) {
      expect(block(label), label).toMatch(/color: #[0-9A-F]{6};/);
      expect(block(label), label).toContain(`caption: "${CAPTIONS[label] ?? '{name}'}";`);
    }
  });
  it('uses the colours of the explorer', () => {
    for (const label of LABELS) {
      expect(block(label), label).toContain(`  color: ${LABEL_COLOURS[label]!.fill};`);
      expect(block(label), label).toContain(`border-color: ${LABEL_COLOURS[label]!.border};`);
    }
  });
});

describe('neo4j.conf settings for the local Neo4j', () => {
  it('let Neo4j Browser fetch from the service, and apply the style and open the guide on connecting', () => {
    const settings = neo4jBrowserSettings('http://127.0.0.1:4000');
    expect(settings['browser.remote_content_hostname_whitelist']!.split(',')).toEqual(expect.arrayContaining(['localhost', '127.0.0.1', 'guides.neo4j.com']));
    expect(settings['browser.post_connect_cmd']).toBe('style http://127.0.0.1:4000/browser/graphstyle.grass; play http://127.0.0.1:4000/browser/guide.html');
    const conf = renderNeo4jConf({ boltPort: 7687, httpPort: 7474, heapInitial: '1g', heapMax: '2g', pageCache: '512m', dataDir: 'd', logsDir: 'l', runDir: 'r', pluginsDir: 'p', importDir: 'i', libDir: 'lib', settings });
    expect(conf).toContain('\nbrowser.post_connect_cmd=style http://127.0.0.1:4000/browser/graphstyle.grass; play http://127.0.0.1:4000/browser/guide.html\n');
  });
});
