import type { Core, UID } from '@strapi/strapi';
import { MODULE_UIDS } from '../../../contracts';
import { displayNameOf } from '../services/record-labels';
import { currentSyncWrite, type DeferredTitles } from '../sync/sync-writes';

const INVOICE_UID = MODULE_UIDS.invoices as UID.CollectionType;
/** Changes to these types rename the drafts that name them as their customer. */
const CUSTOMER_RELATIONS: Record<string, 'organization' | 'contact'> = {
  [MODULE_UIDS.organizations]: 'organization',
  [MODULE_UIDS.contacts]: 'contact',
};

/** An invoice's fields its title is made of; a customer's fields that name it. */
const INVOICE_TITLE_FIELDS = ['invoiceNo', 'invoiceDate', 'organization', 'contact'] as const;
const NAME_FIELDS = ['name', 'firstName', 'lastName'] as const;

interface TitledInvoice {
  id: number;
  documentId: string;
  title?: string | null;
  invoiceNo?: string | null;
  invoiceDate?: string | null;
  organization?: { name?: string | null } | null;
  contact?: { name?: string | null; firstName?: string | null; lastName?: string | null } | null;
}

/**
 * The invoice's title in the Content Manager (its main field, in lists and relation pickers): its
 * number once Billy numbered it, else its customer and date — the same name the run log gives it,
 * and language-neutral, since it is stored.
 */
export const invoiceTitleOf = (invoice: Omit<TitledInvoice, 'id' | 'title'>): string => displayNameOf('invoices', invoice) ?? '';

/** Writes the title of the matching invoices where it changed, past the Document Service: no save, no on-save push, no updatedAt. */
export const refreshInvoiceTitles = async (strapi: Core.Strapi, filters: Record<string, unknown>): Promise<number> => {
  const invoices = (await strapi.documents(INVOICE_UID).findMany({
    filters: filters as never,
    fields: ['title', 'invoiceNo', 'invoiceDate'] as never,
    populate: { organization: { fields: ['name'] }, contact: { fields: ['name', 'firstName', 'lastName'] } } as never,
  })) as unknown as TitledInvoice[];
  let written = 0;
  for (const invoice of invoices) {
    const title = invoiceTitleOf(invoice);
    if (title === invoice.title) continue;
    // updateMany: the Query Engine's `update` sets updatedAt, and a title written after a sync would
    // make the invoice read "changed since the last sync" (its updateMany leaves updatedAt alone).
    await strapi.db.query(INVOICE_UID).updateMany({ where: { id: invoice.id }, data: { title } });
    written += 1;
  }
  return written;
};

/**
 * The invoice titles a set of saves changes: an invoice saved with what its title is made of, the
 * number-less invoices of a renamed customer. Noted per save, refreshed in one read per kind, so a
 * batch of sync writes costs one title read instead of one per document.
 */
export class InvoiceTitleRefresh implements DeferredTitles {
  private readonly invoices = new Set<string>();
  private readonly customers = { organization: new Set<string>(), contact: new Set<string>() };

  note(uid: string, action: 'create' | 'update', fields: readonly string[], documentId: string) {
    // Only a save that touches what the title is made of costs a read: a write-back of Billy's figures does not.
    const touches = (named: readonly string[]) => action === 'create' || fields.some((field) => named.includes(field));
    if (uid === INVOICE_UID && touches(INVOICE_TITLE_FIELDS)) this.invoices.add(documentId);
    const relation = CUSTOMER_RELATIONS[uid];
    if (relation && action === 'update' && touches(NAME_FIELDS)) this.customers[relation].add(documentId);
  }

  /** Refreshes what was noted since the last call. */
  async refresh(strapi: Core.Strapi): Promise<void> {
    const invoices = [...this.invoices];
    this.invoices.clear();
    if (invoices.length > 0) await refreshInvoiceTitles(strapi, { documentId: { $in: invoices } });
    for (const relation of ['organization', 'contact'] as const) {
      const renamed = [...this.customers[relation]];
      this.customers[relation].clear();
      if (renamed.length > 0) await refreshInvoiceTitles(strapi, { [relation]: { documentId: { $in: renamed } }, invoiceNo: { $null: true } });
    }
  }
}

/**
 * Document Service middleware keeping invoice titles current: after an invoice is saved (by a
 * person, an invoice action or the sync), and after a customer is renamed. A sync write that
 * defers its titles leaves them to its writer, which refreshes a whole batch at once.
 */
export const registerInvoiceTitles = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.action !== 'create' && context.action !== 'update') return result;
    const documentId = (result as { documentId?: string } | null)?.documentId;
    if (!documentId) return result;
    const fields = Object.keys(((context.params as { data?: object } | undefined)?.data ?? {}) as object);
    const deferred = currentSyncWrite()?.titles;
    if (deferred) {
      deferred.note(context.uid, context.action, fields, documentId);
      return result;
    }
    const titles = new InvoiceTitleRefresh();
    titles.note(context.uid, context.action, fields, documentId);
    await titles.refresh(strapi);
    return result;
  });
};
