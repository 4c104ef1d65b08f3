import type { Core } from '@strapi/strapi';
import type { SyncMode } from '../../../contracts';
import type { PluginConfig } from '../config';

export const SYNC_JOB_NAME = 'billy-sync';
export const PAYMENTS_JOB_NAME = 'billy-payments';

interface CronJobEntry {
  name?: string;
  job: { nextRun(): Date | null };
}

/**
 * The automatic sync: named jobs on Strapi's cron (the sync, and the payment pass on its own rule), added in automatic mode, removed in manual
 * mode and replaced (never doubled) whenever the settings are applied again.
 */
const scheduler = ({ strapi }: { strapi: Core.Strapi }) => {
  const findJob = () => (strapi.cron.jobs as CronJobEntry[]).find((entry) => entry.name === SYNC_JOB_NAME);
  let runScheduledSync: (() => Promise<unknown>) | null = null;
  let runScheduledPayments: (() => Promise<unknown>) | null = null;

  const addJob = (name: string, rule: string, what: string, task: () => (() => Promise<unknown>) | null) =>
    strapi.cron.add({
      [name]: {
        task: async () => {
          try {
            await task()?.();
          } catch (error) {
            strapi.log.error(`[billy] the scheduled ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
          }
        },
        options: { rule },
      },
    });

  return {
    /** The work the job does; set once at bootstrap by whoever owns the sync. */
    setTask(task: () => Promise<unknown>) {
      runScheduledSync = task;
    },

    /** The payment pass's work, on its own rule (paymentsCronRule); set once at bootstrap. */
    setPaymentsTask(task: () => Promise<unknown>) {
      runScheduledPayments = task;
    },

    apply(mode: SyncMode) {
      const jobs = strapi.cron.jobs as CronJobEntry[];
      for (const name of [SYNC_JOB_NAME, PAYMENTS_JOB_NAME]) if (jobs.some((entry) => entry.name === name)) strapi.cron.remove(name);
      if (mode !== 'automatic') return;
      const { syncCronRule, paymentsCronRule } = strapi.config.get('plugin::billy') as PluginConfig;
      addJob(SYNC_JOB_NAME, syncCronRule, 'sync', () => runScheduledSync);
      addJob(PAYMENTS_JOB_NAME, paymentsCronRule, 'payment pass', () => runScheduledPayments);
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
