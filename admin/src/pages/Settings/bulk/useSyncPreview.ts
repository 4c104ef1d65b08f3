import { useEffect, useState } from 'react';
import { useGetRunQuery } from '../../../services/billyApi';
import { useStartBillySyncMutation } from '../../../services/settingsApi';
import { summarizePreview, type PreviewSummary } from '../../../utils/runTotals';
import { toApiFailure } from '../apiErrors';

export type PreviewState =
  | { kind: 'idle' }
  | { kind: 'running'; runId: number | null }
  | { kind: 'done'; summary: PreviewSummary }
  | { kind: 'busy' }
  | { kind: 'failed'; message: string };

const POLL_MS = 1000;

/** "Preview": a dry run (POST /billy/sync { dryRun: true }) followed until it ends, then summed up. */
export const useSyncPreview = () => {
  const [startSync, { isLoading: starting }] = useStartBillySyncMutation();
  const [runId, setRunId] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<PreviewState | null>(null);
  const [following, setFollowing] = useState(false);
  const { data: run } = useGetRunQuery(runId ?? 0, { skip: runId === null, pollingInterval: following ? POLL_MS : 0 });
  const finished = run !== undefined && run.id === runId && Boolean(run.finishedAt);
  useEffect(() => {
    if (finished) setFollowing(false);
  }, [finished]);

  const preview = async () => {
    setRefusal(null);
    setRunId(null);
    try {
      const started = await startSync({ dryRun: true }).unwrap();
      setRunId(started.id);
      setFollowing(true);
    } catch (error) {
      const failure = toApiFailure(error);
      setRefusal(failure.status === 409 ? { kind: 'busy' } : { kind: 'failed', message: failure.message });
    }
  };

  const state: PreviewState =
    refusal ??
    (finished ? { kind: 'done', summary: summarizePreview(run) } : runId !== null || starting ? { kind: 'running', runId } : { kind: 'idle' });
  return { state, preview };
};
