import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { GetRecordStatusResponse, RecordSyncStatus } from '../../../contracts';

/** Fired on window after "Sync now", so every view of that record (pop-up, side panel) reloads. */
export const RECORD_SYNCED_EVENT = 'billy:record-synced';

export const announceRecordSynced = (documentId: string) =>
  window.dispatchEvent(new CustomEvent<string>(RECORD_SYNCED_EVENT, { detail: documentId }));

/** Loads the sync status of one CRM document from GET /billy/records/:uid/:documentId. */
export const useRecordStatus = (uid: string, documentId: string | undefined) => {
  const { get } = useFetchClient();
  const [status, setStatus] = useState<RecordSyncStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const reload = useCallback(async () => {
    if (!documentId) return;
    setLoading(true);
    try {
      const { data } = await get<GetRecordStatusResponse>(`/billy/records/${uid}/${documentId}`);
      setStatus(data.data);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setLoading(false);
    }
  }, [get, uid, documentId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    const onSynced = (event: Event) => {
      if ((event as CustomEvent<string>).detail === documentId) void reload();
    };
    window.addEventListener(RECORD_SYNCED_EVENT, onSynced);
    return () => window.removeEventListener(RECORD_SYNCED_EVENT, onSynced);
  }, [reload, documentId]);

  return { status, error, loading, reload };
};
