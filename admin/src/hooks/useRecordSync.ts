import { unstable_useDocument as useDocument, useQueryParams } from '@strapi/strapi/admin';
import { useCallback, useMemo } from 'react';
import { announceRecordSynced, useRecordStatus } from './useRecordStatus';
import { useSyncRecord } from './useSyncRecord';

/**
 * The params the edit view fetches its document with (the Content Manager's buildValidParams: the URL
 * query with plugin options such as i18n's locale flattened). The same params hit the same cached
 * query, so refetching it refreshes the edit view's form.
 */
const useEditViewParams = () => {
  const [{ query }] = useQueryParams<Record<string, unknown> & { plugins?: Record<string, unknown> }>();
  return useMemo(() => {
    if (!query) return query;
    const { plugins, ...rest } = query;
    const pluginOptions = Object.values(plugins ?? {}).filter((value): value is object => typeof value === 'object' && value !== null);
    return Object.assign({}, rest, ...pluginOptions) as Record<string, unknown>;
  }, [query]);
};

interface Args {
  model: string;
  collectionType: string;
  documentId: string;
}

/**
 * A record's sync status plus "Sync now": after a sync, the status is reloaded and the edit view's
 * document is refetched (a sync from Billy may have changed its fields).
 */
export const useRecordSync = ({ model, collectionType, documentId }: Args) => {
  const { status, error, reload } = useRecordStatus(model, documentId);
  const { sync, syncing, result } = useSyncRecord(model, documentId);
  const { refetch, document } = useDocument({ model, collectionType, documentId, params: useEditViewParams() });

  const syncNow = useCallback(async () => {
    const outcome = await sync();
    // Reloads this view and any other view of the record (the side panel under the pop-up).
    announceRecordSynced(documentId);
    // Unchanged data leaves the form as it is (the form only resets when its initial values differ).
    if (outcome.ok) refetch();
  }, [sync, refetch, documentId]);

  const updatedAt = typeof document?.updatedAt === 'string' ? document.updatedAt : null;
  return { status, error, syncing, result, syncNow, reload, updatedAt };
};
