import type { Core } from '@strapi/strapi';
import type { SyncMode } from '../../../contracts';
import type { PluginConfig } from '../config';

export const SYNC_JOB_NAME = 'billy-sync';

interface CronJobEntry {
  name?: string;
  job: { nextRun(): Date | null };
}

/**
 * The automatic sync: one named job on Strapi's cron, added in automatic mode, removed in manual
 * mode and replaced (never doubled) whenever the settings are applied again.
 */
const scheduler = ({ strapi }: { strapi: Core.Strapi }) => {
  const findJob = () => (strapi.cron.jobs as CronJobEntry[]).find((entry) => entry.name === SYNC_JOB_NAME);
  let runScheduledSync: (() => Promise<unknown>) | null = null;

  return {
    /** The work the job does; set once at bootstrap by whoever owns the sync. */
    setTask(task: () => Promise<unknown>) {
      runScheduledSync = task;
    },

    apply(mode: SyncMode) {
      if (findJob()) strapi.cron.remove(SYNC_JOB_NAME);
      if (mode !== 'automatic') return;
      const { syncCronRule } = strapi.config.get('plugin::billy') as PluginConfig;
      strapi.cron.add({
        [SYNC_JOB_NAME]: {
          task: async () => {
            if (!runScheduledSync) return;
            try {
              await runScheduledSync();
            } catch (error) {
              strapi.log.error(`[billy] the scheduled sync failed: ${error instanceof Error ? error.message : String(error)}`);
            }
          },
          options: { rule: syncCronRule },
        },
      });
    },

    /** When the job fires next, and what is wrong if automatic mode is on but nothing is scheduled. */
    describe(mode: SyncMode): { nextRunAt: string | null; scheduleProblem: string | null } {
      if (mode !== 'automatic') return { nextRunAt: null, scheduleProblem: null };
      const next = findJob()?.job.nextRun() ?? null;
      if (next) return { nextRunAt: next.toISOString(), scheduleProblem: null };
      return {
        nextRunAt: null,
        scheduleProblem: "Automatic sync is on, but Strapi's cron has no run scheduled for it; check the billy syncCronRule in config/plugins and the server log.",
      };
    },
  };
};

export default scheduler;
