import { billyInvoiceLineSchema, type BillyInvoiceInput, type BillyInvoiceLineInput } from '../../billy';
import { assertUpdatable, updatableFields } from '../creation-only';
import { SyncRecordError } from '../errors';
import { invoiceRecipient } from '../mapping/invoice-contact';
import type { LineView } from '../mapping/invoices';
import { invoiceMapping } from '../mapping/invoices';
import type { LocalDocument, MappingContext, View } from '../mapping/types';
import { byField, byKey } from '../matching';
import { invoiceItem, type RemoteItem } from '../remote/items';
import { INVOICE_INCLUDE } from '../remote/remote-data';
import { keepFromBefore, savedChildren } from '../remote/saved';
import { filledFields, patchFields, type Phase, type SyncAdapter } from './types';

/** What a draft accepts; `type`, `contactId` and `creditedInvoiceId` only matter on create (Billy refuses changes). */
export const INVOICE_FIELDS = [
  'type',
  'contactId',
  'attContactPersonId',
  'entryDate',
  'currencyId',
  'taxMode',
  'paymentTermsMode',
  'paymentTermsDays',
  'contactMessage',
  'creditedInvoiceId',
] as const;

const UPDATABLE_FIELDS = updatableFields('invoices', INVOICE_FIELDS);

/** The lines as Billy takes them; every line needs a Billy product, so none is ever sent without one. */
const lineInputs = (lines: unknown): BillyInvoiceLineInput[] => {
  const views = (lines as LineView[] | null) ?? [];
  const missing = views.findIndex((line) => !line.productId);
  if (missing !== -1) {
    throw new SyncRecordError('dependency', `Line ${missing + 1} has no product in Billy: choose a product that is synced to Billy (every Billy invoice line needs one).`);
  }
  return views.map((line) => filledFields({ ...line }, Object.keys(line)) as unknown as BillyInvoiceLineInput);
};

/**
 * Where Billy's invoice must stand against the document. Its customer: "invoices go to" decides
 * the Billy contact when an invoice is created and never re-targets it, so while the document's
 * organization or person is still that contact, the view keeps it. Its lines' products: a line
 * whose product was deleted in Strapi keeps the Billy product it has (a warning says so), since
 * Billy refuses a line without one.
 */
export const settleInvoice = (view: View, remote: RemoteItem, doc: LocalDocument, ctx: MappingContext): { view: View; warning: string | null } => {
  const settled = { ...view };
  if ('contactId' in view && view.contactId !== remote.view.contactId) {
    const candidates = (['organizations', 'contacts'] as const).map((module) => invoiceRecipient(doc, { ...ctx, invoicePriorityModule: module }));
    const standing = candidates.find((recipient) => recipient.contactId !== null && recipient.contactId === remote.view.contactId);
    if (standing) {
      settled.contactId = standing.contactId;
      if ('attContactPersonId' in view) settled.attContactPersonId = standing.attContactPersonId;
    }
  }
  const localLines = Array.isArray(view.lines) ? (view.lines as LineView[]) : null;
  const remoteLines = (remote.view.lines as LineView[] | null) ?? [];
  const kept: string[] = [];
  if (localLines) {
    settled.lines = localLines.map((line, index) => {
      const billyProduct = remoteLines[index]?.productId;
      if (line.productId || !billyProduct) return line;
      kept.push(`line ${index + 1}`);
      return { ...line, productId: billyProduct };
    });
  }
  const warning = kept.length > 0 ? `The product of ${kept.join(', ')} is not in Strapi any more: the Billy invoice keeps its product.` : null;
  return { view: settled, warning };
};

/**
 * Invoices and credit notes ↔ Billy invoices, lines nested (one request per invoice). Drafts
 * unless approval is asked for; the planner never sends a change to an approved one.
 */
const invoicesAdapterFor = (phase: Extract<Phase, 'invoices' | 'creditNotes'>): SyncAdapter => {
  const type = phase === 'creditNotes' ? 'creditNote' : 'invoice';
  return {
    phase,
    module: 'invoices',
    mapping: invoiceMapping,
    populate: {
      organization: { fields: ['documentId'] },
      contact: { fields: ['documentId'], populate: { organization: { fields: ['documentId'] } } },
      creditedInvoice: { fields: ['documentId'] },
      lines: { populate: { product: { fields: ['documentId'] } } },
    },
    // A document without a kind is an invoice.
    documentFilters: type === 'creditNote' ? { kind: 'creditNote' } : { $or: [{ kind: 'invoice' }, { kind: { $null: true } }] },
    // Every invoice, so a link still resolves after the document's kind changed; only its own kind is matched or imported.
    remoteItems: (remote) => remote.invoices(),
    owns: (item) => (item.view.type ?? 'invoice') === type,
    settle: settleInvoice,
    resourceFor: () => 'invoices',
    fieldsOf: () => null,
    matchRules: () => [byKey('externalId'), byField('invoiceNo')],
    keyField: () => 'externalId',
    archivableInBilly: false,
    archivableInStrapi: false,
    async create(client, values, { key, settings }) {
      // Billy would take an invoice without a customer and refuse it as invalid: name what to sync first instead.
      if (!values.contactId) {
        const [preferred, other] = settings.invoicePriorityModule === 'contacts' ? ['contact', 'organization'] : ['organization', 'contact'];
        throw new SyncRecordError('dependency', `Its customer is not in Billy yet: sync its ${preferred} (or its ${other}) first.`);
      }
      const approve = settings.approveInvoices || values.state === 'approved';
      const input = {
        ...filledFields(values, INVOICE_FIELDS),
        type,
        lines: lineInputs(values.lines),
        externalId: key,
        state: approve ? 'approved' : 'draft',
      } as BillyInvoiceInput;
      const { record, changed } = await client.invoices.create(input);
      const lines = savedChildren(changed, 'invoiceLines', billyInvoiceLineSchema);
      return lines ? invoiceItem({ ...record, lines }) : record.id;
    },
    async update(client, item, patch: View) {
      assertUpdatable('invoices', patch);
      const input = patchFields(patch, UPDATABLE_FIELDS) as Partial<BillyInvoiceInput>;
      if ('lines' in patch) input.lines = lineInputs(patch.lines);
      // draft → approved is the only state change Billy allows (a per-invoice approval in Strapi).
      if (patch.state === 'approved') input.state = 'approved';
      if (Object.keys(input).length === 0) return item;
      const { record, changed } = await client.invoices.update(item.billyId, input, { idempotent: true });
      if (!input.lines) return keepFromBefore(invoiceItem({ ...record, lines: [] }), item, ['lines']);
      const lines = savedChildren(changed, 'invoiceLines', billyInvoiceLineSchema);
      return lines && invoiceItem({ ...record, lines });
    },
    archive: async () => {
      throw new Error('invoices are never archived or deleted by the sync');
    },
    async retire(client, twin) {
      // Only drafts are ever retired (an approved invoice needs a credit note); DELETE is idempotent.
      await client.invoices.remove(twin.billyId);
      return 'removed';
    },
    retiresBeforeCreate: true,
    async fetch(client, billyId) {
      const invoice = await client.invoices.get(billyId, { include: INVOICE_INCLUDE });
      return invoice ? invoiceItem(invoice) : null;
    },
    async findByKey(client, key) {
      const { records } = await client.invoices.list({ externalId: key, include: INVOICE_INCLUDE });
      // Billy might ignore the filter: only an invoice that carries the key is ours.
      const found = records.find((invoice) => invoice.externalId === key);
      return found ? invoiceItem(found) : null;
    },
  };
};

export const invoicesAdapter = invoicesAdapterFor('invoices');
export const creditNotesAdapter = invoicesAdapterFor('creditNotes');
