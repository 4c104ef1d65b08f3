import { useGetRunQuery, useGetRunsQuery } from '../../services/billyApi';

/** While a run shown is still going on: how often it is re-read. */
const RUNNING_POLL_MS = 1500;

const messageOf = (error: unknown) => (error ? ((error as { message?: string }).message ?? String(error)) : null);

/** GET /billy/runs: the latest runs, newest first; re-read while one of them is running. */
export const useRunList = () => {
  const { data: cached } = useGetRunsQuery(undefined, { refetchOnMountOrArgChange: true });
  const running = Boolean(cached?.some((run) => !run.finishedAt));
  const { data: runs, error } = useGetRunsQuery(undefined, { pollingInterval: running ? RUNNING_POLL_MS : 0 });
  return { runs: runs ?? null, error: messageOf(error) };
};

/** GET /billy/runs/:id: one run with its records; re-read until it has finished. */
export const useRunDetail = (runId: string) => {
  const { data: cached } = useGetRunQuery(runId, { refetchOnMountOrArgChange: true });
  const running = Boolean(cached && !cached.finishedAt);
  const { data: run, error } = useGetRunQuery(runId, { pollingInterval: running ? RUNNING_POLL_MS : 0 });
  return { run: run ?? null, error: messageOf(error) };
};
