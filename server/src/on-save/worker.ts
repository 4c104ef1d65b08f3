import type { Core } from '@strapi/strapi';
import type { ModuleName } from '../../../contracts';
import { PENDING_CHANGE_TABLE } from '../models/pending-change';
import { fullJitterDelay } from '../billy/retry-policy';

interface PendingRow {
  id: number;
  module: ModuleName;
  document_id: string;
  changed_at: string | number;
  attempts: number;
}

export interface OnSaveWorkerOptions {
  batchSize: number;
  retryBaseMs: number;
  retryMaxMs: number;
}

/** Pushes queued documents; answers an outcome per document, keyed by queueKey (absent = not attempted). */
export type PushQueuedChanges = (changes: Array<{ module: ModuleName; documentId: string }>) => Promise<Map<string, { ok: boolean; message?: string }>>;

export const queueKey = (module: ModuleName, documentId: string) => `${module}:${documentId}`;

/**
 * Drains the on-save queue, outside any user request. A row is removed only when
 * its push succeeded and no newer save arrived meanwhile; a failed push is retried with backoff.
 */
export const createOnSaveWorker = (strapi: Core.Strapi, push: PushQueuedChanges, options: OnSaveWorkerOptions) => {
  const table = () => strapi.db.connection(PENDING_CHANGE_TABLE);

  const drainOnce = async () => {
    const now = Date.now();
    const rows = (await table().where('next_attempt_at', '<=', now).orderBy('changed_at', 'asc').limit(options.batchSize)) as PendingRow[];
    if (rows.length === 0) return;
    const outcomes = await push(rows.map((row) => ({ module: row.module, documentId: row.document_id })));
    for (const row of rows) {
      const outcome = outcomes.get(queueKey(row.module, row.document_id));
      if (!outcome) continue; // not attempted (e.g. another run held the lock): stays queued as it is
      if (outcome.ok) {
        await table().where({ id: row.id, changed_at: row.changed_at }).delete();
      } else {
        const attempts = row.attempts + 1;
        await table()
          .where({ id: row.id, changed_at: row.changed_at })
          .update({ attempts, next_attempt_at: Date.now() + fullJitterDelay(attempts, options.retryBaseMs, options.retryMaxMs), last_error: outcome.message ?? null });
      }
    }
  };

  return {
    /** Pushes the queued changes that are due, once; the background loop calls it and never overlaps it. */
    drain: drainOnce,
    async pendingCount(): Promise<number> {
      const [{ count }] = (await table().count({ count: '*' })) as Array<{ count: string | number }>;
      return Number(count);
    },
  };
};
