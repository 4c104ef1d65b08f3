import type { Core } from '@strapi/strapi';
import type { ModuleName } from '../../../contracts';
import { PENDING_CHANGE_TABLE } from '../models/pending-change';

/** How long a noted change waits in memory before it is written, batched with the ones after it. */
const FLUSH_DELAY_MS = 50;

interface NotedChange {
  module: ModuleName;
  documentId: string;
  changedAt: number;
}

/**
 * The on-save queue's way in. A user's save only notes its document in memory (no database write
 * inside the save, so the save is not slowed); the notes are written to the queue table shortly
 * after in one statement, and before the worker reads the queue. A crash in that short window loses
 * the note, never the change: the next full sync compares every record with its merge base.
 */
const pendingChanges = ({ strapi }: { strapi: Core.Strapi }) => {
  const noted = new Map<string, NotedChange>();
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  let onQueued: (() => void) | null = null;

  const write = async (changes: NotedChange[]) => {
    const rows = changes.map(({ module, documentId, changedAt }) => ({
      module,
      document_id: documentId,
      changed_at: changedAt,
      attempts: 0,
      next_attempt_at: changedAt,
      last_error: null,
    }));
    await strapi.db.connection(PENDING_CHANGE_TABLE).insert(rows).onConflict(['module', 'document_id']).merge(['changed_at', 'attempts', 'next_attempt_at', 'last_error']);
  };

  return {
    note(module: ModuleName, documentId: string) {
      noted.set(`${module}:${documentId}`, { module, documentId, changedAt: Date.now() });
      timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
    },

    /** Called each time noted changes reach the table (the background loop wakes on it). */
    whenQueued(listener: (() => void) | null) {
      onQueued = listener;
    },

    /** Writes every noted change now; resolves when they (and any earlier batch) are in the table. */
    flush(): Promise<void> {
      if (timer) clearTimeout(timer);
      timer = null;
      const batch = [...noted.values()];
      noted.clear();
      writing = writing.then(async () => {
        if (batch.length === 0) return;
        try {
          await write(batch);
          onQueued?.();
        } catch (error) {
          // Kept for the next flush (the background loop flushes on every tick), unless noted again since.
          for (const change of batch) {
            const key = `${change.module}:${change.documentId}`;
            if (!noted.has(key)) noted.set(key, change);
          }
          strapi.log.warn(`[billy] could not queue ${batch.length} saved document(s) for the on-save push yet: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
      return writing;
    },
  };
};

export default pendingChanges;
