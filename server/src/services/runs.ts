import type { Core } from '@strapi/strapi';
import { isResolvedConflict, type ModuleCounts, type ModuleName, type Pagination, type RecordOutcome, type RunRecordEntry, type RunStatus, type RunSummary, type SyncTrigger } from '../../../contracts';
import type { PluginConfig } from '../config';
import type { Phase } from '../sync/adapters';
import type { Lease } from './lease-lock';
import { getService } from './get-service';
import { displayNamesOf } from './record-labels';

const RUN_UID = 'plugin::billy.sync-run';
const RECORD_UID = 'plugin::billy.sync-run-record';
/** The one lease every trigger (button, cron, on-save, API) and every instance competes for. */
const SYNC_LEASE = 'sync';
/** Held by the instance pruning the log, so two instances never prune at once. */
const RETENTION_LEASE = 'run-retention';
/** Old runs' records are deleted this many runs per statement (an IN list every database takes). */
const PRUNE_BATCH_SIZE = 200;
/** How often a long run's counts are written for readers on other instances and tabs. */
const PROGRESS_WRITE_INTERVAL_MS = 1000;
/** Record outcomes are written to the run log in batches of this many (and at every progress write). */
const RECORD_BATCH_SIZE = 100;
const INTERRUPTED = { reason: 'interrupted', message: 'The Strapi instance running this sync stopped before it finished; a later run picks up the rest.' };

type Counts = RunSummary['counts'];

interface RunRow {
  id: number;
  trigger: SyncTrigger;
  modules: ModuleName[] | null;
  status: RunStatus;
  dryRun: boolean | null;
  startedAt: string;
  finishedAt: string | null;
  counts: Counts | null;
  error: RunSummary['error'];
}

/** `documentId` is reserved by Strapi, so the row names it targetDocumentId. */
interface RecordRow extends Omit<RunRecordEntry, 'documentId'> {
  runId: number;
  /** the run's own flag, copied so a document's history skips previews without reading the runs */
  dryRun: boolean;
  targetDocumentId: string | null;
  createdAt: string;
}

/** A second trigger while a run is going: answered 409 with the running run's id. */
export class RunAlreadyActiveError extends Error {
  constructor(readonly runId: number) {
    super('A sync is already running');
  }
}

const emptyCounts = (): ModuleCounts => ({ total: 0, done: 0, created: 0, updated: 0, skipped: 0, failed: 0, conflict: 0 });

/** Which count an outcome adds to: an archive changed the record, so it is an update. */
const countKey = (outcome: RunRecordEntry['outcome']): keyof Omit<ModuleCounts, 'total' | 'done' | 'conflict'> => (outcome === 'archived' ? 'updated' : outcome);

const toSummary = (row: RunRow): RunSummary => ({
  id: row.id,
  trigger: row.trigger,
  status: row.status,
  dryRun: Boolean(row.dryRun),
  startedAt: new Date(row.startedAt).toISOString(),
  finishedAt: row.finishedAt ? new Date(row.finishedAt).toISOString() : null,
  counts: row.counts ?? {},
  error: row.error ?? null,
});

const toEntry = ({ module, targetDocumentId, billyId, label, direction, outcome, reason, message, fields, changes }: RecordRow): RunRecordEntry => ({
  module,
  documentId: targetDocumentId,
  billyId,
  label: label ?? null,
  direction,
  // Runs logged before a resolved conflict was an update kept it as an outcome of its own.
  outcome: (outcome as string) === 'conflict' ? 'updated' : outcome,
  reason,
  message,
  ...(fields?.length ? { fields } : {}),
  ...(changes ? { changes } : {}),
});

/** The run log: runs with their counts, and every record's outcome. The one place that says whether a run is going. */
const runs = ({ strapi }: { strapi: Core.Strapi }) => {
  const runQuery = () => strapi.db.query(RUN_UID);
  const recordQuery = () => strapi.db.query(RECORD_UID);
  const lock = () => getService(strapi, 'lease-lock');
  // The run this instance holds the lease for, with its live counts.
  let active: {
    id: number;
    dryRun: boolean;
    counts: Counts;
    lease: Lease | null;
    renewal: NodeJS.Timeout | null;
    lastProgressWrite: number;
    /** outcomes reported but not yet written */
    unwritten: Array<Omit<RecordRow, 'createdAt'>>;
  } | null = null;

  /** Ends "running" runs no live holder owns, keeping the counts and records they had written. */
  const endInterrupted = async (where: Record<string, unknown>): Promise<number> => {
    const { count } = await runQuery().updateMany({ where: { status: 'running', ...where }, data: { status: 'interrupted', finishedAt: new Date(), error: INTERRUPTED } });
    return count;
  };

  const findRow = async (id: number) => (await runQuery().findOne({ where: { id } })) as RunRow | null;

  /**
   * Stamps each outcome with its record's display name, one query per module: the name it has now,
   * or for a deleted record the last name the run log knew.
   */
  const withLabels = async <Row extends Omit<RecordRow, 'createdAt'>>(rows: Row[]): Promise<Row[]> => {
    const modules = new Set(rows.filter((row) => row.targetDocumentId).map((row) => row.module));
    const labels = new Map<string, string>();
    for (const module of modules) {
      const ids = [...new Set(rows.filter((row) => row.module === module && row.targetDocumentId).map((row) => row.targetDocumentId as string))];
      const names = await displayNamesOf(strapi, module, ids);
      const gone = ids.filter((id) => !names.has(id));
      if (gone.length > 0) {
        const earlier = (await recordQuery().findMany({
          where: { module, targetDocumentId: { $in: gone }, label: { $notNull: true } },
          select: ['targetDocumentId', 'label'],
          orderBy: { id: 'asc' },
        })) as Array<{ targetDocumentId: string; label: string }>;
        for (const row of earlier) names.set(row.targetDocumentId, row.label);
      }
      for (const [id, name] of names) labels.set(`${module}:${id}`, name);
    }
    return rows.map((row) => ({ ...row, label: row.targetDocumentId ? labels.get(`${row.module}:${row.targetDocumentId}`) ?? null : null }));
  };

  /** Writes the active run's reported outcomes in one insert. */
  const writeRecords = async () => {
    const rows = active?.unwritten.splice(0) ?? [];
    if (rows.length > 0) await recordQuery().createMany({ data: await withLabels(rows) });
  };

  const releaseActive = async () => {
    const held = active;
    active = null;
    if (held?.renewal) clearInterval(held.renewal);
    await held?.lease?.release();
  };

  /** Keeps the lease alive while the run lives; a holder that dies stops renewing and is taken over. */
  const keepAlive = (lease: Lease, ttlMs: number, runId: number) =>
    setInterval(() => {
      lease.renew().then(
        (kept) => kept || strapi.log.error(`[billy] sync run ${runId} lost its lease; another instance may take over`),
        (error: unknown) => strapi.log.warn(`[billy] could not renew the sync lease: ${(error as Error)?.message ?? String(error)}`)
      );
    }, Math.max(100, Math.floor(ttlMs / 3))).unref();

  return {
    /** Opens a run if no other is going anywhere on this database; otherwise RunAlreadyActiveError. */
    async start(trigger: SyncTrigger, modules: ModuleName[], options: { dryRun?: boolean } = {}): Promise<RunSummary> {
      if (active) throw new RunAlreadyActiveError(active.id);
      // Claimed before the first await, so two triggers in the same tick cannot both start.
      active = { id: -1, dryRun: options.dryRun ?? false, counts: {}, lease: null, renewal: null, lastProgressWrite: 0, unwritten: [] };
      try {
        const { lockTtlMs } = strapi.config.get('plugin::billy') as PluginConfig;
        const lease = await lock().acquire(SYNC_LEASE, lockTtlMs);
        if (!lease) {
          active = null;
          throw new RunAlreadyActiveError((await lock().current(SYNC_LEASE)).runId ?? -1);
        }
        active.lease = lease;
        const row = (await runQuery().create({
          data: { trigger, status: 'running', dryRun: options.dryRun ?? false, modules, startedAt: new Date(), counts: {} },
        })) as RunRow;
        await lease.setRunId(row.id);
        // Holding the lease, any other "running" run belongs to an instance that died mid-run.
        await endInterrupted({ id: { $ne: row.id } });
        active = { ...active, id: row.id, renewal: keepAlive(lease, lockTtlMs, row.id) };
        return toSummary(row);
      } catch (error) {
        if (active) await releaseActive();
        throw error;
      }
    },

    /**
     * At start-up and whenever a lease may have expired: a run whose holder is gone (its lease expired
     * or was taken by another run) is ended as interrupted. Returns how many were ended.
     */
    async endRunsOfLostHolders(): Promise<number> {
      const seenAt = new Date();
      const lease = await lock().current(SYNC_LEASE);
      const mine = active && active.id >= 0 ? [active.id] : [];
      if (!lease.holder) {
        // Nobody holds the lease: every running run but this instance's is orphaned. A run opened after
        // the look at the lease (another instance just took it) started later and is left alone.
        return endInterrupted({ startedAt: { $lt: seenAt }, ...(mine.length ? { id: { $notIn: mine } } : {}) });
      }
      // Held, but its run not named yet: the holder is opening its run right now.
      if (lease.runId === null) return 0;
      return endInterrupted({ id: { $notIn: [...mine, lease.runId] } });
    },

    /** A phase's planned size, known before its records are carried out: the progress bar's 100 %. */
    async setTotal(runId: number, phase: Phase | 'payments', total: number): Promise<void> {
      if (active?.id !== runId) return;
      (active.counts[phase] ??= emptyCounts()).total = total;
      await this.saveProgress(runId);
    },

    async report(runId: number, phase: Phase | 'payments', entry: RunRecordEntry): Promise<void> {
      const { documentId, ...rest } = entry;
      // A skipped record is counted; a row per unchanged record per run would only grow the log.
      const kept = entry.outcome !== 'skipped';
      if (active?.id !== runId) {
        if (kept) await recordQuery().create({ data: (await withLabels([{ runId, dryRun: Boolean((await findRow(runId))?.dryRun), targetDocumentId: documentId, ...rest }]))[0] });
        return;
      }
      if (kept) active.unwritten.push({ runId, dryRun: active.dryRun, targetDocumentId: documentId, ...rest });
      if (active.unwritten.length >= RECORD_BATCH_SIZE) await writeRecords();
      const counts = (active.counts[phase] ??= emptyCounts());
      counts.done += 1;
      counts[countKey(entry.outcome)] += 1;
      if (isResolvedConflict(entry)) counts.conflict = (counts.conflict ?? 0) + 1;
      if (Date.now() - active.lastProgressWrite >= PROGRESS_WRITE_INTERVAL_MS) await this.saveProgress(runId);
    },

    /** Writes the counts so far, for a reader watching a long run. */
    async saveProgress(runId: number): Promise<void> {
      if (active?.id !== runId) return;
      active.lastProgressWrite = Date.now();
      await writeRecords();
      await runQuery().update({ where: { id: runId }, data: { counts: active.counts } });
    },

    async finish(runId: number, error: RunSummary['error']): Promise<RunSummary> {
      if (active?.id === runId) await writeRecords();
      const counts = active?.id === runId ? active.counts : {};
      const failed = Object.values(counts).some((moduleCounts) => (moduleCounts?.failed ?? 0) > 0);
      const status: RunStatus = error ? 'failed' : failed ? 'partial' : 'succeeded';
      const row = (await runQuery().update({ where: { id: runId }, data: { status, counts, error, finishedAt: new Date() } })) as RunRow;
      if (active?.id === runId) await releaseActive();
      const summary = toSummary(row);
      await getService(strapi, 'alerts').runEnded(summary, row.modules ?? []);
      return summary;
    },

    /** The run going now, on this instance or any other sharing the database. */
    async current(): Promise<RunSummary | null> {
      if (active && active.id >= 0) {
        const row = await findRow(active.id);
        return row ? { ...toSummary(row), counts: active.counts } : null;
      }
      const { runId } = await lock().current(SYNC_LEASE);
      const row = runId ? await findRow(runId) : null;
      return row?.status === 'running' ? toSummary(row) : null;
    },

    async list(limit = 50): Promise<RunSummary[]> {
      const rows = (await runQuery().findMany({ orderBy: { id: 'desc' }, limit })) as RunRow[];
      return rows.map((row) => (row.id === active?.id ? { ...toSummary(row), counts: active.counts } : toSummary(row)));
    },

    /** One page of the log, newest first. */
    async page({ page, pageSize }: { page: number; pageSize: number }): Promise<{ runs: RunSummary[]; pagination: Pagination }> {
      const { results, pagination } = (await runQuery().findPage({ orderBy: { id: 'desc' }, page, pageSize })) as { results: RunRow[]; pagination: Pagination };
      return { runs: results.map((row) => (row.id === active?.id ? { ...toSummary(row), counts: active.counts } : toSummary(row))), pagination };
    },

    /** The run without its records. */
    async get(id: number): Promise<RunSummary | null> {
      const row = await findRow(id);
      if (!row) return null;
      return row.id === active?.id ? { ...toSummary(row), counts: active.counts } : toSummary(row);
    },

    /** One page of a run's records, in the order they were carried out; optionally of one outcome. */
    async records(runId: number, { page, pageSize, outcomes }: { page: number; pageSize: number; outcomes: RecordOutcome[] | null }): Promise<{ records: RunRecordEntry[]; pagination: Pagination }> {
      if (active?.id === runId) await writeRecords();
      const { results, pagination } = (await recordQuery().findPage({ where: { runId, ...(outcomes ? { outcome: { $in: outcomes } } : {}) }, orderBy: { id: 'asc' }, page, pageSize })) as {
        results: RecordRow[];
        pagination: Pagination;
      };
      return { records: results.map(toEntry), pagination };
    },

    /**
     * The daily retention: deletes finished runs older than runRetentionDays, and any beyond the newest
     * runRetentionMax, with their records (previews' stored values included). Under a lease, so one
     * instance prunes at a time; a running run is never touched. Returns how many runs were deleted.
     */
    async prune(now = new Date()): Promise<number> {
      const { runRetentionDays, runRetentionMax, lockTtlMs } = strapi.config.get('plugin::billy') as PluginConfig;
      const lease = await lock().acquire(RETENTION_LEASE, lockTtlMs);
      if (!lease) return 0;
      try {
        const cutoff = new Date(now.getTime() - runRetentionDays * 24 * 60 * 60 * 1000);
        const finished = { status: { $ne: 'running' } };
        const expired = (await runQuery().findMany({ where: { ...finished, startedAt: { $lt: cutoff } }, select: ['id'] })) as Array<{ id: number }>;
        const beyondMax = (await runQuery().findMany({ where: finished, select: ['id'], orderBy: { id: 'desc' }, offset: runRetentionMax })) as Array<{ id: number }>;
        const ids = [...new Set([...expired, ...beyondMax].map((run) => run.id))];
        for (let start = 0; start < ids.length; start += PRUNE_BATCH_SIZE) {
          const batch = ids.slice(start, start + PRUNE_BATCH_SIZE);
          await recordQuery().deleteMany({ where: { runId: { $in: batch } } });
          await runQuery().deleteMany({ where: { id: { $in: batch } } });
        }
        return ids.length;
      } finally {
        await lease.release();
      }
    },

    /** The latest outcomes of one document, newest first, for its edit view. */
    async outcomesOf(module: ModuleName, documentId: string, limit = 5) {
      // A preview's "would create" is not history: outcomes of dry runs are left out.
      const rows = (await recordQuery().findMany({
        where: { module, targetDocumentId: documentId, dryRun: false },
        orderBy: { id: 'desc' },
        limit,
      })) as RecordRow[];
      return rows.map((row) => ({ ...toEntry(row), runId: row.runId, at: new Date(row.createdAt).toISOString() }));
    },
  };
};

export default runs;
