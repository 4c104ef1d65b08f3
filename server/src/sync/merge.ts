import type { FieldDirection, SyncDirection, SyncPriority } from '../../../contracts';
import type { View } from './mapping/types';
import { viewHash, type SyncBase } from './snapshot';
import { normalize, sameValue } from './values';

export interface MergePolicy {
  direction: SyncDirection;
  /** Which side wins a field changed on both sides (direction `both`). */
  priority: SyncPriority;
  fields: ReadonlyArray<{ field: string; direction: FieldDirection }>;
}

/** push: fields Strapi's value goes to Billy; pull: Billy's value comes to Strapi; conflicts: changed on both sides (also in push or pull). */
export interface Merge {
  push: string[];
  pull: string[];
  conflicts: string[];
}

type Side = 'local' | 'remote';

/** Whether each side changed since the last sync, as a whole record (from the base's hashes). */
export const recordChanges = (local: View, remote: View, base: SyncBase | null, fields: readonly string[]): Record<Side, boolean> => ({
  local: !base || viewHash(local, fields) !== base.localHash,
  remote: !base || viewHash(remote, fields) !== base.remoteHash,
});

const isEmpty = (value: unknown): boolean => {
  const normal = normalize(value);
  return normal === null || (Array.isArray(normal) && normal.length === 0);
};

/**
 * Decides, field by field, which way each differing field flows. Pure.
 * - One-way sync: the leading side's value goes over; a `fromBilly` field (Billy computes it) always comes back.
 * - Both ways, with a merge base: a field changed on one side since the last sync flows from that
 *   side; changed on both, the priority side wins and the field is a conflict; changed on neither, it stays.
 * - Both ways, first sync (no base): the filled side wins, else the priority side.
 * - An empty value never erases a filled one unless the user emptied it (the base had it filled).
 * A base without a per-field snapshot (older links) knows changes per record only, and uses those.
 */
export function mergeFields(local: View, remote: View, base: SyncBase | null, policy: MergePolicy): Merge {
  const changedRecord = recordChanges(local, remote, base, policy.fields.map((rule) => rule.field));
  const views: Record<Side, View> = { local, remote };

  const changed = (side: Side, field: string): boolean => {
    const snapshot = base?.snapshot?.[side];
    return snapshot && field in snapshot ? !sameValue(views[side][field], snapshot[field]) : changedRecord[side];
  };
  /** The side's value is empty because its user emptied it since the last sync. */
  const emptiedByUser = (side: Side, field: string): boolean => {
    if (!base) return false;
    const snapshot = base.snapshot?.[side];
    return snapshot && field in snapshot ? !isEmpty(snapshot[field]) : changedRecord[side];
  };

  const prioritySide: Side = policy.priority === 'strapi' ? 'local' : 'remote';
  const changedOnBoth = (field: string) => base !== null && changed('local', field) && changed('remote', field);

  /** The side whose value the field takes, or null to leave both as they are. */
  const sourceOf = (field: string, direction: FieldDirection): Side | null => {
    if (direction === 'fromBilly') return 'remote';
    if (direction === 'toBilly' || policy.direction === 'toBilly') return policy.direction === 'fromBilly' ? null : 'local';
    if (policy.direction === 'fromBilly') return 'remote';
    if (!base) return isEmpty(local[field]) ? 'remote' : isEmpty(remote[field]) ? 'local' : prioritySide;
    if (changedOnBoth(field)) return prioritySide;
    return changed('local', field) ? 'local' : changed('remote', field) ? 'remote' : null;
  };

  const merge: Merge = { push: [], pull: [], conflicts: [] };
  for (const { field, direction } of policy.fields) {
    if (sameValue(local[field], remote[field])) continue;
    if (policy.direction === 'both' && direction === 'both' && changedOnBoth(field)) merge.conflicts.push(field);
    const from = sourceOf(field, direction);
    if (!from) continue;
    const to: Side = from === 'local' ? 'remote' : 'local';
    if (isEmpty(views[from][field]) && !isEmpty(views[to][field]) && !emptiedByUser(from, field)) continue;
    (from === 'local' ? merge.push : merge.pull).push(field);
  }
  return merge;
}
