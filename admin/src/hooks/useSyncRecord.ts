import { useCallback, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { RecordSyncStatus, RunRecordEntry, SyncRecordResponse } from '../../../contracts';
import { toApiFailure } from '../pages/Settings/apiErrors';

export type SyncRecordResult =
  | { ok: true; record: RunRecordEntry | null; status: RecordSyncStatus }
  | { ok: false; alreadyRunning: boolean; message: string };

/** Syncs one record now (POST /billy/sync/:uid/:documentId, answered when the record is done). */
export const useSyncRecord = (uid: string, documentId: string) => {
  const { post } = useFetchClient();
  const [syncing, setSyncing] = useState(false);
  const [result, setResult] = useState<SyncRecordResult | null>(null);

  const sync = useCallback(async (): Promise<SyncRecordResult> => {
    setSyncing(true);
    let outcome: SyncRecordResult;
    try {
      const { data } = await post<SyncRecordResponse>(`/billy/sync/${uid}/${documentId}`);
      outcome = { ok: true, record: data.data.record, status: data.data.status };
    } catch (error) {
      const failure = toApiFailure(error);
      outcome = { ok: false, alreadyRunning: failure.status === 409, message: failure.message };
    }
    setResult(outcome);
    setSyncing(false);
    return outcome;
  }, [post, uid, documentId]);

  return { sync, syncing, result };
};
