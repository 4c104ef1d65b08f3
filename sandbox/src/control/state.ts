/** control.state: an organization's records as the API presents them, deep-copied. */
import type { SandboxState } from '../records';
import { RESOURCES_BY_PLURAL } from '../resources/registry';
import type { SandboxRuntime } from '../runtime';
import { TABLE_NAMES } from '../store';

export function organizationState(rt: SandboxRuntime, token: string | undefined): SandboxState {
  const entry = rt.store.organizationFor(token);
  const context = rt.presentContext();
  const state: Record<string, unknown> = { organization: entry.organization };
  for (const table of TABLE_NAMES) {
    const resource = RESOURCES_BY_PLURAL.get(table);
    state[table] = [...entry.tables[table].values()].map((record) => (resource?.present ? resource.present(record, context) : record));
  }
  return structuredClone(state) as SandboxState;
}
