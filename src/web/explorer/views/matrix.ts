/// <reference lib="dom" />
/**
 * The policy × theme heat map (themeMatrix): one row per theme, one column per policy, each cell the
 * number of recommendations with that theme made by inspections under that policy. Every cell with
 * recommendations is a button: activating it (click, Enter or Space) asks the API for that cell's
 * recommendations, with their inspections and the evidence quotes and documents behind them.
 */
import { graphql } from '../../../generated/client/gql.ts';
import type { ExplorerThemeMatrixQuery } from '../../../generated/client/graphql.ts';
import { request } from '../api.ts';
import { documentLinks, failure, h, loading, replace, when } from '../dom.ts';

const MatrixQuery = graphql(`
  query ExplorerThemeMatrix {
    themeMatrix {
      policies { code name pressure }
      themes { key name description }
      cells { policy theme count pduCount }
    }
  }
`);

const CellQuery = graphql(`
  query ExplorerThemeCell($policy: String!, $theme: String!) {
    themeMatrix(policies: [$policy], themes: [$theme]) {
      policies { code name }
      themes { key name }
      cells {
        policy
        theme
        count
        pduCount
        recommendations {
          id
          text
          verbatim
          inspection { id fieldworkFrom rating pdu { id name } }
          evidence { quote about document { id title url kind publishedOn } }
        }
      }
    }
  }
`);

type Matrix = ExplorerThemeMatrixQuery['themeMatrix'];

export async function matrixView(selected?: { policy: string; theme: string }): Promise<HTMLElement> {
  const { themeMatrix } = await request(MatrixQuery, {});
  // Rows and columns without a single recommendation are left out (and named below the table).
  const used = themeMatrix.cells.filter((c) => c.count > 0);
  const shown: Matrix = {
    ...themeMatrix,
    policies: themeMatrix.policies.filter((p) => used.some((c) => c.policy === p.code)),
    themes: themeMatrix.themes.filter((t) => used.some((c) => c.theme === t.key)),
  };
  const hiddenPolicies = themeMatrix.policies.filter((p) => !shown.policies.includes(p));
  const hiddenThemes = themeMatrix.themes.filter((t) => !shown.themes.includes(t));
  const drill = h('section', { class: 'drill', 'aria-live': 'polite', 'aria-labelledby': 'drill-title' }, h('h2', { id: 'drill-title' }, 'Recommendations'), h('p', {}, 'Choose a cell to see its recommendations and the evidence for them.'));
  const table = heatMap(shown, (policy, theme) => {
    history.replaceState(null, '', `#/matrix/${encodeURIComponent(policy)}/${encodeURIComponent(theme)}`);
    void showCell(drill, themeMatrix, policy, theme);
  });
  if (selected) void showCell(drill, themeMatrix, selected.policy, selected.theme);
  return h(
    'section',
    { 'aria-labelledby': 'matrix-title' },
    h('h1', { id: 'matrix-title' }, 'Recurring themes under national policies'),
    h('p', {}, 'Recommendations by theme (rows) and by the national policy their inspection was under (columns), on either basis: fieldwork while it was in force, or named in a document about the inspection. Darker cells hold more recommendations; the second number is how many PDUs received them.'),
    h('div', { class: 'matrix-wrap' }, table),
    shown.policies.some((p) => !p.pressure) ? h('p', { class: 'note' }, '* Not a capacity pressure: only inspections whose documents name the policy count under it.') : null,
    hiddenPolicies.length || hiddenThemes.length
      ? h(
          'p',
          { class: 'note' },
          'No recommendations yet',
          hiddenThemes.length ? ` with the themes ${hiddenThemes.map((t) => t.name).join(', ')}` : '',
          hiddenPolicies.length ? `${hiddenThemes.length ? ', nor' : ''} under ${hiddenPolicies.map((p) => p.code).join(', ')}` : '',
          ': not shown.',
        )
      : null,
    drill,
  );
}

function heatMap(m: Matrix, onPick: (policy: string, theme: string) => void): HTMLElement {
  const byKey = new Map(m.cells.map((c) => [`${c.policy}\u0000${c.theme}`, c]));
  const max = Math.max(1, ...m.cells.map((c) => c.count));
  const rows = m.themes.map((t) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row', title: t.description }, t.name),
      m.policies.map((p) => {
        const c = byKey.get(`${p.code}\u0000${t.key}`);
        if (!c || c.count === 0) return h('td', { class: 'cell empty' }, h('span', { class: 'visually-hidden' }, `${p.code}, ${t.name}: none`));
        const level = Math.ceil((c.count / max) * 5);
        return h(
          'td',
          { class: `cell heat-${level}` },
          h(
            'button',
            {
              type: 'button',
              'data-policy': p.code,
              'data-theme': t.key,
              'aria-label': `${p.code} × ${t.name}: ${c.count} recommendation${c.count === 1 ? '' : 's'} to ${c.pduCount} PDU${c.pduCount === 1 ? '' : 's'}. Show them`,
              onclick: () => onPick(p.code, t.key),
            },
            h('span', { class: 'count' }, c.count),
            h('span', { class: 'pdus' }, `${c.pduCount} PDU${c.pduCount === 1 ? '' : 's'}`),
          ),
        );
      }),
    ),
  );
  return h(
    'table',
    { class: 'matrix' },
    h('caption', { class: 'visually-hidden' }, 'Recommendations by theme and national policy'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Theme'), m.policies.map((p) => h('th', { scope: 'col', title: p.name }, h('abbr', { title: p.name }, breakable(p.code)), p.pressure ? null : h('span', { class: 'not-pressure' }, '*'))))),
    h('tbody', {}, rows),
  );
}

async function showCell(drill: HTMLElement, m: Matrix, policy: string, theme: string): Promise<void> {
  const policyName = m.policies.find((p) => p.code === policy)?.name ?? policy;
  const themeName = m.themes.find((t) => t.key === theme)?.name ?? theme;
  document.querySelectorAll('.matrix button[aria-pressed]').forEach((b) => b.removeAttribute('aria-pressed'));
  document.querySelector(`.matrix button[data-policy="${CSS.escape(policy)}"][data-theme="${CSS.escape(theme)}"]`)?.setAttribute('aria-pressed', 'true');
  replace(drill, h('h2', { id: 'drill-title' }, `${themeName} under ${policyName}`), loading('recommendations'));
  try {
    const { themeMatrix } = await request(CellQuery, { policy, theme });
    const cell = themeMatrix.cells[0];
    if (!cell) {
      replace(drill, h('h2', { id: 'drill-title' }, `${themeName} under ${policyName}`), h('p', {}, 'No recommendations.'));
      return;
    }
    replace(
      drill,
      h('h2', { id: 'drill-title', tabindex: -1 }, `${themeName} under ${policyName}`),
      h('p', {}, `${cell.count} recommendation${cell.count === 1 ? '' : 's'} to ${cell.pduCount} PDU${cell.pduCount === 1 ? '' : 's'}.`),
      h(
        'ol',
        { class: 'recommendations' },
        cell.recommendations.map((r) =>
          h(
            'li',
            {},
            h('p', { class: 'rec-text' }, r.verbatim ? h('q', {}, r.text) : r.text, r.verbatim ? null : h('span', { class: 'note' }, ' (paraphrase)')),
            h(
              'p',
              { class: 'rec-meta' },
              h('a', { href: `#/pdu/${encodeURIComponent(r.inspection.pdu.id)}` }, r.inspection.pdu.name),
              `, inspection with fieldwork ${when(r.inspection.fieldworkFrom)} · `,
              h('a', { href: `#/graph/${encodeURIComponent(r.id)}` }, 'neighbourhood'),
            ),
            r.evidence.length
              ? h(
                  'ul',
                  { class: 'evidence', 'aria-label': 'Evidence' },
                  r.evidence.map((e) => h('li', {}, h('blockquote', {}, e.quote), h('p', { class: 'cite' }, '— ', documentLinks(e.document, e.quote), e.document.publishedOn ? `, ${when(e.document.publishedOn)}` : ''))),
                )
              : h('p', { class: 'note' }, 'No evidence quote recorded.'),
          ),
        ),
      ),
    );
    (drill.querySelector('#drill-title') as HTMLElement | null)?.focus({ preventScroll: false });
  } catch (e) {
    replace(drill, h('h2', { id: 'drill-title' }, `${themeName} under ${policyName}`), failure(e));
  }
}

/** A policy code that may wrap after its underscores (PROBATION_RESET), so columns stay narrow. */
function breakable(code: string): (string | HTMLElement)[] {
  return code.split('_').flatMap((part, i) => (i === 0 ? [part] : ['_', h('wbr'), part]));
}
