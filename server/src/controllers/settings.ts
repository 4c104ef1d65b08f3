import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { CheckConnectionResponse, GetSettingsResponse, UpdateSettingsResponse } from '../../../contracts';
import { getService } from '../services/get-service';

const settings = ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(): Promise<GetSettingsResponse> {
    return { data: await getService(strapi, 'settings').view(), connection: await getService(strapi, 'connection').current() };
  },

  async update(ctx: Context): Promise<UpdateSettingsResponse> {
    await getService(strapi, 'settings').update(ctx.request.body);
    getService(strapi, 'background').applySchedule((await getService(strapi, 'settings').get()).syncMode);
    // Billy is asked again only when the token or URL changed: other choices do not move the light.
    const connection = await getService(strapi, 'connection').checkIfCredentialsChanged();
    return { data: await getService(strapi, 'settings').view(), connection };
  },

  async checkConnection(): Promise<CheckConnectionResponse> {
    return { data: await getService(strapi, 'connection').check() };
  },
});

export default settings;
