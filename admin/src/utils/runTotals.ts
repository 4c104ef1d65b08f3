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
