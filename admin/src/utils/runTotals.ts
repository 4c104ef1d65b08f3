import type { RunSummary } from '../../../contracts';

/** The run's counts added up over its modules. */
export const runTotals = (run: RunSummary) => {
  const totals = { created: 0, updated: 0, skipped: 0, failed: 0 };
  for (const counts of Object.values(run.counts)) {
    if (!counts) continue;
    totals.created += counts.created;
    totals.updated += counts.updated;
    totals.skipped += counts.skipped;
    totals.failed += counts.failed;
  }
  return totals;
};

export interface PreviewSummary {
  runId: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  conflicts: number;
}

/** Adds up a finished dry run: its counts per module, and the records changed on both sides, each counted once. */
export const summarizePreview = (run: RunSummary): PreviewSummary => ({
  runId: run.id,
  ...runTotals(run),
  conflicts: Object.values(run.counts).reduce((sum, counts) => sum + (counts?.conflict ?? 0), 0),
});
