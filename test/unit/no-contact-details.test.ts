/**
 * No phone number or e-mail address anywhere in the repository's own files (source documents,
 * seeds, fixtures, docs, code), even where a source document printed one: the project's copies are
 * cleaned the same way the loaders clean every text (src/text/contacts.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath, REPO_ROOT } from '../../src/model/repository.ts';
import { EMAIL, PHONE } from '../../src/text/contacts.ts';

const tracked = execFileSync('git', ['ls-files'], { cwd: REPO_ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !/(^|\/)package-lock\.json$|\.(png|jpg|ico|woff2?)$/.test(f));

describe('contact details in the repository', () => {
  it('are in no tracked file', () => {
    const found: string[] = [];
    for (const f of tracked) {
      let text: string;
      try {
        text = readFileSync(repoPath(f), 'utf8');
      } catch {
        continue;
      }
      if (EMAIL.test(text) || PHONE.test(text)) found.push(f);
    }
    expect(found).toEqual([]);
  });
});
