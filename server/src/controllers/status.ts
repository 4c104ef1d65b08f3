import type { Core } from '@strapi/strapi';
import type { StatusResponse } from '../../../contracts';
import { getService } from '../services/get-service';

const status = ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(): Promise<StatusResponse> {
    const { syncMode } = await getService(strapi, 'settings').get();
    const runs = getService(strapi, 'runs');
    // The status never shows a run as going whose holder is gone.
    await runs.endRunsOfLostHolders();
    const [currentRun, recent] = await Promise.all([runs.current(), runs.list(2)]);
    const lastRun = recent.find((run) => run.id !== currentRun?.id) ?? null;
    return {
      data: {
        connection: await getService(strapi, 'connection').current(),
        syncMode,
        ...getService(strapi, 'scheduler').describe(syncMode),
        currentRun,
        lastRun,
      },
    };
  },
});

export default status;
