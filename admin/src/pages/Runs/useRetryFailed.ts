import { useCallback, useState } from 'react';
import { MODULE_UIDS, type RunRecordEntry } from '../../../../contracts';
import { useSyncRecordNow, type SyncRecordResult } from '../../hooks/useSyncRecord';

/** documentId → what its retry did. */
export type RetryResults = Record<string, SyncRecordResult>;

/**
 * Retries a run's failed records one by one (POST /billy/sync/:uid/:documentId each, so every record
 * gets its own answer), in the run's order, which is already dependency order.
 */
export const useRetryFailed = () => {
  const syncNow = useSyncRecordNow();
  const [retrying, setRetrying] = useState(false);
  const [results, setResults] = useState<RetryResults>({});

  const retry = useCallback(
    async (records: RunRecordEntry[]) => {
      setRetrying(true);
      setResults({});
      const seen = new Set<string>();
      for (const record of records) {
        if (!record.documentId || seen.has(record.documentId)) continue;
        seen.add(record.documentId);
        const documentId = record.documentId;
        const result = await syncNow({ uid: MODULE_UIDS[record.module], documentId });
        setResults((current) => ({ ...current, [documentId]: result }));
      }
      setRetrying(false);
    },
    [syncNow]
  );

  return { retry, retrying, results };
};

/** A retry that answered and whose record did not fail again. */
export const retrySucceeded = (result: SyncRecordResult) =>
  result.ok && result.record?.outcome !== 'failed';
