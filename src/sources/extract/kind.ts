/**
 * What kind of document a text is: PRESS_RELEASE | NEWS | BOARD_REPORT | PARLIAMENTARY_ANSWER | OTHER.
 *
 * Decided by the strongest evidence first:
 *  1. the form of a parliamentary question and answer ("Question to the Ministry of Justice",
 *     "Answered by", "To ask the Secretary of State") or a committee paper ("Purpose of report",
 *     "Recommendations for the Board", "Officer to contact"): two signals needed;
 *  2. the publisher of the URL (the vocabulary's publishers): the inspectorate's and the government's
 *     news pages are press releases (their other pages are OTHER), Parliament publishes answers, a
 *     news publisher news; a host the vocabulary does not know, or a republisher, publishes news.
 *     An inspectorate's page that is a report (its first line the report's title, "An inspection of
 *     probation services in ...", or a "Foreword" section heading) is OTHER whatever its address
 *     (report pages are also served at "?p=" addresses, like press releases);
 *  3. without a URL, a report page (as in 2) without press-release furniture is OTHER; then
 *     press-release furniture ("Notes to editors", "ENDS", "For media enquiries");
 *  4. news furniture (an author or byline line, "READ MORE", a publication's name, "according to the
 *     report");
 *  5. the inspectorate's announcing voice ("has received an overall rating of ... following an
 *     inspection by HM Inspectorate of Probation") with nothing newsy: a press release.
 */
import type { Lexicon } from './lexicon.ts';
import type { DocumentKind } from './types.ts';

const count = (text: string, res: RegExp[]): number => res.filter((re) => re.test(text)).length;

const PARLIAMENT = [
  /\bQuestion to the\b/i,
  /\bAnswered by\b/,
  /\bThis question was answered\b/i,
  /\bTo ask the (Secretary of State|Minister|Chancellor|Lord Chancellor)\b/i,
  /\b(written|parliamentary) (question|answer|statement)\b/i,
  /\b(asked|tabled) on\b/i,
  /\bHouse of (Commons|Lords)\b/,
];
const BOARD = [
  /\bPurpose of (the )?report\b/i,
  /\bRecommendations? (for|to) the (Board|Committee|Panel|Cabinet)\b/i,
  /\bOfficer to contact\b/i,
  /\b(Board|Committee|Panel)\b[^\n]{0,40}\b(meeting|report|requested)\b/i,
  /\bAgenda item\b/i,
  /\b(Background|Issues in local areas|Financial implications|Legal implications)\s*\n/i,
  /\bTo note the (contents|report)\b/i,
];
const PRESS = [/\bNotes? to editors?\b/i, /^\s*ENDS\s*$/m, /\bFor media enquiries\b/i, /\bPress Office\b/i];
const NEWS = [
  /\bAuthor:/,
  /^By [A-Z][a-z]+ [A-Z]/m,
  /\bREAD MORE\b/,
  /\baccording to the report\b/i,
  /\bthe report says\b/i,
  /\b(Evening News|Free Press|Reporter|Gazette|Echo|Chronicle|Herald|Local Democracy Reporting)\b/,
  /^\s*-\s*Published\s*$/m,
];
const INSPECTORATE_VOICE =
  /\b(has|have) (received an overall rating of|been rated)\b[^.\n]{0,80}\b(following an inspection|inspection) by (HM|His Majesty's) Inspectorate of Probation\b/i;

/**
 * A report's own title as a line: "An inspection of probation services in Leeds PDU", "A joint
 * inspection of youth justice services in Cardiff". After "in" only a place's name (capitalised words
 * and the small words inside names), so that a news headline ("An inspection of probation services in
 * Suffolk found ...") is not one.
 */
const REPORT_TITLE = /^[ \t]*An?[ \t]+(?:[a-z-]+[ \t]+){0,2}inspection[ \t]+of[ \t]+(?:[a-z-]+[ \t]+){0,3}services?[ \t]+in[ \t]+(?:(?:[A-Z0-9][\w'-]*|and|&|of|upon|on|the|with|,)[ \t]*)+$/;
/** A report's section heading on a line of its own ("Foreword", "Foreword (Back to top)"). */
const REPORT_SECTION = /^[ \t]*(?:Foreword|Executive summary)[ \t]*(?:\(Back to top\))?[ \t]*$/m;

/** The first line of content (page noise is already blanked). */
const firstLine = (text: string): string => /^[ \t]*\S[^\n]*/m.exec(text)?.[0] ?? '';

/** The page is an inspection report (or a part of one), not an announcement of it. */
export function isReportPage(text: string): boolean {
  return REPORT_TITLE.test(firstLine(text)) || REPORT_SECTION.test(text);
}

/** The kind the URL's publisher and path give, or null when the URL says nothing. */
function kindOfUrl(url: string, lex: Lexicon, text: string): DocumentKind | null {
  const publisher = lex.publisher(url);
  let path = '';
  try {
    const u = new URL(url);
    path = `${u.pathname}${u.search}`.toLowerCase();
  } catch {
    return null;
  }
  switch (publisher?.kind) {
    case 'INSPECTORATE':
    case 'GOVERNMENT':
      return /\/(news|media|press-releases?)\b|[?&]p=\d+/.test(path) && !isReportPage(text) ? 'PRESS_RELEASE' : 'OTHER';
    case 'PARLIAMENT':
      return 'PARLIAMENTARY_ANSWER';
    case 'NEWS':
      return 'NEWS';
    default:
      return null;
  }
}

export function classifyKind(text: string, url: string | null, lex: Lexicon): DocumentKind {
  if (count(text, PARLIAMENT) >= 2) return 'PARLIAMENTARY_ANSWER';
  if (count(text, BOARD) >= 2) return 'BOARD_REPORT';
  const byUrl = url ? kindOfUrl(url, lex, text) : null;
  if (byUrl) return byUrl;
  // A republisher or a host the vocabulary does not know: a parliamentary page by one sign of its
  // form, otherwise news (what other sites publish about inspections).
  if (url) return count(text, PARLIAMENT) >= 1 ? 'PARLIAMENTARY_ANSWER' : 'NEWS';
  if (isReportPage(text) && count(text, PRESS) === 0) return 'OTHER';
  if (count(text, PRESS) >= 1) return 'PRESS_RELEASE';
  if (count(text, NEWS) >= 1 || !!lex.newsPublisherRe?.test(text)) return 'NEWS';
  if (INSPECTORATE_VOICE.test(text)) return 'PRESS_RELEASE';
  return 'OTHER';
}
