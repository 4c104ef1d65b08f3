import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GetRunResponse, ListRunRecordsResponse, RunSummary, StartSyncRequest, StartSyncResponse } from '../../../../../contracts';
import { runTotals } from '../../../utils/runTotals';
import { toApiFailure } from '../apiErrors';

export interface PreviewSummary {
  runId: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  conflicts: number;
}

export type PreviewState =
  | { kind: 'idle' }
  | { kind: 'running'; runId: number | null }
  | { kind: 'done'; summary: PreviewSummary }
  | { kind: 'busy' }
  | { kind: 'unavailable' }
  | { kind: 'failed'; message: string };

const POLL_MS = 1000;

/** Adds up a finished dry run: its counts per module; conflicts are the both-sides updates and the unresolved ones. */
export const summarizePreview = (run: RunSummary, unresolved: number): PreviewSummary => {
  // Updates of records changed on both sides (the priority side would win)...
  const bothSides = Object.values(run.counts).reduce((sum, counts) => sum + (counts?.conflict ?? 0), 0);
  // ...plus the conflicts the engine would not resolve on its own (`unresolved`).
  return { runId: run.id, ...runTotals(run), conflicts: bothSides + unresolved };
};

/** "Preview": a dry run (POST /billy/sync { dryRun: true }) followed until it ends, then summed up. */
export const useSyncPreview = () => {
  const { post, get } = useFetchClient();
  const [state, setState] = useState<PreviewState>({ kind: 'idle' });
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const follow = useCallback(
    async (runId: number) => {
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!mounted.current) return;
        const { data } = await get<GetRunResponse>(`/billy/runs/${runId}`);
        if (data.data.finishedAt) {
          // Only the number of unresolved conflicts is needed: one row asked for, the total read.
          const conflicts = await get<ListRunRecordsResponse>(`/billy/runs/${runId}/records?outcome=conflict&pageSize=1`);
          if (mounted.current) setState({ kind: 'done', summary: summarizePreview(data.data, conflicts.data.meta.pagination.total) });
          return;
        }
      }
    },
    [get]
  );

  const preview = useCallback(async () => {
    setState({ kind: 'running', runId: null });
    try {
      const { data } = await post<StartSyncResponse, StartSyncRequest>('/billy/sync', { dryRun: true });
      // An engine without dry runs would start a real run; the run says whether it is a dry one.
      if (data.data.dryRun !== true) {
        setState({ kind: 'unavailable' });
        return;
      }
      setState({ kind: 'running', runId: data.data.id });
      await follow(data.data.id);
    } catch (error) {
      const failure = toApiFailure(error);
      if (failure.status === 409) setState({ kind: 'busy' });
      // A server without dry runs refuses the unknown key (400) or has no such route.
      else if (failure.status === 400 || failure.status === 404 || failure.notJson) setState({ kind: 'unavailable' });
      else setState({ kind: 'failed', message: failure.message });
    }
  }, [post, follow]);

  return { state, preview };
};
