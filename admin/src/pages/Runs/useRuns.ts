import type { RecordOutcome } from '../../../../contracts';
import { useGetRunQuery, useGetRunRecordsQuery, useGetRunsQuery } from '../../services/billyApi';

/** While a run shown is still going on: how often it is re-read. */
const RUNNING_POLL_MS = 1500;
export const RUNS_PAGE_SIZE = 25;
export const RECORDS_PAGE_SIZE = 50;

const messageOf = (error: unknown) => (error ? ((error as { message?: string }).message ?? String(error)) : null);

/** GET /billy/runs?page&pageSize: one page of runs, newest first; re-read while one of them is running. */
export const useRunList = (page: number) => {
  const args = { page, pageSize: RUNS_PAGE_SIZE };
  const { data: cached } = useGetRunsQuery(args, { refetchOnMountOrArgChange: true });
  const running = Boolean(cached?.runs.some((run) => !run.finishedAt));
  const { data, error } = useGetRunsQuery(args, { pollingInterval: running ? RUNNING_POLL_MS : 0 });
  return { runs: data?.runs ?? null, pagination: data?.pagination ?? null, error: messageOf(error) };
};

/** GET /billy/runs/:id: one run without its records; re-read until it has finished. */
export const useRunDetail = (runId: string) => {
  const { data: cached } = useGetRunQuery(runId, { refetchOnMountOrArgChange: true });
  const running = Boolean(cached && !cached.finishedAt);
  const { data: run, error } = useGetRunQuery(runId, { pollingInterval: running ? RUNNING_POLL_MS : 0 });
  return { run: run ?? null, error: messageOf(error) };
};

/** GET /billy/runs/:id/records?page&pageSize&outcome: one page of a run's records; re-read while the run goes on. */
export const useRunRecords = (runId: string, outcomes: RecordOutcome[] | null, page: number, running: boolean) => {
  const { data, error } = useGetRunRecordsQuery(
    { runId, outcomes, page, pageSize: RECORDS_PAGE_SIZE },
    { pollingInterval: running ? RUNNING_POLL_MS : 0, refetchOnMountOrArgChange: true },
  );
  return { records: data?.records ?? null, pagination: data?.pagination ?? null, error: messageOf(error) };
};
