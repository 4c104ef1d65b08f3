import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

export const RETENTION_JOB_NAME = 'billy-run-retention';
/** Daily, at a quiet hour (server time). */
const RETENTION_RULE = '0 17 3 * * *';

/** Keeps the run log in bounds: one named job on Strapi's cron that prunes old runs once a day. */
const runRetention = ({ strapi }: { strapi: Core.Strapi }) => ({
  schedule() {
    strapi.cron.add({
      [RETENTION_JOB_NAME]: {
        task: async () => {
          try {
            const deleted = await getService(strapi, 'runs').prune();
            if (deleted > 0) strapi.log.info(`[billy] run log retention deleted ${deleted} old run(s) with their records`);
          } catch (error) {
            strapi.log.error(`[billy] run log retention failed: ${error instanceof Error ? error.message : String(error)}`);
          }
        },
        options: { rule: RETENTION_RULE },
      },
    });
  },
});

export default runRetention;
