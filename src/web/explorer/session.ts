/// <reference lib="dom" />
/**
 * The API key for writes (and for reads on a service with READS_REQUIRE_KEY), kept for this browser
 * tab's session only: sessionStorage, never localStorage or a cookie, so it is gone when the tab
 * closes. The service reads it from the `Authorization: Bearer <key>` header (src/http/auth).
 */
const KEY = 'probation-graph:api-key';

export function apiKey(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null; // storage disabled: no key
  }
}

export function keepApiKey(key: string): void {
  const k = key.trim();
  if (k) sessionStorage.setItem(KEY, k);
  else sessionStorage.removeItem(KEY);
}

export function forgetApiKey(): void {
  sessionStorage.removeItem(KEY);
}

/** The header the service expects, when a key is kept. */
export function authHeaders(): Record<string, string> {
  const key = apiKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}
