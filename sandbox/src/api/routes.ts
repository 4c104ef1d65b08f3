/** Which /v2 resource a path names. */
import { RESOURCES_BY_PLURAL } from '../resources/registry';
import type { ResourceDefinition } from '../resources/resource';

export type ApiRoute =
  | { kind: 'organization' }
  | { kind: 'resource'; resource: ResourceDefinition; id: string | undefined }
  /** POST /v2/invoices/:id/emails (billy-api.md §4.4) */
  | { kind: 'invoiceEmails'; invoiceId: string };

export function matchRoute(path: string): ApiRoute | undefined {
  const [version, name, id, ...rest] = path.split('/').filter(Boolean);
  if (version === 'v2' && name === 'invoices' && id !== undefined && rest.length === 1 && rest[0] === 'emails') return { kind: 'invoiceEmails', invoiceId: id };
  if (version !== 'v2' || name === undefined || rest.length > 0) return undefined;
  if (name === 'organization') return id === undefined ? { kind: 'organization' } : undefined;
  const resource = RESOURCES_BY_PLURAL.get(name);
  return resource && { kind: 'resource', resource, id };
}
