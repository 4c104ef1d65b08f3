import type { Core } from '@strapi/strapi';
import { moduleForUid, type ModuleName } from '../../../contracts';
import { isSyncWrite } from '../sync/sync-writes';

const CAPTURED_ACTIONS = new Set(['create', 'update', 'delete']);

const documentIdOf = (params: unknown, result: unknown): string | undefined =>
  (params as { documentId?: string } | undefined)?.documentId ?? (result as { documentId?: string } | null | undefined)?.documentId;

/**
 * Document Service middleware: inside a user's save, notes which CRM document changed so the
 * on-save worker can push it. Never calls Billy or waits for the database, never fails the save,
 * and ignores the writes the sync itself makes.
 */
export const registerSaveCapture = (strapi: Core.Strapi, isEnabled: () => boolean, note: (module: ModuleName, documentId: string) => void) => {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    const module = moduleForUid(context.uid);
    if (!module || !CAPTURED_ACTIONS.has(context.action) || isSyncWrite() || !isEnabled()) return result;
    const documentId = documentIdOf(context.params, result);
    if (documentId) note(module, documentId);
    return result;
  });
};
