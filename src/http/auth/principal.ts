/**
 * Who is calling, from the Authorization header: no header is nobody (null); `Bearer <key>` with a
 * configured key is that key's principal; anything else is UNAUTHENTICATED, even where reads are
 * open, so a client with a mistyped key hears about it.
 */
import { unauthenticated } from '../../graphql/guard.ts';
import { authenticate, type ApiKeyEntry, type Principal } from './api-keys.ts';

function principalOf(keys: readonly ApiKeyEntry[], authorization: string | undefined): Principal | null {
  if (!authorization) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(authorization);
  const principal = m ? authenticate(keys, m[1]!) : null;
  if (!principal) throw unauthenticated('the API key is not valid (send Authorization: Bearer <key>)');
  return principal;
}

/** The principal, required when every request needs a key (READS_REQUIRE_KEY). */
export function requestPrincipal(keys: readonly ApiKeyEntry[], authorization: string | undefined, required: boolean): Principal | null {
  const principal = principalOf(keys, authorization);
  if (required && !principal) throw unauthenticated('this service needs an API key for every request (send Authorization: Bearer <key>)');
  return principal;
}
