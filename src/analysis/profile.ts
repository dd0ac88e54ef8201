/**
 * A region's profile: the PDUs with an inspection that matches (a rating, a period), and the concern
 * themes they share, strengths apart, each with the findings (and so the documents' words) behind
 * it. The matching is scope.ts's (region, rating, period; CERTAIN unless includePossible); the
 * shared themes are recurrence over findings (recurring.ts), so each has its explanation and the
 * profile its coverage, including the PDUs with no region in the graph that may belong to it.
 */
import type { Tx } from '../db/database.ts';
import type { InspectionRecord, PduRecord, RegionRecord } from '../model/records.ts';
import { newestInspectionFirst } from './chronology.ts';
import { coverageIn, scopeWords } from './coverage.ts';
import type { RegionProfileRecord } from './records.ts';
import { recurrence, scopePhrase, type RecurringArgs } from './recurring.ts';
import { scopeParams, scopeVariables, statusExpression, type ScopeArgs } from './scope.ts';
import type { Statement } from './statement.ts';

/** The region, and its PDUs with their matching inspections (newest first), by name. */
export function regionMatchesStatement(scope: ScopeArgs): Statement {
  return {
    cypher: `MATCH (g:Region {id: $region})
CALL (g) {
  MATCH (g)<-[:IN_REGION]-(p:PDU)<-[:OF]-(i:Inspection)
  ${scopeVariables()}
  WITH i, p, ${statusExpression('NONE')} AS status
  WHERE status = 'CONSIDERED'
  WITH p, i ORDER BY ${newestInspectionFirst('i')}
  WITH p, collect(i {.*}) AS inspections
  ORDER BY p.name
  RETURN collect({pdu: p {.*}, inspections: inspections}) AS matches
}
RETURN g {.*} AS region, matches`,
    params: scopeParams(scope),
  };
}

const n = (x: number, one: string, many = `${one}s`) => `${x} ${x === 1 ? one : many}`;

/** Null when the region does not exist. */
export async function regionProfile(tx: Tx, args: RecurringArgs): Promise<RegionProfileRecord | null> {
  const s = regionMatchesStatement(args);
  const row = (await tx.run(s.cypher, s.params)).records[0];
  if (!row) return null;
  const region = row.get('region') as RegionRecord;
  const matches = row.get('matches') as { pdu: PduRecord; inspections: InspectionRecord[] }[];
  const concerns = await recurrence(tx, args, 'CONCERN');
  const strengths = await recurrence(tx, args, 'STRENGTH');
  const words = scopeWords(args, region.name);
  const coverage = await coverageIn(tx, args, 'NONE', words);
  const phrase = scopePhrase({ ...words, region: null }, args.includePossible);
  const pduNames = matches.map((m) => m.pdu.name).join('; ');
  const themeList = (r: typeof concerns) => r.themes.slice(0, 5).map((t) => `${t.theme.name} (${n(t.pduCount, 'PDU')})`).join('; ') || 'none';
  const explanation = `${n(matches.length, 'PDU')} in ${region.name} ${phrase === 'across every inspection' ? 'with any inspection' : `with an inspection ${phrase}`}${matches.length ? `: ${pduNames}` : ''}. ` +
    `Concern themes shared by at least ${n(args.minPdus, 'PDU')}: ${themeList(concerns)}. Strengths, apart: ${themeList(strengths)}. ${coverage.summary}`;
  return {
    region, rating: args.rating, from: args.from, to: args.to,
    pdus: matches.map((m) => m.pdu), inspections: matches.flatMap((m) => m.inspections),
    concerns, strengths, coverage, explanation,
  };
}
