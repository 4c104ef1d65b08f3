import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { RunAlreadyActiveError } from '../services/runs';
import { getService } from '../services/get-service';

const payments = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /billy/sync/payments — a payment pass now, answered with its run once it is done (409 while a run is going). */
  async start(ctx: Context) {
    try {
      ctx.body = { data: await getService(strapi, 'payments').run() };
    } catch (error) {
      if (!(error instanceof RunAlreadyActiveError)) throw error;
      ctx.status = 409;
      ctx.body = { data: { runId: error.runId }, error: { status: 409, name: 'ConflictError', message: `A sync is already running (run ${error.runId})` } };
    }
  },
});

export default payments;
