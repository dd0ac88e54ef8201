/**
 * One home for the API's error codes: README.md's table lists exactly the codes of
 * src/model/error-codes.ts with the same HTTP statuses, Apollo Server's own codes are still spelled
 * as we list them, and no other file in src/ writes a code as a string literal (they use ErrorCode).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { describe, expect, it } from 'vitest';
import { ErrorCode, errorCodeInfo } from './error-codes.ts';
import { repoPath } from './repository.ts';

const ERROR_CODES = Object.keys(ErrorCode) as ErrorCode[];

/** The rows of README.md's "Error codes" table: code -> HTTP status and meaning. */
function readmeTable(): Map<string, { status: number; meaning: string }> {
  const readme = readFileSync(repoPath('README.md'), 'utf8');
  const section = readme.split(/^#### Error codes$/m)[1]?.split(/^#/m)[0] ?? '';
  const rows = new Map<string, { status: number; meaning: string }>();
  for (const m of section.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \| (.*) \|$/gm)) rows.set(m[1]!, { status: Number(m[2]), meaning: m[3]! });
  return rows;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [file] : [];
  });
}

/** Every string literal (and template literal text) in a TypeScript file, with its line. */
function stringLiterals(file: string): Array<{ text: string; line: number }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Array<{ text: string; line: number }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      found.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Literals waiting for their owner to move them to ErrorCode.NOTHING_FOUND (files in an area being
 * rewritten at the time): the ingest module's own error code, which the API passes on unchanged.
 */
const PENDING = new Set<string>();

describe('error codes', () => {
  it('README.md lists every code, with its HTTP status and meaning, and no other', () => {
    const table = readmeTable();
    expect([...table.keys()].sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ERROR_CODES) expect(table.get(code), code).toEqual(errorCodeInfo(code));
  });

  it('each code is its own name, and the codes Apollo Server raises are spelled as Apollo spells them', () => {
    for (const code of ERROR_CODES) expect(ErrorCode[code]).toBe(code);
    const apollo = new Set<string>(Object.values(ApolloServerErrorCode));
    for (const code of ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST', 'BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR']) {
      expect(apollo.has(code), code).toBe(true);
      expect(ERROR_CODES).toContain(code);
    }
  });

  it('no file in src/ but error-codes.ts writes a code as a string literal', { timeout: 60_000 }, () => {
    const codes = new Set<string>(ERROR_CODES);
    const home = repoPath('src/model/error-codes.ts');
    const strays: string[] = [];
    for (const file of sourceFiles(repoPath('src'))) {
      if (file === home) continue;
      const relative = path.relative(repoPath(), file).split(path.sep).join('/');
      for (const { text, line } of stringLiterals(file)) {
        if (codes.has(text) && !PENDING.has(`${relative} ${text}`)) strays.push(`${relative}:${line} '${text}'`);
      }
    }
    expect(strays, 'use ErrorCode.X from src/model/error-codes.ts').toEqual([]);
  });
});
