import { billyInvoiceLineSchema, type BillyInvoiceInput, type BillyInvoiceLineInput } from '../../billy';
import type { LineView } from '../mapping/invoices';
import { invoiceMapping } from '../mapping/invoices';
import type { View } from '../mapping/types';
import { SyncRecordError } from '../errors';
import { byField, byKey } from '../matching';
import { invoiceItem } from '../remote/items';
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

const lineInputs = (lines: unknown): BillyInvoiceLineInput[] =>
  ((lines as LineView[] | null) ?? []).map((line) => filledFields({ ...line }, Object.keys(line)) as unknown as BillyInvoiceLineInput);

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
    remoteItems: async (remote) => (await remote.invoices()).filter((item) => (item.view.type ?? 'invoice') === type),
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
      const input = patchFields(patch, INVOICE_FIELDS) as Partial<BillyInvoiceInput>;
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
    async fetch(client, billyId) {
      const invoice = await client.invoices.get(billyId, { include: INVOICE_INCLUDE });
      return invoice ? invoiceItem(invoice) : null;
    },
    async findByKey(client, key) {
      const { records } = await client.invoices.list({ externalId: key, include: INVOICE_INCLUDE });
      return records[0] ? invoiceItem(records[0]) : null;
    },
  };
};

export const invoicesAdapter = invoicesAdapterFor('invoices');
export const creditNotesAdapter = invoicesAdapterFor('creditNotes');
