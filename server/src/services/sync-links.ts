import type { Core } from '@strapi/strapi';
import type { ModuleName, RecordSyncStatus } from '../../../contracts';

const SYNC_LINK_UID = 'plugin::billy.sync-link';

export interface SyncLinkRow {
  id: number;
  module: ModuleName;
  targetDocumentId: string;
  billyId: string | null;
  state: RecordSyncStatus['state'];
  attempts: number | null;
  lastError: RecordSyncStatus['lastError'];
  lastSyncedAt: string | null;
}

/** Repository of the link table: the only code that reads or writes sync links. */
const syncLinks = ({ strapi }: { strapi: Core.Strapi }) => {
  // The query engine, not the Document Service: links are bookkeeping, never user documents.
  const query = () => strapi.db.query(SYNC_LINK_UID);

  return {
    async find(module: ModuleName, documentId: string): Promise<SyncLinkRow | null> {
      return (await query().findOne({ where: { module, targetDocumentId: documentId } })) as SyncLinkRow | null;
    },

    async status(module: ModuleName, documentId: string): Promise<RecordSyncStatus> {
      const link = await this.find(module, documentId);
      return {
        module,
        documentId,
        state: link?.state ?? 'never',
        billyId: link?.billyId ?? null,
        lastSyncedAt: link?.lastSyncedAt ? new Date(link.lastSyncedAt).toISOString() : null,
        lastError: link?.lastError ?? null,
        attempts: link?.attempts ?? 0,
      };
    },
  };
};

export default syncLinks;
