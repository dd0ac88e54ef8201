import { describe, expect, it } from 'vitest';
import { BROWSER_CSP, confinedPage } from '../../../src/neo4j-local/browser-csp.ts';

describe("Neo4j Browser's page policy", () => {
  const page = '<!doctype html><html lang="en"><head><meta charset="UTF-8"/><title>Neo4j Browser</title></head><body></body></html>';

  it('is the first element of <head>, once however often it is applied', () => {
    const once = confinedPage(page);
    expect(once).toContain(`<head><meta http-equiv="Content-Security-Policy" content="${BROWSER_CSP}"/><meta charset`);
    expect(confinedPage(once)).toBe(once);
  });

  it('lets scripts, styles and fonts come from the Browser only, and connections go to this machine only', () => {
    const directives = new Map(BROWSER_CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    for (const kind of ['script-src', 'style-src', 'font-src', 'default-src']) {
      expect(directives.get(kind)!.every((s) => !/^https?:|^\*$|googleapis|segment|canny/.test(s)), kind).toBe(true);
    }
    expect(directives.get('connect-src')!.every((s) => s === "'self'" || /^(ws|wss|http):\/\/(localhost|127\.0\.0\.1):\*$/.test(s))).toBe(true);
  });

  it('refuses a page it cannot place the policy in, naming it', () => {
    expect(() => confinedPage('<html><body></body></html>')).toThrow(/browser\/index.html .* no <head>/);
  });
});
