/**
 * Reading seeds/: parse each YAML file and validate it against its zod schema. Errors name the file,
 * the path inside it and the problem, e.g.
 *   seeds/facts/inspections.yaml: [2].rating: Invalid option: expected one of "OUTSTANDING"|...
 * Nothing here touches the database: a seed that does not validate never reaches it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { SEED_FILES } from '../../model/facts.ts';
import { repoPath } from '../../model/repository.ts';

/** The project's own seeds folder. */
export const DEFAULT_SEEDS_DIR = repoPath('seeds');

export type SeedFiles = { [K in keyof typeof SEED_FILES]: z.infer<(typeof SEED_FILES)[K]> };

export class SeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedError';
  }
}

function formatPath(p: readonly PropertyKey[]): string {
  return p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '') || '(root)';
}

/** Validate one parsed file; `label` is how the error names the file. */
export function validateSeedFile<K extends keyof typeof SEED_FILES>(name: K, data: unknown, label: string = name): SeedFiles[K] {
  const result = SEED_FILES[name].safeParse(data);
  if (result.success) return result.data as SeedFiles[K];
  const problems = result.error.issues.slice(0, 10).map((i) => `  ${label}: ${formatPath(i.path)}: ${i.message}`);
  const more = result.error.issues.length > 10 ? `\n  ... and ${result.error.issues.length - 10} more` : '';
  throw new SeedError(`invalid seed file ${label}:\n${problems.join('\n')}${more}`);
}

export async function readSeedFiles(seedsDir: string): Promise<SeedFiles> {
  const out: Partial<Record<keyof typeof SEED_FILES, unknown>> = {};
  for (const name of Object.keys(SEED_FILES) as (keyof typeof SEED_FILES)[]) {
    const file = path.join(seedsDir, name);
    const label = path.join(path.basename(seedsDir), name);
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch {
      throw new SeedError(`missing seed file ${label}`);
    }
    let data: unknown;
    try {
      data = parse(raw, { prettyErrors: true });
    } catch (e) {
      throw new SeedError(`${label}: not valid YAML: ${(e as Error).message}`);
    }
    out[name] = validateSeedFile(name, data ?? [], label);
  }
  return out as SeedFiles;
}
