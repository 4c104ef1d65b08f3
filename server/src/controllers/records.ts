import type { Core, UID } from '@strapi/strapi';
import { notFoundError } from '../http-errors';
import type { Context } from 'koa';
import { displayStateOf, MAX_LIST_STATES, moduleForUid, type GetRecordStatusResponse, type ListRecordStatesResponse, type ModuleName, type RecordSyncStatus } from '../../../contracts';
import { parseDocumentIds } from '../request-input';
import { guardRecordValues } from '../run-log-values';
import { getService } from '../services/get-service';

/**
 * A record's status with its latest outcomes, their values only for a user who may read the record:
 * GET /billy/records answers it, and so does a sync of the record, so the admin need not ask again.
 */
export const recordStatusWithHistory = async (strapi: Core.Strapi, userAbility: unknown, module: ModuleName, documentId: string): Promise<RecordSyncStatus> => {
  const status = await getService(strapi, 'sync-links').status(module, documentId);
  const lastOutcomes = await guardRecordValues(strapi, userAbility, await getService(strapi, 'runs').outcomesOf(module, documentId));
  return { ...status, lastOutcomes };
};

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
    return { data: await recordStatusWithHistory(strapi, ctx.state.userAbility, module, documentId) };
  },

  /** GET /billy/record-states/:uid?documentIds=a,b,c: each listed record's Billy state, for a list view page at once. */
  async states(ctx: Context): Promise<ListRecordStatesResponse> {
    const { uid } = ctx.params as { uid: string };
    const module = moduleForUid(uid);
    if (!module) throw notFoundError(`"${uid}" is not one of the content types Billy syncs`);
    const documentIds = parseDocumentIds(ctx.query, MAX_LIST_STATES);
    if (documentIds.length === 0) return { data: {} };
    const documents = (await strapi.documents(uid as UID.CollectionType).findMany({
      filters: { documentId: { $in: documentIds } } as never,
      fields: ['updatedAt'] as never,
      limit: documentIds.length,
    })) as Array<{ documentId: string; updatedAt?: string | null }>;
    const links = await getService(strapi, 'sync-links').statesOf(module, documents.map((document) => document.documentId));
    const lastSync = (documentId: string) => {
      const link = links.get(documentId);
      return { state: link?.state ?? ('never' as const), lastSyncedAt: link?.lastSyncedAt ? new Date(link.lastSyncedAt).toISOString() : null };
    };
    return {
      data: Object.fromEntries(documents.map((document) => [document.documentId, displayStateOf(lastSync(document.documentId), document.updatedAt ? new Date(document.updatedAt).toISOString() : null)])),
    };
  },
});

export default records;
