import type { View } from './mapping/types';
import { hashOf } from './values';

/** The merge base kept per record: a hash of each side's mapped fields as they were when last in sync. */
export interface SyncBase {
  localHash: string;
  remoteHash: string;
}

/** Hash of the mapped fields only, so an unmapped Billy field changing never counts as a change. */
export const viewHash = (view: View, fields: readonly string[]): string =>
  hashOf(Object.fromEntries(fields.map((field) => [field, view[field] ?? null])));
