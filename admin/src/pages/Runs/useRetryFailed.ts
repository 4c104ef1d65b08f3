import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useState } from 'react';
import { MODULE_UIDS, type RunRecordEntry, type SyncRecordResponse } from '../../../../contracts';
import type { SyncRecordResult } from '../../hooks/useSyncRecord';
import { toApiFailure } from '../Settings/apiErrors';

/** documentId → what its retry did. */
export type RetryResults = Record<string, SyncRecordResult>;

/**
 * Retries a run's failed records one by one (POST /billy/sync/:uid/:documentId each, so every record
 * gets its own answer), in the run's order, which is already dependency order.
 */
export const useRetryFailed = () => {
  const { post } = useFetchClient();
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
        let result: SyncRecordResult;
        try {
          const { data } = await post<SyncRecordResponse>(`/billy/sync/${MODULE_UIDS[record.module]}/${documentId}`);
          result = { ok: true, record: data.data.record, status: data.data.status };
        } catch (error) {
          const failure = toApiFailure(error);
          result = { ok: false, alreadyRunning: failure.status === 409, message: failure.message };
        }
        setResults((current) => ({ ...current, [documentId]: result }));
      }
      setRetrying(false);
    },
    [post]
  );

  return { retry, retrying, results };
};

/** A retry that answered and whose record did not fail again. */
export const retrySucceeded = (result: SyncRecordResult) =>
  result.ok && result.record?.outcome !== 'failed' && result.record?.outcome !== 'conflict';
