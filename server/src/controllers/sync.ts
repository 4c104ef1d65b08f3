import type { Core, UID } from '@strapi/strapi';
import { notFoundError, validationError } from '../http-errors';
import type { Context } from 'koa';
import { z } from 'zod';
import { MODULES, moduleForUid, type SyncTrigger } from '../../../contracts';
import { RunAlreadyActiveError } from '../services/runs';
import { guardRecordValues } from '../run-log-values';
import { recordStatusWithHistory } from './records';
import { getService } from '../services/get-service';

const startSyncSchema = z
  .object({ modules: z.array(z.enum(MODULES)).min(1).optional(), dryRun: z.boolean().optional() })
  .strict();

const parseStart = (body: unknown) => {
  const parsed = startSyncSchema.safeParse(body ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
    throw validationError('Invalid sync request', problems);
  }
  return parsed.data;
};

/** 409 with the running run's id: one run at a time. */
const answerAlreadyRunning = (ctx: Context, error: RunAlreadyActiveError) => {
  ctx.status = 409;
  ctx.body = { data: { runId: error.runId }, error: { status: 409, name: 'ConflictError', message: `A sync is already running (run ${error.runId})` } };
};

const sync = ({ strapi }: { strapi: Core.Strapi }) => {
  const start = async (ctx: Context, trigger: SyncTrigger) => {
    const { modules, dryRun } = parseStart(ctx.request.body);
    try {
      const run = await getService(strapi, 'sync').start(trigger, modules, { dryRun });
      ctx.status = 202;
      ctx.body = { data: run };
    } catch (error) {
      if (error instanceof RunAlreadyActiveError) return answerAlreadyRunning(ctx, error);
      throw error;
    }
  };

  return {
    /** POST /billy/sync (admin) */
    startFromAdmin: (ctx: Context) => start(ctx, 'manual'),

    /** POST /api/billy/sync (API token) */
    startFromApi: (ctx: Context) => start(ctx, 'api'),

    /** POST /billy/sync/:uid/:documentId — one record, synchronously. */
    async syncRecord(ctx: Context) {
      const { uid, documentId } = ctx.params as { uid: string; documentId: string };
      const module = moduleForUid(uid);
      if (!module) throw notFoundError(`"${uid}" is not one of the content types Billy syncs`);
      const document = await strapi.documents(uid as UID.CollectionType).findOne({ documentId, fields: ['id'] });
      if (!document) throw notFoundError(`No ${module} record with documentId "${documentId}"`);
      try {
        const { run, record } = await getService(strapi, 'sync').syncRecord(module, documentId);
        const [shown] = record ? await guardRecordValues(strapi, ctx.state.userAbility, [record]) : [null];
        ctx.body = { data: { run, record: shown ?? null, status: await recordStatusWithHistory(strapi, ctx.state.userAbility, module, documentId) } };
      } catch (error) {
        if (error instanceof RunAlreadyActiveError) return answerAlreadyRunning(ctx, error);
        throw error;
      }
    },
  };
};

export default sync;
