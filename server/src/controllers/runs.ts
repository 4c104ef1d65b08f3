import type { Core } from '@strapi/strapi';
import { notFoundError } from '../http-errors';
import type { Context } from 'koa';
import type { GetRunResponse, ListRunsResponse } from '../../../contracts';
import { getService } from '../services/get-service';

const runs = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(): Promise<ListRunsResponse> {
    return { data: await getService(strapi, 'runs').list() };
  },

  async show(ctx: Context): Promise<GetRunResponse> {
    const id = Number(ctx.params.id);
    const run = Number.isInteger(id) && id > 0 ? await getService(strapi, 'runs').get(id) : null;
    if (!run) throw notFoundError(`No sync run with id "${ctx.params.id}"`);
    return { data: run };
  },
});

export default runs;
