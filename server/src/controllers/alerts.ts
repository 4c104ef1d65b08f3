import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { AlertRecipientsResponse, AlertsResponse } from '../../../contracts';
import { getService } from '../services/get-service';

const alerts = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /billy/alerts — the open incidents the banner shows. */
  async list(ctx: Context) {
    const body: AlertsResponse = { data: await getService(strapi, 'alerts').list() };
    ctx.body = body;
  },

  /** GET /billy/alerts/recipients — the admins Settings › Billy offers as e-mail recipients. */
  async recipients(ctx: Context) {
    const body: AlertRecipientsResponse = { data: await getService(strapi, 'alerts').recipientOptions() };
    ctx.body = body;
  },
});

export default alerts;
