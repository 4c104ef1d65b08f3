import type { Core } from '@strapi/strapi';
import type { ModuleName, RecordSyncStatus } from '../../../contracts';
import type { BaseSnapshot } from '../sync/snapshot';

const SYNC_LINK_UID = 'plugin::billy.sync-link';

type LinkState = Exclude<RecordSyncStatus['state'], 'never'>;

export interface SyncLinkRow {
  id: number;
  module: ModuleName;
  targetDocumentId: string;
  billyId: string | null;
  billyResource: string | null;
  syncKey: string | null;
  state: LinkState;
  localHash: string | null;
  remoteHash: string | null;
  /** both sides' mapped fields as last synced (see SyncedLink.snapshot) */
  baseSnapshot: BaseSnapshot | null;
  attempts: number | null;
  lastError: RecordSyncStatus['lastError'];
  intentAt: string | null;
  lastSyncedAt: string | null;
}

export interface SyncedLink {
  billyId: string;
  billyResource: string;
  syncKey: string | null;
  localHash: string;
  remoteHash: string;
  /** both sides' mapped fields at this moment: the merge base a field-level merge starts from */
  snapshot: BaseSnapshot;
}

/** Repository of the link table: the only code that reads or writes sync links. */
const syncLinks = ({ strapi }: { strapi: Core.Strapi }) => {
  // The query engine, not the Document Service: links are bookkeeping, never user documents.
  const query = () => strapi.db.query(SYNC_LINK_UID);
  const now = () => new Date().toISOString();

  const upsert = async (module: ModuleName, documentId: string, data: Record<string, unknown>) => {
    const existing = await query().findOne({ where: { module, targetDocumentId: documentId }, select: ['id'] });
    if (existing) return query().update({ where: { id: existing.id }, data });
    return query().create({ data: { module, targetDocumentId: documentId, ...data } });
  };

  return {
    async find(module: ModuleName, documentId: string): Promise<SyncLinkRow | null> {
      return (await query().findOne({ where: { module, targetDocumentId: documentId } })) as SyncLinkRow | null;
    },

    async findAll(): Promise<SyncLinkRow[]> {
      return (await query().findMany({})) as SyncLinkRow[];
    },

    /** Written before the POST: a crash or lost answer after it still leaves the key to search Billy by. */
    async recordIntent(module: ModuleName, documentId: string, intent: { syncKey: string | null; billyResource: string }) {
      await upsert(module, documentId, { ...intent, billyId: null, state: 'pending', intentAt: now() });
    },

    async recordSynced(module: ModuleName, documentId: string, link: SyncedLink) {
      const { snapshot, ...fields } = link;
      await upsert(module, documentId, {
        ...fields,
        baseSnapshot: snapshot,
        state: 'synced',
        attempts: 0,
        lastError: null,
        intentAt: null,
        lastSyncedAt: now(),
      });
    },

    /**
     * A failed or refused attempt. `remoteHash` moves on when given (what Billy holds was taken in)
     * while `localHash` stays, so the Strapi change is still seen as pending next time.
     */
    async recordProblem(
      module: ModuleName,
      documentId: string,
      problem: { state: LinkState; reason: string; message: string; billyId?: string; billyResource?: string; remoteHash?: string }
    ) {
      const { state, reason, message, ...known } = problem;
      const existing = await this.find(module, documentId);
      await upsert(module, documentId, {
        ...known,
        state,
        attempts: (existing?.attempts ?? 0) + 1,
        lastError: { reason, message, at: now() },
      });
    },

    async remove(module: ModuleName, documentId: string) {
      await query().delete({ where: { module, targetDocumentId: documentId } });
    },

    async status(module: ModuleName, documentId: string): Promise<RecordSyncStatus> {
      const link = await this.find(module, documentId);
      return {
        module,
        documentId,
        state: link?.state ?? 'never',
        billyId: link?.billyId ?? null,
        billyResource: link?.billyResource ?? null,
        lastSyncedAt: link?.lastSyncedAt ? new Date(link.lastSyncedAt).toISOString() : null,
        lastError: link?.lastError ?? null,
        attempts: link?.attempts ?? 0,
      };
    },
  };
};

export default syncLinks;
