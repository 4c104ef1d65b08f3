import type { Core, UID } from '@strapi/strapi';
import { MODULE_UIDS } from '../../../contracts';
import type { SyncAdapter } from './adapters';
import type { LocalDocument } from './mapping';
import { asSyncWrite } from './sync-context';

/**
 * The Strapi side of a phase, through the Document Service. Writes run as sync writes, so an
 * on-save hook can tell them from a user's edit and not send them back to Billy as a change.
 */
export const documentStore = (strapi: Core.Strapi, adapter: SyncAdapter, runId: number) => {
  const documents = () => strapi.documents(MODULE_UIDS[adapter.module] as UID.CollectionType);
  const populate = adapter.populate as never;

  return {
    async load(onlyDocumentIds: ReadonlySet<string> | null): Promise<LocalDocument[]> {
      const filters = onlyDocumentIds ? { documentId: { $in: [...onlyDocumentIds] } } : undefined;
      return (await documents().findMany({ populate, ...(filters ? { filters: filters as never } : {}) })) as LocalDocument[];
    },

    async loadOne(documentId: string): Promise<LocalDocument> {
      const doc = await documents().findOne({ documentId, populate });
      if (!doc) throw new Error(`${adapter.module} document ${documentId} disappeared during the sync`);
      return doc as LocalDocument;
    },

    async update(documentId: string, data: Record<string, unknown>): Promise<void> {
      await asSyncWrite({ runId }, () => documents().update({ documentId, data: data as never }));
    },

    async create(data: Record<string, unknown>): Promise<string> {
      const created = await asSyncWrite({ runId }, () => documents().create({ data: data as never }));
      return created.documentId;
    },
  };
};

export type DocumentStore = ReturnType<typeof documentStore>;
