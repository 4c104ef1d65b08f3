import { useCallback, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { RunSummary, StartSyncRequest, StartSyncResponse } from '../../../../contracts';
import { toApiFailure } from './apiErrors';

export type StartSyncResult =
  | { outcome: 'started'; run: RunSummary }
  | { outcome: 'alreadyRunning' }
  /** The route is not there yet: the sync engine is not installed. */
  | { outcome: 'unavailable' }
  | { outcome: 'failed'; message: string };

/** POST /billy/sync for every module; remembers when the route turned out to be missing. */
export const useStartSync = () => {
  const { post } = useFetchClient();
  const [starting, setStarting] = useState(false);
  const [unavailable, setUnavailable] = useState(false);

  const startSync = useCallback(async (): Promise<StartSyncResult> => {
    setStarting(true);
    try {
      const { data } = await post<StartSyncResponse, StartSyncRequest>('/billy/sync', {});
      return { outcome: 'started', run: data.data };
    } catch (error) {
      const failure = toApiFailure(error);
      if (failure.status === 409) return { outcome: 'alreadyRunning' };
      if (failure.notJson || failure.status === 404 || failure.status === 405 || failure.status === 501) {
        setUnavailable(true);
        return { outcome: 'unavailable' };
      }
      return { outcome: 'failed', message: failure.message };
    } finally {
      setStarting(false);
    }
  }, [post]);

  return { startSync, starting, unavailable };
};
