import { setImmediate as nextTurn } from 'timers/promises';
import type { Core, UID } from '@strapi/strapi';
import { MODULE_UIDS } from '../../../contracts';
import { InvoiceTitleRefresh } from '../content-manager/invoice-title';
import type { SyncAdapter } from './adapters';
import type { LocalDocument } from './mapping';
import { asSyncWrite } from './sync-writes';

/** Attribute types a `populate` reads; every other attribute is a column of the document's own row. */
const NESTED_TYPES = new Set(['relation', 'component', 'dynamiczone', 'media']);
/** Documents read per query when a phase loads its module. */
const LOAD_PAGE_SIZE = 1000;

/**
 * The Strapi side of a phase, through the Document Service (a write-back of plain fields through the
 * Query Engine, see `update`). Writes run as sync writes, so an on-save hook can tell them from a
 * user's edit and not send them back to Billy as a change, and the invoice titles they change wait
 * for `refreshTitles`.
 */
export const documentStore = (strapi: Core.Strapi, adapter: SyncAdapter) => {
  const uid = MODULE_UIDS[adapter.module] as UID.CollectionType;
  const documents = () => strapi.documents(uid);
  const populate = adapter.populate as never;
  const contentType = strapi.contentType(uid);
  const attributes = contentType.attributes as Record<string, { type: string }>;
  const titles = new InvoiceTitleRefresh();
  const syncWrite = { titles };
  const disappeared = (documentId: string) => new Error(`${adapter.module} document ${documentId} disappeared during the sync`);
  // Strapi's validator builds a check for every attribute of the model it is given: given only the
  // written ones, it checks what is written at a tenth of the cost.
  const modelsByFields = new Map<string, typeof contentType>();
  const modelOf = (fields: readonly string[]) => {
    const key = [...fields].sort().join(',');
    let model = modelsByFields.get(key);
    if (!model) {
      model = { ...contentType, attributes: Object.fromEntries(fields.map((field) => [field, contentType.attributes[field]])) } as typeof contentType;
      modelsByFields.set(key, model);
    }
    return model;
  };

  return {
    /**
     * Every document of the phase (or just the given ones), read a page at a time: a populate over
     * all of them at once binds one SQL variable per document, beyond SQLite's limit in a large book.
     */
    async load(onlyDocumentIds: ReadonlySet<string> | null): Promise<LocalDocument[]> {
      const parts = [adapter.documentFilters, onlyDocumentIds ? { documentId: { $in: [...onlyDocumentIds] } } : null].filter((part) => part !== null);
      const filters = parts.length > 1 ? { $and: parts } : parts[0];
      const all: LocalDocument[] = [];
      for (let start = 0; ; start += LOAD_PAGE_SIZE) {
        const page = (await documents().findMany({ populate, sort: 'id', start, limit: LOAD_PAGE_SIZE, ...(filters ? { filters: filters as never } : {}) })) as LocalDocument[];
        all.push(...page);
        if (page.length < LOAD_PAGE_SIZE) return all;
      }
    },

    /**
     * Writes Billy's values into the documents and answers them as saved, in order, populated like
     * `load`. Most write-backs set only plain fields (Billy's figures, a generated number, a value
     * merged from Billy): those leave relations and components as they were, so they are taken
     * from `before`, and such a write skips the Document Service's per-update work (a schema
     * validator built for every attribute, three reads of the row, a deeply populated read for
     * the entry.update event: about 5 ms of CPU per record, more than the rest of its sync
     * together). Instead Strapi's validator checks the written attributes, the Query Engine
     * writes each row in one statement (its updateMany lifecycles run; updatedAt is set here, as
     * Strapi's timestamps only set it for an updateMany of an array), the rows are
     * read back in one query, and entry.update goes out after the commit with the document as
     * the sync holds it. Other Document Service middlewares do not see these writes.
     */
    async updateAll(writes: ReadonlyArray<{ before: LocalDocument; data: Record<string, unknown> }>): Promise<LocalDocument[]> {
      const saved: Array<LocalDocument | undefined> = [];
      const plainIds: number[] = [];
      for (const [index, { before, data }] of writes.entries()) {
        const { documentId } = before;
        const fields = Object.keys(data);
        if (fields.every((field) => !NESTED_TYPES.has(attributes[field]?.type ?? 'relation'))) {
          const valid = await strapi.entityValidator.validateEntityUpdate(modelOf(fields), data as never, { isDraft: false }, before as never);
          const { count } = await strapi.db.query(uid).updateMany({ where: { id: before.id as number }, data: { ...valid, updatedAt: new Date() } });
          if (count === 0) throw disappeared(documentId);
          titles.note(uid, 'update', fields, documentId);
          plainIds.push(before.id as number);
        } else {
          const written = await asSyncWrite(syncWrite, () => documents().update({ documentId, data: data as never, populate }));
          if (!written) throw disappeared(documentId);
          saved[index] = written as LocalDocument;
        }
        // SQLite answers synchronously: a turn of the event loop between writes lets Billy's
        // answers to the other records in progress be handled meanwhile.
        await nextTurn();
      }
      if (plainIds.length === 0) return saved as LocalDocument[];
      const rows = new Map(((await strapi.db.query(uid).findMany({ where: { id: { $in: plainIds } } })) as LocalDocument[]).map((row) => [row.id, row]));
      const updated = writes.map(({ before }, index) => saved[index] ?? ({ ...before, ...rows.get(before.id) } as LocalDocument));
      const announce = () => {
        for (const [index, entry] of updated.entries()) if (!saved[index]) void strapi.eventHub.emit('entry.update', { model: contentType.modelName, uid, entry });
      };
      if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }) => onCommit(announce));
      else announce();
      return updated;
    },

    /** One document's write-back (see updateAll). */
    async update(before: LocalDocument, data: Record<string, unknown>): Promise<LocalDocument> {
      const [saved] = await this.updateAll([{ before, data }]);
      return saved;
    },

    async create(data: Record<string, unknown>): Promise<LocalDocument> {
      return (await asSyncWrite(syncWrite, () => documents().create({ data: data as never, populate }))) as LocalDocument;
    },

    /** Refreshes the invoice titles the writes since the last call changed (one read per kind). */
    refreshTitles: () => titles.refresh(strapi),
  };
};

export type DocumentStore = ReturnType<typeof documentStore>;
