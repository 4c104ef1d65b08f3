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
/** `interrupted`: the instance running it stopped (crash, kill) before it finished; ended by whoever saw its lease expire. */
export type RunStatus = 'running' | 'succeeded' | 'partial' | 'failed' | 'interrupted';
export const RECORD_OUTCOMES = ['created', 'updated', 'skipped', 'failed', 'archived'] as const;
/** Counted per module and per run; skipped records are only counted, not kept row by row. */
export type RecordOutcome = (typeof RECORD_OUTCOMES)[number];

export interface ModuleCounts {
  /** the records the phase planned to handle, set before they are carried out (the progress bar's 100 %) */
  total: number;
  done: number;
  created: number;
  /** includes the updates that resolved a conflict (see CONFLICT_REASONS) */
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
  /** per phase; `payments` counts a payment pass's invoices (its own run, or a full sync's first step) */
  counts: Partial<Record<ModuleName | 'creditNotes' | 'payments', ModuleCounts>>;
  error: { reason: string; message: string } | null;
}

/**
 * Run-log reasons for Billy's write rules: a record created anew instead of changed (a person
 * `moved` between organizations, a draft invoice `recreated`), a write Billy refused before and
 * not sent again (`still_refused`), a Billy product kept on a line whose Strapi product is gone.
 */
/**
 * A field changed on both sides since the last sync is no failure: the priority side's value is
 * kept, and the record is an update whose reason says which side won (and whose `changes` hold both values).
 */
export const CONFLICT_REASONS = ['kept_strapi', 'kept_billy'] as const;
export const isResolvedConflict = (entry: Pick<RunRecordEntry, 'outcome' | 'reason'>): boolean =>
  entry.outcome === 'updated' && (CONFLICT_REASONS as readonly (string | null)[]).includes(entry.reason);

export const WRITE_RULE_REASONS = ['moved', 'recreated', 'still_refused', 'product_kept'] as const;
export type WriteRuleReason = (typeof WRITE_RULE_REASONS)[number];

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
  /** Set when the reader may not read this record in the Content Manager: `changes` names the fields, its values are null. */
  valuesHidden?: true;
}

/** A run with every one of its stored records (GET /billy/runs/:id and every page of its records). */
export interface RunDetail extends RunSummary {
  records: RunRecordEntry[];
}

/** Strapi's paging shape, in `meta.pagination`. */
export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
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

/** POST /billy/sync/:uid/:documentId — answered when the record is done, with its status as GET /billy/records/… gives it. */
export interface SyncRecordResponse {
  data: { run: RunSummary; record: RunRecordEntry | null; status: RecordSyncStatus };
}

/** GET /billy/runs?page&pageSize — newest first; pageSize at most 100 (default 25). */
export interface ListRunsResponse {
  data: RunSummary[];
  meta: { pagination: Pagination };
}

/** GET /billy/runs/:id — the run without its records. */
export interface GetRunResponse {
  data: RunSummary;
}

/**
 * GET /billy/runs/:id/records?page&pageSize&outcome (one outcome or several, comma-separated) — in the order they were carried out. Record
 * values (`changes`) only reach a user who may read that content type in the Content Manager;
 * everyone else gets the field names with null values and `valuesHidden: true`.
 */
export interface ListRunRecordsResponse {
  data: RunRecordEntry[];
  meta: { pagination: Pagination };
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
