import type { ModuleName } from './modules';
import type { RunRecordEntry } from './sync';

/** The sync state of one CRM record, as shown in its edit view. */
export type RecordSyncState = 'never' | 'pending' | 'synced' | 'failed' | 'needsCreditNote';

export interface RecordSyncError {
  reason: string;
  message: string;
  /** the Strapi fields Billy refused (mapped from Billy's field names), when Billy named any */
  fields?: string[];
  at: string;
}

export interface RecordSyncStatus {
  module: ModuleName;
  documentId: string;
  state: RecordSyncState;
  billyId: string | null;
  /** Billy's resource holding the twin: contacts, contactPersons, products or invoices. */
  billyResource: string | null;
  lastSyncedAt: string | null;
  lastError: RecordSyncError | null;
  attempts: number;
  /** The record's latest outcomes in the run log, newest first (GET /billy/records/… and a sync of the record; not the list view's states). */
  lastOutcomes?: Array<RunRecordEntry & { runId: number; at: string }>;
}

/** GET /billy/records/:uid/:documentId */
export interface GetRecordStatusResponse {
  data: RecordSyncStatus;
}

/**
 * The one state a record's badge and text show. The server's state says how the last sync went;
 * a record saved in Strapi after that sync is "changed" (not in Billy yet), whatever the last sync did.
 */
export type RecordDisplayState = RecordSyncState | 'changed';

export const changedSinceSync = (updatedAt: string | null | undefined, lastSyncedAt: string | null) =>
  Boolean(updatedAt && lastSyncedAt && Date.parse(updatedAt) > Date.parse(lastSyncedAt));

export const displayStateOf = (status: Pick<RecordSyncStatus, 'state' | 'lastSyncedAt'>, updatedAt: string | null | undefined): RecordDisplayState =>
  status.state === 'synced' && changedSinceSync(updatedAt, status.lastSyncedAt) ? 'changed' : status.state;

/** Documents a list page may ask about at once: the Content Manager's largest page size. */
export const MAX_LIST_STATES = 100;

/** GET /billy/record-states/:uid?documentIds=a,b,c — the list view's Billy column, one request per page. */
export interface ListRecordStatesResponse {
  /** by documentId; a documentId that is not a record of this type is left out */
  data: Record<string, RecordDisplayState>;
}
