/// <reference lib="dom" />
/**
 * Recurring concerns (`recurringConcerns`): themes in the concerns of at least `minPdus` PDUs,
 * optionally under a policy, in a region, in a period; each finding one click from its evidence.
 * Also the theme and finding tables the region profile shares. Route:
 * #/concerns?policy=&region=&from=&to=&minPdus=&limit=.
 */
import { graphql } from '../../../generated/client/gql.ts';
import { request } from '../api.ts';
import { h } from '../dom.ts';
import { evidenceDisclosure, evidenceText, type EvidenceItem } from '../evidence.ts';
import { coverageBlock, field, go, inspectionLink, monthInput, policySelect, questionForm } from '../form.ts';
import { directory, lookupField } from '../lookup.ts';
import { dataTable } from '../table.ts';

const RecurringConcernsQuery = graphql(`
  query ExplorerRecurringConcerns($policy: String, $region: ID, $from: String, $to: String, $minPdus: Int, $limit: Int) {
    recurringConcerns(policy: $policy, region: $region, from: $from, to: $to, minPdus: $minPdus, limit: $limit) {
      themes { theme { name } pduCount inspectionCount findingCount pdus { id name } explanation findings { id text inspection { id name pdu { id name } } evidence { quote document { id title url } } } }
      coverage { summary excluded { reason kind count ids explanation } }
      explanation
    }
  }
`);

interface FindingLike { id: string; text: string; inspection: { id: string; name: string; pdu: { id: string; name: string } }; evidence: readonly EvidenceItem[] }
export interface ThemeLike {
  theme: { name: string };
  pduCount: number;
  inspectionCount: number;
  findingCount: number;
  pdus: readonly { id: string; name: string }[];
  explanation: string;
  findings: readonly FindingLike[];
}

export function themesTable(themes: readonly ThemeLike[], title: string): HTMLElement {
  return dataTable({
    title,
    name: 'themes',
    rows: themes,
    empty: 'No theme is shared by enough PDUs.',
    columns: [
      { label: 'Theme', value: (t) => t.theme.name },
      { label: 'PDUs', value: (t) => String(t.pduCount), numeric: true },
      { label: 'Inspections', value: (t) => String(t.inspectionCount), numeric: true },
      { label: 'Findings', value: (t) => String(t.findingCount), numeric: true },
      { label: 'Which PDUs', value: (t) => t.pdus.map((p) => p.name).join('; ') },
      { label: 'Why', value: (t) => t.explanation },
    ],
  });
}

export function findingsTable(themes: readonly ThemeLike[], title: string): HTMLElement | null {
  const rows = themes.flatMap((t) => t.findings.map((f) => ({ theme: t.theme.name, f })));
  if (!rows.length) return null;
  return dataTable({
    title,
    name: 'findings',
    rows,
    columns: [
      { label: 'Theme', value: (r) => r.theme },
      { label: 'PDU', value: (r) => r.f.inspection.pdu.name },
      { label: 'Inspection', value: (r) => r.f.inspection.name, render: (r) => inspectionLink(r.f.inspection) },
      { label: 'Finding', value: (r) => r.f.text },
      { label: 'Evidence', value: (r) => evidenceText(r.f.evidence), render: (r) => evidenceDisclosure(r.f.evidence) },
    ],
  });
}

const int = (v: string | null, lo: number, hi: number) => {
  const n = Number(v);
  return v && Number.isInteger(n) ? Math.min(Math.max(n, lo), hi) : null;
};

export async function concernsView(params: URLSearchParams): Promise<HTMLElement> {
  const dir = await directory();
  const region = lookupField(dir, { id: 'region', label: 'Region', kinds: ['Region'], value: params.get('region') });
  const policy = policySelect(dir, params.get('policy'));
  const from = monthInput('from', params.get('from'));
  const to = monthInput('to', params.get('to'));
  const minPdus = h('input', { id: 'minPdus', name: 'minPdus', type: 'number', min: 1, max: 50, value: params.get('minPdus') ?? '2' });
  const limit = h('input', { id: 'limit', name: 'limit', type: 'number', min: 1, max: 100, value: params.get('limit') ?? '20' });
  const form = questionForm(
    () => go('concerns', { asked: '1', policy: policy.value, region: region.selected(), from: from.value, to: to.value, minPdus: minPdus.value, limit: limit.value }),
    field('policy', 'Policy', policy), region.element, field('from', 'Fieldwork from', from), field('to', 'to', to),
    field('minPdus', 'At least PDUs', minPdus), field('limit', 'List at most', limit),
  );
  const head = [h('h1', { id: 'concerns-title' }, 'Recurring concerns'), form];
  if (!params.get('asked')) return h('section', { 'aria-labelledby': 'concerns-title' }, head, h('p', {}, 'Choose a policy, a region or a period (or none), then Ask.'));
  const vars = {
    policy: params.get('policy') || null, region: params.get('region') || null, from: params.get('from') || null, to: params.get('to') || null,
    minPdus: int(params.get('minPdus'), 1, 1000), limit: int(params.get('limit'), 1, 100),
  };
  const a = (await request(RecurringConcernsQuery, vars)).recurringConcerns;
  const title = ['Recurring concerns', vars.policy, vars.region ? dir.byId.get(vars.region)?.name ?? vars.region : null].filter(Boolean).join(', ');
  return h(
    'section',
    { 'aria-labelledby': 'concerns-title', class: 'question-view' },
    head,
    h('p', { class: 'explanation' }, a.explanation),
    themesTable(a.themes, title),
    findingsTable(a.themes, `${title}: findings`),
    coverageBlock(a.coverage, title),
  );
}
