/**
 * What an ingest takes: the text of one press release or news report, and optionally what the
 * caller knows about it (its URL, title, kind, date), which overrides what the extractor reads from
 * the text. Everything is checked before anything is extracted or written, and each refusal names
 * the problem:
 *
 * - the text is required and must hold something other than whitespace;
 * - it must be text: no NUL byte and no other control character than tab, line feed and carriage
 *   return (binary data read as text shows up as exactly these);
 * - at most MAX_INPUT_BYTES (1 MiB) as UTF-8: press releases and news reports are a few kilobytes;
 * - files are read as bytes and decoded as strict UTF-8 (`decodeDocumentBytes`): invalid bytes are
 *   refused rather than replaced with U+FFFD.
 */
import { z } from 'zod';
import { DocumentKind } from '../../model/enums.ts';
import { PartialDate } from '../../model/dates.ts';
import { ErrorCode } from '../../model/error-codes.ts';
import { isWebUrl, MAX_URL_LENGTH } from '../../model/urls.ts';

/** The largest document accepted, in bytes of UTF-8: 1 MiB. */
export const MAX_INPUT_BYTES = 1024 * 1024;

export type IngestErrorCode = 'BAD_INPUT' | typeof ErrorCode.NOTHING_FOUND;

/**
 * A refusal that is the input's fault, not the system's: BAD_INPUT (the input is not an acceptable
 * document; `field` names what is wrong) or NOTHING_FOUND (the text reports no inspection). Nothing
 * is written in either case. The API maps both to BAD_USER_INPUT.
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function describeChar(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a text is not acceptable, or null when it is. */
export function textProblem(text: string): string | null {
  if (text.length === 0) return 'the text is empty';
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_INPUT_BYTES) return `the text is too large: ${bytes} bytes; the limit is 1 MiB (${MAX_INPUT_BYTES} bytes)`;
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return `the text contains a NUL byte (at character ${nul}): binary data, not a text document`;
  const m = CONTROL.exec(text);
  if (m) return `the text contains the control character ${describeChar(m[0])} (at character ${m.index}): binary data, not a text document`;
  if (text.trim() === '') return 'the text is only whitespace';
  return null;
}

const Text = z.string({ error: (i) => (i.input === undefined ? 'the text is required' : 'the text must be a string') }).superRefine((t, ctx) => {
  const problem = textProblem(t);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const Url = z
  .string()
  .trim()
  .min(1, 'the URL is empty')
  .max(MAX_URL_LENGTH, `the URL is longer than ${MAX_URL_LENGTH} characters`)
  .refine(isWebUrl, 'expected an http or https URL');

export const IngestInput = z.object({
  text: Text,
  url: Url.nullish(),
  title: z.string().trim().min(1, 'the title is empty').max(500, 'the title is longer than 500 characters').nullish(),
  kind: DocumentKind.nullish(),
  publishedOn: PartialDate.nullish(),
});
export type IngestInput = z.input<typeof IngestInput>;
export type ValidIngestInput = z.output<typeof IngestInput>;

/** Validate an ingest input; throws IngestError(BAD_INPUT) naming the field and the problem. */
export function parseIngestInput(input: unknown): ValidIngestInput {
  const r = IngestInput.safeParse(input);
  if (r.success) {
    // A byte order mark is an encoding artefact, not part of the text.
    const text = r.data.text.charCodeAt(0) === 0xfeff ? r.data.text.slice(1) : r.data.text;
    if (text !== r.data.text && text.trim() === '') throw new IngestError('BAD_INPUT', 'text: the text is only whitespace', 'text');
    return { ...r.data, text };
  }
  const issue = r.error.issues[0]!;
  const field = issue.path.length ? issue.path.join('.') : 'input';
  const message = issue.path.length === 0 && issue.code === 'invalid_type' ? 'expected an object with a text' : issue.message;
  throw new IngestError('BAD_INPUT', `${field}: ${message}`, field);
}

/**
 * A file's bytes as text: refused when over the limit, binary (NUL bytes) or not valid UTF-8.
 * `name` (the file's path) starts each message.
 */
export function decodeDocumentBytes(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new IngestError('BAD_INPUT', `${name}: the file is empty`, 'text');
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new IngestError('BAD_INPUT', `${name}: the file is too large: ${bytes.length} bytes; the limit is 1 MiB (${MAX_INPUT_BYTES} bytes)`, 'text');
  }
  if (bytes.includes(0)) throw new IngestError('BAD_INPUT', `${name}: the file is binary (it contains NUL bytes), not a text document`, 'text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError('BAD_INPUT', `${name}: the file is not valid UTF-8 text`, 'text');
  }
}
