import { AsyncLocalStorage } from 'async_hooks';

/** Collects the writes that change invoice titles, to refresh them once per batch (content-manager/invoice-title.ts). */
export interface DeferredTitles {
  note(uid: string, action: 'create' | 'update', fields: readonly string[], documentId: string): void;
}

export interface SyncWriteContext {
  /** Set: the invoice titles these writes change are refreshed by the writer later, in one go. */
  titles?: DeferredTitles;
}

const storage = new AsyncLocalStorage<SyncWriteContext>();

/**
 * Writes the sync makes to Strapi documents run inside this context, so a document-service
 * middleware (on-save capture) can tell them from a user's save and not queue an echo.
 */
export const asSyncWrite = <T>(context: SyncWriteContext, write: () => Promise<T>): Promise<T> => storage.run(context, write);

/** The sync context of the current async call chain, or undefined for a user's own save. */
export const currentSyncWrite = (): SyncWriteContext | undefined => storage.getStore();

export const isSyncWrite = (): boolean => storage.getStore() !== undefined;
