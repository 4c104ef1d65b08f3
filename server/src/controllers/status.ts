import type { Core } from '@strapi/strapi';
import type { StatusResponse } from '../../../contracts';
import { getService } from '../services/get-service';

const status = ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(): Promise<StatusResponse> {
    const { syncMode } = await getService(strapi, 'settings').get();
    return {
      data: {
        connection: await getService(strapi, 'connection').current(),
        syncMode,
        ...getService(strapi, 'scheduler').describe(syncMode),
        currentRun: null,
        lastRun: null,
      },
    };
  },
});

export default status;
