import type { Core } from '@strapi/strapi';
import type { ModuleName, RecordSyncStatus } from '../../../contracts';
import type { LinkRef } from '../sync/refs';
import type { Refusal } from '../sync/planner';
import type { BaseSnapshot } from '../sync/snapshot';

const SYNC_LINK_UID = 'plugin::billy.sync-link';
/** Rows per lookup and transaction: well inside SQLite's and PostgreSQL's limits on bound values. */
const LINK_WRITE_CHUNK = 500;

type LinkState = Exclude<RecordSyncStatus['state'], 'never'>;

/**
 * A Billy record the document was synced to before it had to be created anew (a person moved to
 * another organization, a draft whose customer changed). Pending until retired (removed, deleted
 * or archived); an archived one stays listed, so it is never imported as a record of its own.
 */
export interface FormerTwin {
  billyId: string;
  billyResource: string;
  retired: boolean;
}

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
  /** both sides' hashes when Billy last refused the record's write: it is not sent again until one changes */
  refusal: Refusal | null;
  formerTwins: FormerTwin[] | null;
  intentAt: string | null;
  lastSyncedAt: string | null;
}

/** What a link claims in Billy, without its merge base: its record, its former twins and its promised key (see pairing). */
export type LinkClaim = Pick<SyncLinkRow, 'targetDocumentId' | 'billyId' | 'syncKey' | 'formerTwins'>;

export interface SyncedLink {
  billyId: string;
  billyResource: string;
  syncKey: string | null;
  localHash: string;
  remoteHash: string;
  /** both sides' mapped fields at this moment: the merge base a field-level merge starts from */
  snapshot: BaseSnapshot;
  /** the former twins still kept (archived ones); absent: as before */
  formerTwins?: FormerTwin[];
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

  /**
   * Many links of one module written without reading them back, one transaction per chunk: one
   * commit for up to LINK_WRITE_CHUNK records instead of three queries (and a commit) per record.
   */
  const upsertMany = async (module: ModuleName, rows: ReadonlyArray<{ documentId: string; data: Record<string, unknown> }>) => {
    for (let start = 0; start < rows.length; start += LINK_WRITE_CHUNK) {
      const chunk = rows.slice(start, start + LINK_WRITE_CHUNK);
      await strapi.db.transaction(async () => {
        const existing = (await query().findMany({
          where: { module, targetDocumentId: { $in: chunk.map((row) => row.documentId) } },
          select: ['id', 'targetDocumentId'],
        })) as Array<Pick<SyncLinkRow, 'id' | 'targetDocumentId'>>;
        const idOf = new Map(existing.map((link) => [link.targetDocumentId, link.id]));
        const fresh: Array<Record<string, unknown>> = [];
        for (const { documentId, data } of chunk) {
          const id = idOf.get(documentId);
          if (id === undefined) fresh.push({ module, targetDocumentId: documentId, ...data });
          else await query().updateMany({ where: { id }, data });
        }
        if (fresh.length > 0) await query().createMany({ data: fresh });
      });
    }
  };

  const syncedData = (link: SyncedLink): Record<string, unknown> => {
    const { snapshot, ...fields } = link;
    return { ...fields, baseSnapshot: snapshot, state: 'synced', attempts: 0, lastError: null, refusal: null, intentAt: null, lastSyncedAt: now() };
  };

  return {
    async find(module: ModuleName, documentId: string): Promise<SyncLinkRow | null> {
      return (await query().findOne({ where: { module, targetDocumentId: documentId } })) as SyncLinkRow | null;
    },

    /** Every link's ids, without merge bases: what a phase needs to translate references to other modules. */
    async refs(): Promise<LinkRef[]> {
      return (await query().findMany({ select: ['module', 'targetDocumentId', 'billyId', 'billyResource'] })) as LinkRef[];
    },

    /** The links of one module with any of these Billy ids or document ids: ids only, a query per chunk. */
    async idsOf(module: ModuleName, ids: { billyIds?: readonly string[]; documentIds?: readonly string[] }): Promise<Array<{ targetDocumentId: string; billyId: string }>> {
      const found = new Map<string, { targetDocumentId: string; billyId: string }>();
      for (const [column, values] of [['billyId', ids.billyIds ?? []], ['targetDocumentId', ids.documentIds ?? []]] as const) {
        for (let start = 0; start < values.length; start += LINK_WRITE_CHUNK) {
          const rows = (await query().findMany({
            where: { module, billyId: { $notNull: true }, [column]: { $in: values.slice(start, start + LINK_WRITE_CHUNK) } },
            select: ['targetDocumentId', 'billyId'],
          })) as Array<{ targetDocumentId: string; billyId: string }>;
          for (const row of rows) found.set(row.targetDocumentId, row);
        }
      }
      return [...found.values()];
    },

    /**
     * Billy's values were just written into these documents by a pass of its own (the payment pass):
     * their last sync is now, so a synced record does not read as changed here since its last sync.
     */
    async recordPulled(module: ModuleName, documentIds: readonly string[]): Promise<void> {
      for (let start = 0; start < documentIds.length; start += LINK_WRITE_CHUNK) {
        const chunk = documentIds.slice(start, start + LINK_WRITE_CHUNK);
        await query().updateMany({ where: { module, state: 'synced', targetDocumentId: { $in: chunk } }, data: { lastSyncedAt: now() } });
      }
    },

    /** How many records failed their last sync and have not synced since. */
    async countFailing(): Promise<number> {
      return query().count({ where: { state: 'failed' } });
    },

    async findByModule(module: ModuleName): Promise<SyncLinkRow[]> {
      return (await query().findMany({ where: { module } })) as SyncLinkRow[];
    },

    /** The links of these documents, merge bases included: what a targeted run (one record, a save) pairs with. */
    async findByDocuments(module: ModuleName, documentIds: readonly string[]): Promise<SyncLinkRow[]> {
      const found: SyncLinkRow[] = [];
      for (let start = 0; start < documentIds.length; start += LINK_WRITE_CHUNK) {
        const chunk = documentIds.slice(start, start + LINK_WRITE_CHUNK);
        found.push(...((await query().findMany({ where: { module, targetDocumentId: { $in: chunk } } })) as SyncLinkRow[]));
      }
      return found;
    },

    /** What every link of one module claims in Billy, without merge bases: what matching a not yet linked document must avoid. */
    async claimsOf(module: ModuleName): Promise<LinkClaim[]> {
      return (await query().findMany({ where: { module }, select: ['targetDocumentId', 'billyId', 'syncKey', 'formerTwins'] })) as LinkClaim[];
    },

    async countOf(module: ModuleName): Promise<number> {
      return query().count({ where: { module } });
    },

    /**
     * Written before the POSTs (a whole phase's creates at once): a crash or lost answer after them
     * still leaves the key to search Billy by.
     */
    async recordIntents(
      module: ModuleName,
      intents: ReadonlyArray<{ documentId: string; syncKey: string | null; billyResource: string; formerTwins: FormerTwin[] }>
    ) {
      const intentAt = now();
      await upsertMany(
        module,
        intents.map(({ documentId, ...intent }) => ({ documentId, data: { ...intent, billyId: null, state: 'pending', intentAt } }))
      );
    },

    /** The merge bases of many records of one module (see WriteBackBatch), a transaction per chunk. */
    async recordSyncedMany(module: ModuleName, entries: ReadonlyArray<{ documentId: string; link: SyncedLink }>) {
      await upsertMany(
        module,
        entries.map(({ documentId, link }) => ({ documentId, data: syncedData(link) }))
      );
    },

    /**
     * A failed or refused attempt. `remoteHash` moves on when given (what Billy holds was taken in)
     * while `localHash` stays, so the Strapi change is still seen as pending next time.
     */
    async recordProblem(
      module: ModuleName,
      documentId: string,
      problem: { state: LinkState; reason: string; message: string; fields?: string[]; billyId?: string; billyResource?: string; remoteHash?: string; refusal?: Refusal }
    ) {
      const { state, reason, message, fields, ...known } = problem;
      const existing = await this.find(module, documentId);
      await upsert(module, documentId, {
        ...known,
        state,
        attempts: (existing?.attempts ?? 0) + 1,
        lastError: { reason, message, ...(fields ? { fields } : {}), at: now() },
      });
    },

    /** The state and last sync of these documents' links, by documentId (a document without a link is left out). */
    async statesOf(module: ModuleName, documentIds: readonly string[]): Promise<Map<string, Pick<SyncLinkRow, 'state' | 'lastSyncedAt'>>> {
      const rows = (await query().findMany({
        where: { module, targetDocumentId: { $in: [...documentIds] } },
        select: ['targetDocumentId', 'state', 'lastSyncedAt'],
      })) as Array<Pick<SyncLinkRow, 'targetDocumentId' | 'state' | 'lastSyncedAt'>>;
      return new Map(rows.map(({ targetDocumentId, ...row }) => [targetDocumentId, row]));
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
