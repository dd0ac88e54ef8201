/**
 * API keys. Only SHA-256 hashes of keys are configured and kept; a presented key is hashed and
 * compared with each configured hash in constant time (crypto.timingSafeEqual), so neither the
 * configuration nor response timing reveals a key.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';

import type { Principal, Role } from '../../graphql/guard.ts';

export type { Principal, Role };
export interface ApiKeyEntry { role: Role; hash: Buffer }

const ENTRY = /^(read|write):([0-9a-f]{64})$/;

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new random key and the `role:hash` entry to configure for it. */
export function generateKey(role: Role): { key: string; entry: string } {
  const key = `pgk_${randomBytes(24).toString('base64url')}`;
  return { key, entry: `${role}:${hashKey(key)}` };
}

/** Parse `role:sha256hex` entries; `source` names where they came from in error messages. */
export function parseEntries(text: string, source: string): ApiKeyEntry[] {
  const entries: ApiKeyEntry[] = [];
  text.split(/[,\n]/).map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean).forEach((line, i) => {
    const m = ENTRY.exec(line);
    if (!m) throw new Error(`${source}: entry ${i + 1} is not "read:<sha256 hex>" or "write:<sha256 hex>"`);
    entries.push({ role: m[1] as Role, hash: Buffer.from(m[2]!, 'hex') });
  });
  return entries;
}

export function loadApiKeys(env: { API_KEYS?: string | undefined; API_KEYS_FILE?: string | undefined }): ApiKeyEntry[] {
  const out: ApiKeyEntry[] = [];
  if (env.API_KEYS) out.push(...parseEntries(env.API_KEYS, 'API_KEYS'));
  if (env.API_KEYS_FILE) {
    let text: string;
    try {
      text = readFileSync(env.API_KEYS_FILE, 'utf8');
    } catch (e) {
      throw new Error(`API_KEYS_FILE: cannot read ${env.API_KEYS_FILE}: ${(e as Error).message}`);
    }
    out.push(...parseEntries(text, 'API_KEYS_FILE'));
  }
  return out;
}

/** The principal a presented key belongs to, or null. Every entry is compared, so timing does not depend on which matched. */
export function authenticate(entries: readonly ApiKeyEntry[], presented: string): Principal | null {
  const hash = Buffer.from(hashKey(presented), 'hex');
  let found: Principal | null = null;
  for (const e of entries) if (timingSafeEqual(e.hash, hash) && !found) found = { role: e.role };
  return found;
}
