import type { ApiUrlView, ModuleName } from '../../../contracts';

/** Billy's resource behind each module, when the link row does not say (a person under an organization is a contactPerson). */
const DEFAULT_RESOURCE: Record<ModuleName, string> = {
  organizations: 'contacts',
  contacts: 'contacts',
  products: 'products',
  invoices: 'invoices',
};

const BILLY_WEB_APP = 'https://my.billy.dk/';

/**
 * The address that opens a record in Billy.
 * - Real Billy: `https://my.billy.dk/<resource>/<id>`. NOTE: the exact deep-link format of Billy's
 *   web app is unconfirmed (it is not documented); the organization part of the path may be needed.
 * - A sandbox or any non-default API URL: the record in that API (`<origin>/v2/<resource>/<id>`),
 *   because there is no web app to open; the JSON is what the sandbox holds.
 */
export const billyWebLink = (
  module: ModuleName,
  billyId: string,
  apiUrl: ApiUrlView | null,
  billyResource: string | null = null
): { href: string; sandbox: boolean } => {
  const resource = billyResource ?? DEFAULT_RESOURCE[module];
  if (apiUrl && apiUrl.source !== 'default') {
    try {
      const origin = new URL(apiUrl.value).origin;
      return { href: `${origin}/v2/${resource}/${encodeURIComponent(billyId)}`, sandbox: true };
    } catch {
      // Not a URL: fall back to Billy's web app.
    }
  }
  return { href: `${BILLY_WEB_APP}${resource}/${encodeURIComponent(billyId)}`, sandbox: false };
};
