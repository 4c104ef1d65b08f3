/** X-Access-Token: each token belongs to one organization (billy-api.md §1). */
import { authenticationRequired, invalidAccessToken } from './errors';
import type { OrganizationEntry, SandboxStore } from './store';

/** The token's organization; undefined only for token-less reads that `allowAnonymous` permits. */
export function authenticate(store: SandboxStore, token: string, allowAnonymous: boolean): OrganizationEntry | undefined {
  if (!token) {
    if (allowAnonymous) return undefined;
    throw authenticationRequired();
  }
  const entry = store.authenticate(token);
  if (!entry) throw invalidAccessToken();
  return entry;
}
