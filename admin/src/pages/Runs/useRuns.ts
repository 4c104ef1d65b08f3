import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import type { GetRunResponse, ListRunsResponse, RunDetail, RunSummary } from '../../../../contracts';
import { toApiFailure } from '../Settings/apiErrors';

const RUNNING_POLL_MS = 1500;

/** Re-runs `load` every so often while `active` (a run shown is still going on). */
const usePollWhile = (active: boolean, load: () => Promise<void>) => {
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void load(), RUNNING_POLL_MS);
    return () => clearInterval(timer);
  }, [active, load]);
};

/** GET /billy/runs: the latest runs, newest first; refreshed while one of them is running. */
export const useRunList = () => {
  const { get } = useFetchClient();
  const [runs, setRuns] = useState<RunSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const { data } = await get<ListRunsResponse>('/billy/runs');
      setRuns(data.data);
      setError(null);
    } catch (failure) {
      setError(toApiFailure(failure).message);
    }
  }, [get]);
  useEffect(() => {
    void load();
  }, [load]);
  usePollWhile(Boolean(runs?.some((run) => !run.finishedAt)), load);
  return { runs, error, reload: load };
};

/** GET /billy/runs/:id: one run with its records; refreshed until it has finished. */
export const useRunDetail = (runId: string) => {
  const { get } = useFetchClient();
  const [run, setRun] = useState<RunDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const { data } = await get<GetRunResponse>(`/billy/runs/${runId}`);
      setRun(data.data);
      setError(null);
    } catch (failure) {
      setError(toApiFailure(failure).message);
    }
  }, [get, runId]);
  useEffect(() => {
    void load();
  }, [load]);
  usePollWhile(Boolean(run && !run.finishedAt), load);
  return { run, error, reload: load };
};
