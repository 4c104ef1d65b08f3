/** Which /v2 resource a path names. */
import { RESOURCES_BY_PLURAL } from '../resources/registry';
import type { ResourceDefinition } from '../resources/resource';

export type ApiRoute = { kind: 'organization' } | { kind: 'resource'; resource: ResourceDefinition; id: string | undefined };

export function matchRoute(path: string): ApiRoute | undefined {
  const [version, name, id, ...rest] = path.split('/').filter(Boolean);
  if (version !== 'v2' || name === undefined || rest.length > 0) return undefined;
  if (name === 'organization') return id === undefined ? { kind: 'organization' } : undefined;
  const resource = RESOURCES_BY_PLURAL.get(name);
  return resource && { kind: 'resource', resource, id };
}
