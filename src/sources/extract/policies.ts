/**
 * National policies that press on probation, as documents name them. Each pattern is a way the
 * policy is written in inspection reports, board papers and news copy; the codes are the graph's
 * Policy codes. Acronyms in capitals (RESET, IMPACT) only count written in capitals, and not on a
 * line that is shouting in capitals throughout, where every word looks like an acronym.
 */
import type { Prepared } from './clean.ts';
import { originalSpan } from './clean.ts';
import type { PolicyCode, PolicyMention } from './types.ts';

const PATTERNS: Array<{ code: PolicyCode; re: RegExp; acronym?: boolean }> = [
  { code: 'SDS40', re: /\bSDS\s?-?40\b/gi },
  { code: 'SDS40', re: /\bstandard determinate sentences?\b[^.\n]{0,40}?\b40\s?(?:%|per\s?cent)/gi },
  { code: 'FTR48', re: /\bFTR\s?-?48\b/gi },
  { code: 'RESET', re: /\b(?:Probation|Operation) Reset\b/gi },
  { code: 'RESET', re: /\bRESET\b/g, acronym: true },
  { code: 'IMPACT', re: /\bProbation Impact\b/gi },
  { code: 'IMPACT', re: /\bIMPACT\b/g, acronym: true },
  // "Probation Reset, Impact and ..." names the scheme without its prefix.
  { code: 'IMPACT', re: /(?<=\bReset(?:,| and| &)\s{1,3})Impact\b/g },
  { code: 'ECSL', re: /\bECSL\b/g },
  { code: 'ECSL', re: /\bEnd of Custody Supervised Licen[cs]e\b/gi },
  { code: 'HDC', re: /\bHome Detention Curfew\b/gi },
  { code: 'SENTENCING_REVIEW', re: /\b(?:Independent )?Sentencing Review\b/gi },
  { code: 'SENTENCING_REVIEW', re: /\bGauke review\b/gi },
  { code: 'SENTENCING_BILL', re: /\bSentencing (?:Bill|Act)(?: 20\d\d)?\b/g },
  // The 2021 merger of the NPS and the CRCs into one Probation Service.
  { code: 'UNIFICATION_2021', re: /\b(?:re-?)?unifi(?:cation|ed)\b[^.\n]{0,80}?\b2021\b/gi },
  { code: 'UNIFICATION_2021', re: /\b(?:June )?2021\b[^.\n]{0,30}?\b(?:re-?)?unifi(?:cation|ed)\b/gi },
  { code: 'UNIFICATION_2021', re: /\b(?:renationalised and )?reunified\b/gi },
  { code: 'UNIFICATION_2021', re: /\bunified Probation Service\b/gi },
  { code: 'EARLY_RELEASE', re: /\bearly (?:prison )?releases?\b/gi },
  { code: 'EARLY_RELEASE', re: /\breleased early\b/gi },
  { code: 'PRISON_CAPACITY', re: /\bprison capacity\b/gi },
];

export function findPolicies(p: Prepared): PolicyMention[] {
  const out: PolicyMention[] = [];
  for (const { code, re, acronym } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(p.norm); m; m = re.exec(p.norm)) {
      if (acronym) {
        const lineStart = p.norm.lastIndexOf('\n', m.index) + 1;
        const lineEnd = p.norm.indexOf('\n', m.index);
        const line = p.norm.slice(lineStart, lineEnd < 0 ? p.norm.length : lineEnd);
        const letters = line.replace(/[^A-Za-z]/g, '');
        if (letters.length > 0 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.6) continue;
      }
      const s = originalSpan(p, m.index, m.index + m[0].length);
      // One mention per place: overlapping patterns for the same code report it once.
      if (out.some((o) => o.code === code && s.start < o.end && s.end > o.start)) continue;
      out.push({ code, matched: s.quote, start: s.start, end: s.end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
