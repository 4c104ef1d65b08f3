import type { RecordSyncState, RecordSyncStatus } from '../../../contracts';

/**
 * The one state a record's badge and text show. The server's state says how the last sync went;
 * a record saved in Strapi after that sync is "changed" (not in Billy yet), whatever the last sync did.
 */
export type RecordDisplayState = RecordSyncState | 'changed';

export const changedSinceSync = (updatedAt: string | null | undefined, lastSyncedAt: string | null) =>
  Boolean(updatedAt && lastSyncedAt && Date.parse(updatedAt) > Date.parse(lastSyncedAt));

export const displayStateOf = (status: Pick<RecordSyncStatus, 'state' | 'lastSyncedAt'>, updatedAt: string | null | undefined): RecordDisplayState =>
  status.state === 'synced' && changedSinceSync(updatedAt, status.lastSyncedAt) ? 'changed' : status.state;

/** States the panel keeps re-reading: a push (on save, or a run) is still to come or going on. */
export const isSettling = (state: RecordDisplayState) => state === 'changed' || state === 'pending';
