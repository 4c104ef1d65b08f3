import type { ModuleName } from '../../../contracts';

/** Billy's web-app sections the plugin links to, by the Billy resource a record is synced as. */
const WEB_APP_SECTION: Readonly<Record<string, string>> = { contacts: 'contacts', products: 'products', invoices: 'invoices' };

const DEFAULT_RESOURCE: Readonly<Record<ModuleName, string>> = {
  organizations: 'contacts',
  contacts: 'contacts',
  products: 'products',
  invoices: 'invoices',
};

/**
 * The address that opens a record in Billy's web app — the one place that knows the link format.
 *
 * UNCONFIRMED (billy-api.md documents no web-app address and no deep-link format): the organization
 * record is read for a `url` field holding the web app's address for that company, and a record is
 * taken to live at `<url>/<section>/<id>` with the sections `invoices` (credit notes too),
 * `contacts` and `products`. The sandbox's organization gives such an address. When the field is
 * absent or is not an absolute http(s) address (a real Billy may hold a bare slug there), there is
 * no link: better none than a wrong one. A contact person has no page of its own, so no link either.
 */
export function billyWebAppUrl(organization: Readonly<Record<string, unknown>> | null, module: ModuleName, billyResource: string | null, billyId: string | null): string | null {
  const address = organization?.url;
  if (!billyId || typeof address !== 'string') return null;
  const section = WEB_APP_SECTION[billyResource ?? DEFAULT_RESOURCE[module]];
  if (!section) return null;
  let base: URL;
  try {
    base = new URL(address);
  } catch {
    return null;
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return null;
  return `${base.href.replace(/\/+$/, '')}/${section}/${encodeURIComponent(billyId)}`;
}
