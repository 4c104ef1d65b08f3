import { useCallback, useState } from 'react';
import type { RecordSyncStatus, RunRecordEntry } from '../../../contracts';
import { useSyncRecordMutation, type RecordKey } from '../services/billyApi';

export type SyncRecordResult =
  | { ok: true; record: RunRecordEntry | null; status: RecordSyncStatus }
  | { ok: false; alreadyRunning: boolean; message: string };

/** An RTK Query mutation's answer as a result: the record's outcome, or why the request failed (409: a run is going). */
export const toSyncRecordResult = (
  response: { data: { record: RunRecordEntry | null; status: RecordSyncStatus } } | { error: unknown }
): SyncRecordResult => {
  if ('data' in response) return { ok: true, record: response.data.record, status: response.data.status };
  const error = response.error as { status?: number; message?: string } | undefined;
  return { ok: false, alreadyRunning: error?.status === 409, message: error?.message ?? String(response.error) };
};

/** A function that syncs one record now (POST /billy/sync/:uid/:documentId); the views of that record refresh by tag. */
export const useSyncRecordNow = () => {
  const [trigger] = useSyncRecordMutation();
  return useCallback(async (key: RecordKey): Promise<SyncRecordResult> => toSyncRecordResult(await trigger(key)), [trigger]);
};

/** Syncs one record now and remembers what it did, for the view that asked. */
export const useSyncRecord = (uid: string, documentId: string) => {
  const syncNow = useSyncRecordNow();
  const [syncing, setSyncing] = useState(false);
  const [result, setResult] = useState<SyncRecordResult | null>(null);

  const sync = useCallback(async (): Promise<SyncRecordResult> => {
    setSyncing(true);
    const outcome = await syncNow({ uid, documentId });
    setResult(outcome);
    setSyncing(false);
    return outcome;
  }, [syncNow, uid, documentId]);

  return { sync, syncing, result };
};
