import type { Core, UID } from '@strapi/strapi';
import { notFoundError } from '../http-errors';
import type { Context } from 'koa';
import { moduleForUid, type GetRecordStatusResponse } from '../../../contracts';
import { guardRecordValues } from '../run-log-values';
import { getService } from '../services/get-service';

const records = ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: Context): Promise<GetRecordStatusResponse> {
    const { uid, documentId } = ctx.params as { uid: string; documentId: string };
    const module = moduleForUid(uid);
    if (!module) {
      throw notFoundError(`"${uid}" is not one of the content types Billy syncs`);
    }
    const document = await strapi.documents(uid as UID.CollectionType).findOne({ documentId, fields: ['id'] });
    if (!document) {
      throw notFoundError(`No ${module} record with documentId "${documentId}"`);
    }
    const status = await getService(strapi, 'sync-links').status(module, documentId);
    const lastOutcomes = await guardRecordValues(strapi, ctx.state.userAbility, await getService(strapi, 'runs').outcomesOf(module, documentId));
    return { data: { ...status, lastOutcomes } };
  },
});

export default records;
