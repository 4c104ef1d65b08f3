import type { Core, UID } from '@strapi/strapi';
import { MODULE_UIDS } from '../../../contracts';
import type { SyncAdapter } from './adapters';
import type { LocalDocument } from './mapping';
import { asSyncWrite } from './sync-writes';

/** Attribute types a `populate` reads; every other attribute is a column of the document's own row. */
const NESTED_TYPES = new Set(['relation', 'component', 'dynamiczone', 'media']);
/** Documents read per query when a phase loads its module. */
const LOAD_PAGE_SIZE = 1000;

/**
 * The Strapi side of a phase, through the Document Service. Writes run as sync writes, so an
 * on-save hook can tell them from a user's edit and not send them back to Billy as a change.
 */
export const documentStore = (strapi: Core.Strapi, adapter: SyncAdapter, runId: number) => {
  const documents = () => strapi.documents(MODULE_UIDS[adapter.module] as UID.CollectionType);
  const populate = adapter.populate as never;
  const attributes = strapi.contentType(MODULE_UIDS[adapter.module] as UID.ContentType).attributes as Record<string, { type: string }>;

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
     * Returns the document as saved, populated like `load`. Writing only plain fields (Billy's
     * figures, a generated number) leaves relations and components as they were, so those are taken
     * from `before` instead of being read again.
     */
    async update(before: LocalDocument, data: Record<string, unknown>): Promise<LocalDocument> {
      const { documentId } = before;
      const plain = Object.keys(data).every((field) => !NESTED_TYPES.has(attributes[field]?.type ?? 'relation'));
      const saved = await asSyncWrite({ runId }, () => documents().update({ documentId, data: data as never, ...(plain ? {} : { populate }) }));
      if (!saved) throw new Error(`${adapter.module} document ${documentId} disappeared during the sync`);
      return (plain ? { ...before, ...saved } : saved) as LocalDocument;
    },

    async create(data: Record<string, unknown>): Promise<LocalDocument> {
      return (await asSyncWrite({ runId }, () => documents().create({ data: data as never, populate }))) as LocalDocument;
    },
  };
};

export type DocumentStore = ReturnType<typeof documentStore>;
