import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { GetRunResponse, ListRunRecordsResponse, ListRunsResponse } from '../../../contracts';
import { notFoundError } from '../http-errors';
import { guardRecordValues } from '../run-log-values';
import { parseId, parseOutcomes, parsePaging } from '../request-input';
import { getService } from '../services/get-service';

const runs = ({ strapi }: { strapi: Core.Strapi }) => {
  const runOf = async (ctx: Context) => {
    const run = await getService(strapi, 'runs').get(parseId(ctx.params.id));
    if (!run) throw notFoundError(`No sync run with id "${ctx.params.id}"`);
    return run;
  };

  return {
    /** GET /billy/runs?page&pageSize */
    async list(ctx: Context): Promise<ListRunsResponse> {
      const paging = parsePaging(ctx.query);
      await getService(strapi, 'runs').endRunsOfLostHolders();
      const { runs: page, pagination } = await getService(strapi, 'runs').page(paging);
      return { data: page, meta: { pagination } };
    },

    /** GET /billy/runs/:id (admin) and GET /api/billy/runs/:id (API token): the run without its records. */
    async findOne(ctx: Context): Promise<GetRunResponse> {
      return { data: await runOf(ctx) };
    },

    /** GET /billy/runs/:id/records?page&pageSize&outcome */
    async records(ctx: Context): Promise<ListRunRecordsResponse> {
      const run = await runOf(ctx);
      const { records, pagination } = await getService(strapi, 'runs').records(run.id, { ...parsePaging(ctx.query), outcomes: parseOutcomes(ctx.query) });
      return { data: await guardRecordValues(strapi, ctx.state.userAbility, records), meta: { pagination } };
    },
  };
};

export default runs;
