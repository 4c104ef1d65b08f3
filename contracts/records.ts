import type { ModuleName } from './modules';
import type { RunRecordEntry } from './sync';

/** The sync state of one CRM record, as shown in its edit view. */
export type RecordSyncState = 'never' | 'pending' | 'synced' | 'failed' | 'conflict' | 'needsCreditNote';

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
  /** The record's latest outcomes in the run log, newest first (GET /billy/records/… only). */
  lastOutcomes?: Array<RunRecordEntry & { runId: number; at: string }>;
}

/** GET /billy/records/:uid/:documentId */
export interface GetRecordStatusResponse {
  data: RecordSyncStatus;
}
