import type { View } from './mapping/types';
import { hashOf } from './values';

/** Both sides' mapped fields as they were when last in sync, field by field. */
export interface BaseSnapshot {
  local: View;
  remote: View;
}

/** The merge base kept per record: a hash of each side's mapped fields as last in sync, and those fields themselves. */
export interface SyncBase {
  localHash: string;
  remoteHash: string;
  /** absent on links written before snapshots were kept: changes are then known per record only */
  snapshot?: BaseSnapshot;
}

/** Hash of the mapped fields only, so an unmapped Billy field changing never counts as a change. */
export const viewHash = (view: View, fields: readonly string[]): string =>
  hashOf(Object.fromEntries(fields.map((field) => [field, view[field] ?? null])));
