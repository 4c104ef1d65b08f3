import { unstable_useDocument as useDocument, useQueryParams } from '@strapi/strapi/admin';
import { useCallback, useMemo } from 'react';
import { useGetRecordStatusQuery } from '../services/billyApi';
import { displayStateOf, isSettling } from '../utils/recordState';
import { useSyncRecord } from './useSyncRecord';

/** While a record's change is on its way to Billy (an on-save push, a queued run): how often its status is re-read. */
export const SETTLING_POLL_MS = 2000;

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
 * A record's sync status plus "Sync now". The pop-up and the side panel share one cached query, so
 * both show the same; it is re-read while the record is on its way to Billy (saved since its last
 * sync, or pending) and after every sync of it, by tag. After a sync the edit view's document is
 * refetched too (a sync from Billy may have changed its fields).
 */
export const useRecordSync = ({ model, collectionType, documentId }: Args) => {
  const { refetch, document } = useDocument({ model, collectionType, documentId, params: useEditViewParams() });
  const updatedAt = typeof document?.updatedAt === 'string' ? document.updatedAt : null;
  const key = { uid: model, documentId };
  // The state the data last read shows decides whether to keep re-reading it.
  const { data: cached } = useGetRecordStatusQuery(key, { refetchOnMountOrArgChange: true });
  const settling = cached ? isSettling(displayStateOf(cached, updatedAt)) : false;
  const { data: status, error } = useGetRecordStatusQuery(key, { pollingInterval: settling ? SETTLING_POLL_MS : 0 });
  const { sync, syncing, result } = useSyncRecord(model, documentId);

  const syncNow = useCallback(async () => {
    const outcome = await sync();
    // Unchanged data leaves the form as it is (the form only resets when its initial values differ).
    if (outcome.ok) refetch();
  }, [sync, refetch]);

  const loadError = error ? ((error as { message?: string }).message ?? String(error)) : null;
  return { status: status ?? null, error: loadError, syncing, result, syncNow, updatedAt };
};
