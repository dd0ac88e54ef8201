/**
 * `probation-graph extract FILE [--json | --explain]`: print the facts extracted from one document.
 *
 * Reads the file as UTF-8 and nothing else (no database, no network). Inputs that cannot be a
 * document are refused with a message naming the problem and exit code 2: a missing file, a
 * directory, an empty file, a file over 1 MiB, binary content, or bytes that are not UTF-8.
 * With --json the extraction is printed as pretty JSON (DESIGN.md section 5, with evidence);
 * --explain prints the same JSON plus `explanation`: for each field the words it came from and the
 * extractor's rule that took them, or why it is null; without either, a readable summary.
 */
import { readFile, stat } from 'node:fs/promises';
import { extractExplained } from '../../../sources/extract/index.ts';
import { Extraction } from '../../../sources/extract/types.ts';
import { loadVocabulary } from '../../../sources/seed/vocabulary.ts';

const MAX_BYTES = 1024 * 1024;

const USAGE = `usage: probation-graph extract FILE [--json | --explain]

Extract the facts (inspections, ratings, dates, recommendations, people, quotes, findings,
policies) that one press release, news report, board paper or parliamentary answer states,
each with its evidence: the exact words and their character offsets in the file.

  --json      print the extraction as JSON (otherwise a readable summary)
  --explain   as --json, plus for each field the words it came from and the rule
              that took them, or why it is null
`;

class InputError extends Error {}

async function readDocument(file: string): Promise<string> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(err)})`);
  }
  if (!info.isFile()) throw new InputError(`${file}: not a regular file`);
  if (info.size === 0) throw new InputError(`${file}: the file is empty`);
  if (info.size > MAX_BYTES) {
    throw new InputError(`${file}: the file is too large (${info.size} bytes; the limit is 1 MiB = ${MAX_BYTES} bytes)`);
  }
  const bytes = await readFile(file);
  if (bytes.includes(0)) throw new InputError(`${file}: the file is binary (it contains NUL bytes), not a text document`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: the file is not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(`${file}: the file is empty (whitespace only)`);
  return text;
}

function summary(file: string, x: Extraction): string {
  const lines: string[] = [];
  const d = x.document;
  lines.push(`${file}`);
  lines.push(`  kind: ${d.kind}${d.complete ? '' : ' (text cut off)'}`);
  if (d.title) lines.push(`  title: ${d.title}`);
  if (d.publishedOn) lines.push(`  dated: ${d.publishedOn}`);
  if (d.url) lines.push(`  url: ${d.url}`);
  lines.push(`  inspections: ${x.inspections.length}`);
  for (const i of x.inspections) {
    lines.push(`    ${i.pdu} PDU: ${i.rating ?? 'rating not stated'}`);
    const facts: Array<[string, unknown]> = [
      ['previous rating', i.previousRating && `${i.previousRating}${i.previousInspectionYear ? ` (${i.previousInspectionYear})` : ''}`],
      ['region', i.region && `${i.region}${i.pdusInRegion ? ` (one of ${i.pdusInRegion} PDUs)` : ''}`],
      ['fieldwork', i.fieldwork && `${i.fieldwork}${i.fieldworkTo ? ` to ${i.fieldworkTo}` : ''}`],
      ['published', i.published],
      ['recommendations', i.recommendationCount],
      ['chief inspector', i.chiefInspector],
    ];
    for (const [label, value] of facts) if (value !== null && value !== undefined) lines.push(`      ${label}: ${String(value)}`);
    for (const r of i.recommendationsQuoted) lines.push(`      - ${r}`);
  }
  if (x.people.length) lines.push(`  people: ${x.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ')}`);
  if (x.otherPdusMentioned.length) {
    lines.push(`  also mentioned: ${x.otherPdusMentioned.map((o) => (o.rating ? `${o.pdu} (${o.rating})` : o.pdu)).join('; ')}`);
  }
  if (x.policiesMentioned.length) lines.push(`  policies: ${[...new Set(x.policiesMentioned.map((p) => p.code))].join(', ')}`);
  const strengths = x.findings.filter((f) => f.polarity === 'STRENGTH').length;
  lines.push(`  findings: ${x.findings.length} (${strengths} strengths, ${x.findings.length - strengths} concerns); quotes: ${x.quotes.length}`);
  return `${lines.join('\n')}\n`;
}

export async function run(argv: string[]): Promise<number> {
  const files: string[] = [];
  let json = false;
  let explain = false;
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg === '--explain') explain = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      return 0;
    } else if (arg.startsWith('-') && arg !== '-') {
      process.stderr.write(`probation-graph extract: unknown option '${arg}'\n\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    process.stderr.write(`probation-graph extract: expected exactly one FILE, got ${files.length}\n\n${USAGE}`);
    return 2;
  }
  const file = files[0]!;
  let text: string;
  try {
    text = await readDocument(file);
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`probation-graph extract: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const { extraction, explanation } = extractExplained(text, await loadVocabulary());
  // The extractor's output must meet its own contract before anyone relies on it.
  const checked = Extraction.safeParse(extraction);
  if (!checked.success) {
    process.stderr.write(`probation-graph extract: internal error, the extraction does not match its schema:\n${checked.error.message}\n`);
    return 1;
  }
  if (explain) process.stdout.write(`${JSON.stringify({ ...extraction, explanation }, null, 2)}\n`);
  else process.stdout.write(json ? `${JSON.stringify(extraction, null, 2)}\n` : summary(file, extraction));
  return 0;
}
