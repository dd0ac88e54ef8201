import { describe, expect, it } from 'vitest';
import { GraphBatch } from '../batch.ts';
import { batchRecommendations, deriveLineage, lineageScore, MIN_SCORE, type LineageText } from './lineage.ts';

const text = (id: string, words: string, inspectionId: string, pduId: string, date: string | null): LineageText => ({ id, text: words, inspectionId, pduId, date });
const LLR = 'Conduct a learning analysis to understand the skills and knowledge of the practitioner group and implement a system to ensure gaps in learning are met';
const LEEDS = 'conduct an analysis of the skills, knowledge and experience within the practitioner group and implement a system for checking that learning is consolidated into practice';

describe('recommendation lineage', () => {
  it('scores recommendations that say the same in other words above the threshold, a shared topic below it', () => {
    expect(lineageScore(LLR, LEEDS)!.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(lineageScore(LLR, LEEDS)!.shared).toEqual(expect.arrayContaining(['skills', 'knowledge', 'practitioner']));
    expect(lineageScore('ensuring appropriate activity was always undertaken following domestic abuse or safeguarding enquiries',
      'ensure domestic abuse and safeguarding information was complete and sufficiently analysed in all cases')).toBeNull();
  });

  it('links the later to the earlier once, across PDUs and within one, never two of one inspection', () => {
    const batch = new GraphBatch();
    const fresh = [text('r:b', LLR, 'i:b', 'pdu:llr', '2025-03'), text('r:b2', LLR, 'i:b', 'pdu:llr', '2025-03')];
    deriveLineage(batch, fresh, [text('r:a', LEEDS, 'i:a', 'pdu:leeds', '2024-08'), text('r:c', LLR, 'i:c', 'pdu:llr', null)]);
    const rows = batch.relationships.filter((g) => g.type === 'RECURS').flatMap((g) => g.rows);
    const pairs = rows.map((r) => `${r.from}>${r.to}:${String(r.props.ordered)}:${String(r.props.samePdu)}`).sort();
    // r:b and r:b2 are of one inspection: not linked; with r:c (undated) the order is unknown.
    expect(pairs).toEqual(['r:b2>r:a:true:false', 'r:b>r:a:true:false', 'r:c>r:b2:false:true', 'r:c>r:b:false:true']);
    expect(rows.every((r) => r.props.method === 'STEMMED_TERM_COSINE' && typeof r.props.explanation === 'string')).toBe(true);
  });

  it('reads the inspection, PDU and date of a batch\'s recommendations from the batch or the graph', () => {
    const batch = new GraphBatch();
    batch.node('Recommendation', 'r:1', { text: LLR });
    batch.rel('RECOMMENDS', ['Inspection', 'i:1'], ['Recommendation', 'r:1']);
    const known = new Map([['i:1', { pduId: 'pdu:llr', props: { fieldworkFrom: null, reportedIn: '2023-03', publishedOn: '2023-03-30' } }]]);
    expect(batchRecommendations(batch, known)).toEqual([{ id: 'r:1', text: LLR, inspectionId: 'i:1', pduId: 'pdu:llr', date: '2023-03' }]);
  });
});
