import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import type { GetRunResponse, ListRunRecordsResponse, ListRunsResponse, Pagination, RecordOutcome, RunRecordEntry, RunSummary } from '../../../../contracts';
import { toApiFailure } from '../Settings/apiErrors';

const RUNNING_POLL_MS = 1500;
export const RUNS_PAGE_SIZE = 25;
export const RECORDS_PAGE_SIZE = 50;

/** Re-runs `load` every so often while `active` (a run shown is still going on). */
const usePollWhile = (active: boolean, load: () => Promise<void>) => {
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void load(), RUNNING_POLL_MS);
    return () => clearInterval(timer);
  }, [active, load]);
};

/** GET /billy/runs?page&pageSize: one page of runs, newest first; refreshed while one of them is running. */
export const useRunList = (page: number) => {
  const { get } = useFetchClient();
  const [runs, setRuns] = useState<RunSummary[] | null>(null);
  const [pagination, setPagination] = useState<Pagination | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const { data } = await get<ListRunsResponse>(`/billy/runs?page=${page}&pageSize=${RUNS_PAGE_SIZE}`);
      setRuns(data.data);
      setPagination(data.meta.pagination);
      setError(null);
    } catch (failure) {
      setError(toApiFailure(failure).message);
    }
  }, [get, page]);
  useEffect(() => {
    void load();
  }, [load]);
  usePollWhile(Boolean(runs?.some((run) => !run.finishedAt)), load);
  return { runs, pagination, error, reload: load };
};

/** GET /billy/runs/:id: one run without its records; refreshed until it has finished. */
export const useRunDetail = (runId: string) => {
  const { get } = useFetchClient();
  const [run, setRun] = useState<RunSummary | null>(null);
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

/** GET /billy/runs/:id/records?page&pageSize&outcome: one page of a run's records; refreshed while the run goes on. */
export const useRunRecords = (runId: string, outcomes: RecordOutcome[] | null, page: number, running: boolean) => {
  const { get } = useFetchClient();
  const [records, setRecords] = useState<RunRecordEntry[] | null>(null);
  const [pagination, setPagination] = useState<Pagination | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const outcome = outcomes ? `&outcome=${outcomes.join(',')}` : '';
      const { data } = await get<ListRunRecordsResponse>(`/billy/runs/${runId}/records?page=${page}&pageSize=${RECORDS_PAGE_SIZE}${outcome}`);
      setRecords(data.data);
      setPagination(data.meta.pagination);
      setError(null);
    } catch (failure) {
      setError(toApiFailure(failure).message);
    }
  }, [get, runId, outcomes?.join(','), page]);
  useEffect(() => {
    void load();
  }, [load]);
  usePollWhile(running, load);
  return { records, pagination, error };
};
