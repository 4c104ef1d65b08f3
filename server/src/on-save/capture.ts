import type { Core } from '@strapi/strapi';
import { moduleForUid, type ModuleName } from '../../../contracts';
import { PENDING_CHANGE_TABLE } from '../models/pending-change';
import { isSyncWrite } from '../sync/sync-context';

const CAPTURED_ACTIONS = new Set(['create', 'update', 'delete']);

/** Writes (or refreshes) the queue row for a changed document: one small upsert, no Billy call. */
export const notePendingChange = async (strapi: Core.Strapi, module: ModuleName, documentId: string, now = Date.now()) => {
  await strapi.db
    .connection(PENDING_CHANGE_TABLE)
    .insert({ module, document_id: documentId, changed_at: now, attempts: 0, next_attempt_at: now, last_error: null })
    .onConflict(['module', 'document_id'])
    .merge(['changed_at', 'attempts', 'next_attempt_at', 'last_error']);
};

const documentIdOf = (params: unknown, result: unknown): string | undefined =>
  (params as { documentId?: string } | undefined)?.documentId ?? (result as { documentId?: string } | null | undefined)?.documentId;

/**
 * Document Service middleware: inside a user's save, notes which CRM document changed so the
 * on-save worker can push it. Never calls Billy, never fails the save (a queue error is logged),
 * and ignores the writes the sync itself makes.
 */
export const registerSaveCapture = (strapi: Core.Strapi, isEnabled: () => boolean) => {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    const module = moduleForUid(context.uid);
    if (!module || !CAPTURED_ACTIONS.has(context.action) || isSyncWrite() || !isEnabled()) return result;
    const documentId = documentIdOf(context.params, result);
    if (!documentId) return result;
    try {
      await notePendingChange(strapi, module, documentId);
    } catch (error) {
      strapi.log.warn(`[billy] could not queue ${module} ${documentId} for the on-save push: ${error instanceof Error ? error.message : String(error)}`);
    }
    return result;
  });
};
