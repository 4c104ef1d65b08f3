import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { GetRecordStatusResponse, RecordSyncStatus } from '../../../contracts';

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

  return { status, error, loading, reload };
};
