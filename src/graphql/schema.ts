/** The SDL in schema/*.graphql, read once. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoPath } from '../model/repository.ts';

export const SCHEMA_DIR = repoPath('schema');

export function loadTypeDefs(dir: string = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}
