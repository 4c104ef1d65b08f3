import type { ModuleName } from './modules';
import type { RecordSyncStatus } from './records';
import type { ConnectionStatus, SyncMode } from './settings';

export type SyncTrigger =
  | 'manual'
  | 'cron'
  | 'onSave'
  | 'api'
  | 'record'
  | 'retry'
  /** the payment pass: balances, paid state and due dates pulled back from Billy */
  | 'payments'
  /** invoice actions from the edit view, each under its own trigger */
  | 'invoiceApprove'
  | 'invoiceSend'
  | 'invoiceCreditNote'
  | 'invoicePayment';
export type RunStatus = 'running' | 'succeeded' | 'partial' | 'failed';
/** Counted per module and per run. */
export type RecordOutcome = 'created' | 'updated' | 'skipped' | 'failed' | 'conflict' | 'archived';

export interface ModuleCounts {
  /** the records the phase planned to handle, set before they are carried out (the progress bar's 100 %) */
  total: number;
  done: number;
  created: number;
  /** includes the updates that resolved a conflict */
  updated: number;
  skipped: number;
  failed: number;
  /** of the updates, those changed on both sides (the priority side won); absent in runs logged before it was counted */
  conflict?: number;
}

export interface RunSummary {
  id: number;
  trigger: SyncTrigger;
  status: RunStatus;
  dryRun: boolean;
  startedAt: string;
  finishedAt: string | null;
  counts: Partial<Record<ModuleName | 'creditNotes', ModuleCounts>>;
  error: { reason: string; message: string } | null;
}

export interface RunRecordEntry {
  module: ModuleName;
  documentId: string | null;
  billyId: string | null;
  /** the record's display name when the outcome was logged (a deleted record keeps its last known one); set by the run log */
  label?: string | null;
  direction: 'toBilly' | 'fromBilly';
  outcome: RecordOutcome;
  reason: string | null;
  /** Billy's or the engine's own words (English): details behind the reason */
  message: string | null;
  /** the Strapi fields Billy refused, by the mapping (validation failures) */
  fields?: string[];
  /** Field diffs (dry run) or conflicts (both values), by field. */
  changes?: Record<string, { strapi: unknown; billy: unknown }>;
}

export interface RunDetail extends RunSummary {
  records: RunRecordEntry[];
}

/** POST /billy/sync — body optional: { modules?: ModuleName[], dryRun?: boolean } */
export interface StartSyncRequest {
  modules?: ModuleName[];
  /** plan without executing: nothing is written to Billy or Strapi; the run log holds the would-be outcomes with field diffs */
  dryRun?: boolean;
}

/** 202 with the run started, or 409 `{ error, data: { runId } }` when one is already running. */
export interface StartSyncResponse {
  data: RunSummary;
}

/** POST /billy/sync/:uid/:documentId — answered when the record is done. */
export interface SyncRecordResponse {
  data: { run: RunSummary; record: RunRecordEntry | null; status: RecordSyncStatus };
}

/** GET /billy/runs */
export interface ListRunsResponse {
  data: RunSummary[];
}

/** GET /billy/runs/:id */
export interface GetRunResponse {
  data: RunDetail;
}

/** GET /billy/status */
export interface StatusResponse {
  data: {
    connection: ConnectionStatus;
    syncMode: SyncMode;
    /** When automatic: the next time the cron job fires; null when manual or not scheduled. */
    nextRunAt: string | null;
    /** Set when automatic mode is on but the job could not be scheduled. */
    scheduleProblem: string | null;
    currentRun: RunSummary | null;
    lastRun: RunSummary | null;
  };
}
