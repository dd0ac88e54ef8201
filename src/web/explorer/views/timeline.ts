/// <reference lib="dom" />
/**
 * A PDU's inspection timeline: its inspections oldest first on a time axis, with how each rating
 * moved (ratingHistory), the national policies in force at the time as bands behind them
 * (policyTimeline), and each inspection's details, pressures and documents below.
 */
import { graphql } from '../../../generated/client/gql.ts';
import type { ExplorerPduQuery } from '../../../generated/client/graphql.ts';
import { request } from '../api.ts';
import { documentLinks, h, ratingBadge, when } from '../dom.ts';

const PduQuery = graphql(`
  query ExplorerPdu($id: ID!) {
    pdu(id: $id) {
      id
      name
      aliases
      region { name }
      inspections {
        id
        name
        rating
        fieldworkFrom
        fieldworkTo
        fieldworkBasis
        fieldworkWindowFrom
        fieldworkWindowTo
        fieldworkExplanation
        reportedIn
        publishedOn
        casesExamined
        recommendationCount
        recommendations { id text themes { key name } }
        pressures { basis certainty policy { code name } }
        documents { id title url kind publishedOn }
      }
    }
    ratingHistory(pdu: $id) { fieldworkFrom rating change inspection { id } }
    policyTimeline { policy { code name pressure } from until }
  }
`);

type Inspection = NonNullable<ExplorerPduQuery['pdu']>['inspections'][number];
/** An inspection with a place on the axis: its stated fieldwork, or the end of a derived window. */
type Dated = Inspection & { at: string; derived: boolean };

function placed(i: Inspection): Dated | null {
  if (i.fieldworkFrom) return { ...i, at: i.fieldworkFrom, derived: false };
  if (i.fieldworkBasis === 'DERIVED' && i.fieldworkWindowTo) return { ...i, at: i.fieldworkWindowTo, derived: true };
  return null;
}

const CHANGE: Record<string, string> = { FIRST: 'first inspection', IMPROVED: 'improved', UNCHANGED: 'unchanged', DECLINED: 'declined' };

/** Months since year 0, for placing dates (`YYYY-MM` or `YYYY-MM-DD`) on the axis. */
const months = (date: string) => {
  const [y, m] = date.split('-');
  return Number(y) * 12 + (Number(m ?? 1) - 1);
};

export async function timelineView(id: string): Promise<HTMLElement> {
  const data = await request(PduQuery, { id });
  const pdu = data.pdu;
  if (!pdu) return h('section', {}, h('h1', {}, 'No such PDU'), h('p', {}, `There is no PDU with id ${id}. `, h('a', { href: '#/pdus' }, 'All PDUs')));

  const oldestFirst = [...pdu.inspections].reverse();
  const dated = oldestFirst.map(placed).filter((i): i is Dated => i !== null);
  const history = new Map(data.ratingHistory.map((p) => [p.inspection.id, p]));
  return h(
    'section',
    { 'aria-labelledby': 'pdu-title' },
    h('p', { class: 'crumbs' }, h('a', { href: '#/pdus' }, 'PDUs'), ' › ', pdu.name),
    h('h1', { id: 'pdu-title' }, pdu.name),
    h(
      'p',
      {},
      pdu.region ? `${pdu.region.name} region. ` : '',
      pdu.aliases.length ? `Also called ${pdu.aliases.join(', ')}. ` : '',
      `${pdu.inspections.length} inspection${pdu.inspections.length === 1 ? '' : 's'} in the graph. `,
      h('a', { href: `#/graph/${encodeURIComponent(pdu.id)}` }, 'Neighbourhood graph'),
      ' · ',
      h('a', { href: `#/changes?pdu=${encodeURIComponent(pdu.id)}` }, 'What changed between inspections'),
    ),
    dated.length ? axis(dated, data.policyTimeline, history) : h('p', {}, oldestFirst.length ? 'No fieldwork dates known.' : 'No inspections yet.'),
    h(
      'ol',
      { class: 'inspections', 'aria-label': 'Inspections, oldest first' },
      oldestFirst.map((i) => inspectionItem(i, history.get(i.id)?.change)),
    ),
  );
}

function axis(inspections: Dated[], periods: ExplorerPduQuery['policyTimeline'], history: Map<string, { change: string }>): HTMLElement {
  const first = months(inspections[0]!.fieldworkWindowFrom ?? inspections[0]!.at) - 6;
  const last = months(inspections.at(-1)!.fieldworkTo ?? inspections.at(-1)!.at) + 6;
  const span = Math.max(last - first, 1);
  const pct = (m: number) => `${(Math.min(Math.max(m - first, 0), span) / span) * 100}%`;
  const bands = periods
    .filter((p) => p.policy.pressure && p.from && months(p.from) < last && (!p.until || months(p.until) > first))
    .map((p, row) => {
      const start = months(p.from!);
      const end = p.until ? months(p.until) : last;
      const band = h('div', { class: 'band', title: `${p.policy.name}: ${when(p.from)} – ${p.until ? when(p.until) : 'in force'}` }, p.policy.code);
      band.style.left = pct(start);
      band.style.width = `calc(${pct(end)} - ${pct(start)})`;
      band.style.top = `${row * 1.6}rem`;
      return band;
    });
  const marks = inspections.map((i) => {
    const target = `insp-${cssId(i.id)}`;
    const mark = h(
      'button',
      {
        type: 'button',
        class: `mark rating-${i.rating.toLowerCase().replace(/_/g, '-')}${i.derived ? ' derived' : ''}`,
        'aria-label': `Inspection ${i.derived ? `fieldwork not stated, by ${when(i.at)}` : when(i.at)}: ${i.rating.replace(/_/g, ' ').toLowerCase()}, ${CHANGE[history.get(i.id)?.change ?? ''] ?? ''}. Show details`,
        onclick: () => {
          const item = document.getElementById(target);
          item?.scrollIntoView({ behavior: 'smooth', block: 'start' });
          item?.focus({ preventScroll: true });
        },
      },
      h('span', { class: 'mark-date' }, i.derived ? `≤ ${i.at}` : i.at),
    );
    mark.style.left = pct(months(i.at));
    return mark;
  });
  const years: HTMLElement[] = [];
  for (let y = Math.ceil(first / 12); y * 12 <= last; y++) {
    const tick = h('span', { class: 'tick' }, y);
    tick.style.left = pct(y * 12);
    years.push(tick);
  }
  const bandBox = h('div', { class: 'bands' }, bands);
  bandBox.style.height = `${Math.max(bands.length, 1) * 1.6}rem`;
  return h(
    'figure',
    { class: 'timeline' },
    h('figcaption', {}, 'Inspections by fieldwork month, with the national pressures in force (bands)'),
    bandBox,
    h('div', { class: 'axis' }, years, marks),
  );
}

/** The fieldwork as it is known: stated, a derived window (which says so), or unknown. */
function fieldworkLabel(i: Inspection): string {
  if (i.fieldworkFrom) return `Fieldwork ${when(i.fieldworkFrom)}${i.fieldworkTo && i.fieldworkTo !== i.fieldworkFrom ? ` – ${when(i.fieldworkTo)}` : ''}`;
  if (i.fieldworkBasis === 'DERIVED' && i.fieldworkWindowFrom && i.fieldworkWindowTo) {
    return `Fieldwork not stated (between ${when(i.fieldworkWindowFrom)} and ${when(i.fieldworkWindowTo)}, derived${i.reportedIn ? `; reported ${when(i.reportedIn)}` : ''})`;
  }
  return `Fieldwork unknown (${i.fieldworkExplanation ?? 'no document states it and no rule derives it'})`;
}

function inspectionItem(i: Inspection, change: string | undefined): HTMLElement {
  return h(
    'li',
    { id: `insp-${cssId(i.id)}`, class: 'inspection', tabindex: -1 },
    h(
      'h2',
      {},
      `${fieldworkLabel(i)} `,
      ratingBadge(i.rating),
      change ? h('span', { class: `change change-${change.toLowerCase()}` }, CHANGE[change] ?? change) : null,
    ),
    h(
      'dl',
      {},
      h('dt', {}, 'Published'),
      h('dd', {}, i.publishedOn ? `${when(i.publishedOn)} (stated)` : 'not stated by any document'),
      i.casesExamined != null ? [h('dt', {}, 'Cases examined'), h('dd', {}, i.casesExamined)] : null,
      h('dt', {}, 'Recommendations'),
      h('dd', {}, i.recommendationCount != null ? `${i.recommendationCount} made, ${i.recommendations.length} known` : `${i.recommendations.length} known`),
      h('dt', {}, 'Under'),
      h('dd', {}, i.pressures.length ? unique(i.pressures.map((p) => `${p.policy.code} (${p.basis === 'FIELDWORK_OVERLAP' ? 'fieldwork' : 'named in a document'}${p.certainty === 'POSSIBLE' ? ', possibly' : ''})`)).join(', ') : 'no national policy'),
      h('dt', {}, 'Documents'),
      h('dd', {}, i.documents.length ? h('ul', {}, i.documents.map((d) => h('li', {}, documentLinks(d)))) : 'none'),
    ),
    i.recommendations.length
      ? h(
          'details',
          {},
          h('summary', {}, `${i.recommendations.length} recommendation${i.recommendations.length === 1 ? '' : 's'}`),
          h('ol', {}, i.recommendations.map((r) => h('li', {}, r.text, r.themes.length ? h('span', { class: 'themes' }, ` — ${r.themes.map((t) => t.name).join(', ')}`) : null))),
        )
      : null,
    h(
      'p',
      {},
      h('a', { href: `#/inspection/${encodeURIComponent(i.id)}` }, 'Facts and evidence, Chief Inspector, lineage'),
      ' · ',
      h('a', { href: `#/graph/${encodeURIComponent(i.id)}` }, 'Neighbourhood of this inspection'),
    ),
  );
}

const unique = (xs: string[]) => [...new Set(xs)];
const cssId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '-');
