/// <reference lib="dom" />
/**
 * What changed for a PDU between inspections (`pduChanges`): each pair of successive dated
 * inspections with the rating's move, the frameworks, the concern and strength themes that are new,
 * persisting or not reported again (each finding one click from its evidence), and the recommendations
 * that recur. Route: #/changes?pdu=<id>.
 */
import { graphql } from '../../../generated/client/gql.ts';
import type { ExplorerPduChangesQuery } from '../../../generated/client/graphql.ts';
import { request } from '../api.ts';
import { fieldworkCell, fieldworkFull } from '../dates.ts';
import { h } from '../dom.ts';
import { evidenceDisclosure, evidenceText, type EvidenceItem } from '../evidence.ts';
import { coverageBlock, go, inspectionLink, questionForm } from '../form.ts';
import { directory, lookupField } from '../lookup.ts';
import { dataTable, ratingColumn } from '../table.ts';

const PduChangesQuery = graphql(`
  query ExplorerPduChanges($pdu: ID!) {
    pduChanges(pdu: $pdu) {
      pdu { id name }
      inspections { id name rating fieldworkFrom fieldworkTo fieldworkBasis fieldworkWindowFrom fieldworkWindowTo fieldworkExplanation chiefInspector { name } chiefInspectorExplanation evidence { quote about document { id title url } } }
      changes {
        before { id name rating }
        after { id name rating }
        rating
        frameworks { same explanation }
        concerns {
          explanation
          new { theme { name } before { id } after { id } explanation }
          persisting { theme { name } before { id } after { id } explanation }
          notReportedAgain { theme { name } before { id } after { id } explanation }
        }
        strengths {
          explanation
          new { theme { name } before { id } after { id } explanation }
          persisting { theme { name } before { id } after { id } explanation }
          notReportedAgain { theme { name } before { id } after { id } explanation }
        }
        recurringRecommendations { recommendation { id text } earlier { id text } score sharedTerms explanation }
        coverage { notes }
        explanation
      }
      coverage { summary excluded { reason kind count ids explanation } }
      explanation
    }
  }
`);

type Answer = NonNullable<ExplorerPduChangesQuery['pduChanges']>;
type Change = Answer['changes'][number];
type ThemeChange = Change['concerns']['new'][number];
interface ThemeRow { change: Change; polarity: string; status: string; t: ThemeChange }

// The comparison names its findings by id only: with their texts and evidence the query would be
// over the cost limit (changes × themes × findings × evidence). The texts and evidence come from the
// PDU's inspections, one small query, joined by id.
const PduFindingsQuery = graphql(`
  query ExplorerPduFindings($pdu: ID!) {
    pdu(id: $pdu) { inspections { id findings { id text evidence { quote document { id title url } } } } }
  }
`);

type FindingById = Map<string, { text: string; evidence: EvidenceItem[] }>;

const MOVE: Record<string, string> = { IMPROVED: 'improved', UNCHANGED: 'unchanged', DECLINED: 'declined', FIRST: 'first' };
const pair = (c: Change) => `${c.before.name} → ${c.after.name}`;
const findingsText = (findings: FindingById, fs: ThemeChange['before']) => fs.map((f) => findings.get(f.id)?.text ?? f.id).join(' | ');
const allEvidence = (findings: FindingById, t: ThemeChange) => [...t.before, ...t.after].flatMap((f) => findings.get(f.id)?.evidence ?? []);

function themeRows(changes: readonly Change[]): ThemeRow[] {
  const rows: ThemeRow[] = [];
  for (const change of changes) {
    for (const [polarity, set] of [['Concern', change.concerns], ['Strength', change.strengths]] as const) {
      for (const t of set.new) rows.push({ change, polarity, status: 'new', t });
      for (const t of set.persisting) rows.push({ change, polarity, status: 'persisting', t });
      for (const t of set.notReportedAgain) rows.push({ change, polarity, status: 'not reported again', t });
    }
  }
  return rows;
}

function inspectionsTable(a: Answer): HTMLElement {
  return dataTable({
    title: `Inspections of ${a.pdu.name}`,
    name: 'inspections',
    rows: a.inspections,
    columns: [
      { label: 'Inspection', value: (i) => i.name, render: (i) => inspectionLink(i) },
      ratingColumn('Rating', (i: Answer['inspections'][number]) => i.rating),
      { label: 'Fieldwork', value: (i) => fieldworkFull(i), render: (i) => fieldworkCell(i) },
      { label: 'Chief Inspector', value: (i) => i.chiefInspector?.name ?? `none named: ${i.chiefInspectorExplanation}` },
      { label: 'Evidence', value: (i) => evidenceText(i.evidence), render: (i) => evidenceDisclosure(i.evidence) },
    ],
  });
}

function comparisonsTable(a: Answer): HTMLElement {
  return dataTable({
    title: `Changes for ${a.pdu.name}`,
    name: 'changes',
    rows: a.changes,
    columns: [
      { label: 'Before', value: (c) => c.before.name, render: (c) => inspectionLink(c.before) },
      ratingColumn('Before rating', (c: Change) => c.before.rating),
      { label: 'After', value: (c) => c.after.name, render: (c) => inspectionLink(c.after) },
      ratingColumn('After rating', (c: Change) => c.after.rating),
      { label: 'Rating moved', value: (c) => MOVE[c.rating] ?? c.rating },
      { label: 'Frameworks', value: (c) => c.frameworks.explanation },
      { label: 'Gaps in the documents', value: (c) => c.coverage.notes.join(' ') },
    ],
  });
}

function themesTable(a: Answer, findings: FindingById): HTMLElement {
  return dataTable({
    title: `Themes between inspections of ${a.pdu.name}`,
    name: 'theme-changes',
    rows: themeRows(a.changes),
    empty: 'No themed findings to compare.',
    columns: [
      { label: 'Comparison', value: (r) => pair(r.change) },
      { label: 'Polarity', value: (r) => r.polarity },
      { label: 'Theme', value: (r) => r.t.theme.name },
      { label: 'Change', value: (r) => r.status },
      { label: 'Before', value: (r) => findingsText(findings, r.t.before) },
      { label: 'After', value: (r) => findingsText(findings, r.t.after) },
      { label: 'Evidence', value: (r) => evidenceText(allEvidence(findings, r.t)), render: (r) => evidenceDisclosure(allEvidence(findings, r.t)) },
    ],
  });
}

function recurringTable(a: Answer): HTMLElement {
  return dataTable({
    title: `Recurring recommendations of ${a.pdu.name}`,
    name: 'recurring-recommendations',
    rows: a.changes.flatMap((change) => change.recurringRecommendations.map((r) => ({ change, r }))),
    empty: 'No later recommendation says much the same as an earlier one (or the documents quote too few to tell).',
    columns: [
      { label: 'Comparison', value: ({ change }) => pair(change) },
      { label: 'Earlier', value: ({ r }) => r.earlier.text },
      { label: 'Later', value: ({ r }) => r.recommendation.text },
      { label: 'Score', value: ({ r }) => r.score.toFixed(3), numeric: true },
      { label: 'Shared terms', value: ({ r }) => r.sharedTerms.join(', ') },
    ],
  });
}

export async function changesView(params: URLSearchParams): Promise<HTMLElement> {
  const dir = await directory();
  const pdu = lookupField(dir, { id: 'pdu', label: 'PDU', kinds: ['PDU'], value: params.get('pdu') });
  const form = questionForm(() => go('changes', { pdu: pdu.selected() }), pdu.element);
  const head = [h('h1', { id: 'changes-title' }, 'What changed between inspections'), form];
  const id = params.get('pdu');
  if (!id) return h('section', { 'aria-labelledby': 'changes-title' }, head, h('p', {}, 'Choose a PDU: type part of its name.'));
  const [{ pduChanges: a }, own] = await Promise.all([request(PduChangesQuery, { pdu: id }), request(PduFindingsQuery, { pdu: id })]);
  const findings: FindingById = new Map((own.pdu?.inspections ?? []).flatMap((i) => i.findings.map((f) => [f.id, f] as const)));
  if (!a) return h('section', { 'aria-labelledby': 'changes-title' }, head, h('p', { class: 'error' }, `There is no PDU with id ${id}.`));
  return h(
    'section',
    { 'aria-labelledby': 'changes-title', class: 'question-view' },
    head,
    h('h2', {}, a.pdu.name),
    h('p', { class: 'explanation' }, a.explanation),
    inspectionsTable(a),
    h('h2', {}, 'Ratings and frameworks'),
    comparisonsTable(a),
    h('h2', {}, 'Concerns and strengths'),
    themesTable(a, findings),
    h('h2', {}, 'Recommendations that recur'),
    recurringTable(a),
    coverageBlock(a.coverage, `Changes for ${a.pdu.name}`),
  );
}
