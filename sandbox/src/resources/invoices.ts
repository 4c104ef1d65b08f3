/** invoices and credit notes, with nested lines; draft → approved is the only state change (billy-api.md §4.4, §4.5, §5). */
import { isIsoDate } from '../dates';
import type { AnyRecord } from '../data-view';
import { invalidRequest, RecordValidationError } from '../errors';
import {
  AttributeErrors,
  amount,
  bool,
  childInputs,
  fail,
  isoDate,
  nullableInteger,
  nullableOneOf,
  nullableText,
  ok,
  oneOf,
  overlay,
  text,
  type FieldSpecs,
  type JsonObject,
  type Parser,
} from '../fields';
import type { SandboxSwitches } from '../public-types';
import {
  INVOICE_STATES,
  PAYMENT_TERMS_MODES,
  SENT_STATES,
  TAX_MODES,
  type InvoiceRecord,
  type SandboxInvoice,
} from '../records';
import type { Transaction } from '../transaction';
import { booleanFilter, containsText, equalsFilter } from './filters';
import { calculateInvoice, linesOf, putCalculated, resolvePaymentTerms } from './invoice-calculation';
import { buildInvoiceLine } from './invoice-lines';
import { settleInvoice } from './bank-payments';
import type { RecordFilter, ResourceDefinition, ResourceWriter } from './resource';
import { checkOrganizationId, checkReference, checkUnchanged, createdTimeFor, newIdFor } from './write-helpers';

/** The credit-note literal on the wire is a switch (billy-api.md §4.5); records store 'creditNote'. */
function wireType(type: InvoiceRecord['type'], switches: SandboxSwitches): SandboxInvoice['type'] {
  return type === 'invoice' ? 'invoice' : switches.creditNoteType;
}

function invoiceTypeParser(switches: SandboxSwitches): Parser<InvoiceRecord['type']> {
  return (value) => {
    if (value === 'invoice') return ok('invoice');
    if (value === switches.creditNoteType) return ok('creditNote');
    return fail(`must be invoice or ${switches.creditNoteType}`);
  };
}

function invoiceFields(tx: Transaction): FieldSpecs<InvoiceRecord> {
  const fields: FieldSpecs<InvoiceRecord> = {
    type: invoiceTypeParser(tx.switches),
    contactId: text,
    attContactPersonId: nullableText,
    entryDate: isoDate,
    paymentTermsMode: nullableOneOf(PAYMENT_TERMS_MODES),
    paymentTermsDays: nullableInteger,
    // Only honoured with paymentTermsMode 'date'; otherwise derived from the terms.
    dueDate: isoDate,
    state: oneOf(INVOICE_STATES),
    invoiceNo: nullableText,
    taxMode: oneOf(TAX_MODES),
    currencyId: text,
    contactMessage: nullableText,
    creditedInvoiceId: nullableText,
    orderNo: nullableText,
  };
  // Whether the API accepts externalId is UNCONFIRMED (billy-api.md §8.2); seeds can always set it.
  if (tx.switches.externalIdOnCreate || tx.trusted) fields.externalId = nullableText;
  // Payment status changes through bankPayments (./bank-payments.ts) and sentState by sending; seeds set them directly.
  if (tx.trusted) Object.assign(fields, { isPaid: bool, balance: amount, sentState: oneOf(SENT_STATES), approvedTime: nullableText });
  return fields;
}

function blankInvoice(tx: Transaction, input: JsonObject, errors: AttributeErrors): InvoiceRecord {
  return {
    id: newIdFor(tx, 'invoices', input, errors),
    organizationId: tx.organization.id,
    type: 'invoice',
    createdTime: createdTimeFor(tx, input),
    approvedTime: null,
    contactId: '',
    attContactPersonId: null,
    entryDate: '',
    paymentTermsMode: null,
    paymentTermsDays: null,
    dueDate: '',
    state: 'draft',
    sentState: 'unsent',
    invoiceNo: null,
    taxMode: tx.organization.defaultTaxMode,
    currencyId: tx.organization.baseCurrencyId,
    exchangeRate: 1,
    contactMessage: null,
    lineDescription: '',
    amount: 0,
    tax: 0,
    grossAmount: 0,
    balance: 0,
    isPaid: false,
    creditedInvoiceId: null,
    orderNo: null,
    externalId: null,
  };
}

/** `type`, `contactId` and `creditedInvoiceId` never change; an approved invoice accepts no change at all. */
function checkChangeAllowed(
  existing: InvoiceRecord,
  next: InvoiceRecord,
  input: JsonObject,
  fields: FieldSpecs<InvoiceRecord>,
  replacesLines: boolean,
  errors: AttributeErrors,
): void {
  checkUnchanged(existing, next, ['type', 'contactId', 'creditedInvoiceId'], errors);
  if (existing.state !== 'approved') return;
  const changed = (Object.keys(fields) as Array<keyof InvoiceRecord>).filter((field) => field in input && next[field] !== existing[field]);
  for (const field of replacesLines ? [...changed, 'lines'] : changed) errors.add(field, 'cannot be changed on an approved invoice');
}

function checkInvoice(tx: Transaction, invoice: InvoiceRecord, errors: AttributeErrors): void {
  checkReference(tx, errors, 'contactId', invoice.contactId, 'contacts', true);
  if (!invoice.entryDate) errors.add('entryDate', 'is required');
  checkReference(tx, errors, 'currencyId', invoice.currencyId, 'currencies', true);
  if (invoice.attContactPersonId !== null && tx.get('contactPersons', invoice.attContactPersonId)?.contactId !== invoice.contactId) {
    errors.add('attContactPersonId', "must be one of the contact's contact persons");
  }
  checkReference(tx, errors, 'creditedInvoiceId', invoice.creditedInvoiceId, 'invoices', false);
  if (invoice.creditedInvoiceId !== null && invoice.type === 'invoice') errors.add('creditedInvoiceId', 'is only allowed on credit notes');
  if (resolvePaymentTerms(tx, invoice).mode === 'date' && !invoice.dueDate) errors.add('dueDate', 'is required with paymentTermsMode date');
  if (invoice.invoiceNo !== null) {
    const taken = tx.list('invoices').some((other) => other.id !== invoice.id && other.invoiceNo === invoice.invoiceNo);
    if (invoice.invoiceNo.trim() === '') errors.add('invoiceNo', 'must not be empty');
    else if (taken) errors.add('invoiceNo', 'is already used by another invoice');
  }
}

/** The next free number of the organization's sequence; credit notes share it (UNCONFIRMED, billy-api.md §4.5). */
function takeInvoiceNo(tx: Transaction): string {
  const taken = new Set(tx.list('invoices').map((invoice) => invoice.invoiceNo));
  let next = tx.organization.nextInvoiceNo;
  while (taken.has(String(next))) next += 1;
  tx.organization.nextInvoiceNo = next + 1;
  return String(next);
}

/** Drafts carry no number; approval stamps the time and takes a number unless one was given. */
function approve(tx: Transaction, invoice: InvoiceRecord): InvoiceRecord {
  return { ...invoice, approvedTime: invoice.approvedTime ?? tx.now, invoiceNo: invoice.invoiceNo ?? takeInvoiceNo(tx) };
}

function saveInvoice(tx: Transaction, existing: InvoiceRecord | undefined, input: JsonObject): void {
  const errors = new AttributeErrors();
  checkOrganizationId(tx, input, errors);
  const fields = invoiceFields(tx);
  const invoice = overlay(existing ?? blankInvoice(tx, input, errors), input, fields, errors);
  const lineInputs = childInputs(input, 'lines', errors);
  // Read-only like balance, but Billy answered a PUT of it with an error (billy-api.md §4.4, Tekup's probe).
  if (!tx.trusted && 'sentState' in input && input.sentState !== (existing?.sentState ?? 'unsent')) {
    errors.add('sentState', 'is read-only: Billy sets it when the invoice is sent (POST /invoices/:id/emails)');
  }
  if (existing) checkChangeAllowed(existing, invoice, input, fields, lineInputs !== undefined, errors);
  checkInvoice(tx, invoice, errors);
  const lines =
    lineInputs?.map((line, index) => buildInvoiceLine(tx, line, invoice.id, index, errors.nested(`lines[${index}].`))) ??
    linesOf(tx, invoice.id);
  if (lines.length === 0) errors.add('lines', 'must contain at least one line');
  errors.throwIfAny('invoice');

  const approved = invoice.state === 'approved' && existing?.state !== 'approved' ? approve(tx, invoice) : invoice;
  // A has-many array in the body replaces every existing line (billy-api.md §2.3).
  if (lineInputs) for (const old of linesOf(tx, invoice.id)) tx.remove('invoiceLines', old.id);
  const calculated = calculateInvoice(tx, approved, lines);
  // Payment status belongs to the bank payments: saving an approved invoice keeps it, a seed may set it.
  if (existing?.state === 'approved') Object.assign(calculated.invoice, { balance: existing.balance, isPaid: existing.isPaid });
  else if (tx.trusted && 'balance' in input) calculated.invoice.balance = invoice.balance;
  putCalculated(tx, calculated);
  // An approved credit note lowers what the invoice it credits still owes.
  if (approved.type === 'creditNote' && approved.state === 'approved' && approved.creditedInvoiceId) settleInvoice(tx, approved.creditedInvoiceId);
}

const dateBound =
  (compare: (entryDate: string, bound: string) => boolean, name: string): RecordFilter =>
  (record, value) => {
    if (!isIsoDate(value)) throw invalidRequest(`The ${name} parameter must be a date (YYYY-MM-DD).`);
    return compare(record.entryDate as string, value);
  };

/** Free text over number, order number, contact name, line descriptions and amounts (billy-api.md §2.6). */
const invoiceSearch: RecordFilter = (record, value, { view }) => {
  const contact = view.find('contacts', record.contactId as string);
  const lines = view.rows('invoiceLines').filter((line) => line.invoiceId === record.id);
  return (
    containsText(record, ['invoiceNo', 'orderNo', 'lineDescription'], value) ||
    (contact !== undefined && containsText(contact, ['name'], value)) ||
    lines.some((line) => containsText(line, ['description'], value)) ||
    [record.amount, record.grossAmount].some((total) => String(total).includes(value))
  );
};

export const invoiceWriter: ResourceWriter<InvoiceRecord> = {
  table: 'invoices',
  create: (tx, input) => saveInvoice(tx, undefined, input),
  update: (tx, existing, input) => saveInvoice(tx, existing, input),
  remove(tx, existing) {
    // How Billy treats deleting an approved invoice is UNCONFIRMED (billy-api.md §5); credit notes are the way out.
    if (existing.state === 'approved') {
      throw new RecordValidationError('invoice', 'Approved invoices cannot be deleted; issue a credit note instead.');
    }
    tx.remove('invoices', existing.id);
    for (const line of linesOf(tx, existing.id)) tx.remove('invoiceLines', line.id);
  },
};

export const invoices: ResourceDefinition<InvoiceRecord> = {
  plural: 'invoices',
  singular: 'invoice',
  filters: {
    contactId: equalsFilter('contactId'),
    state: equalsFilter('state'),
    isPaid: booleanFilter('isPaid'),
    creditedInvoiceId: equalsFilter('creditedInvoiceId'),
    externalId: equalsFilter('externalId'),
    invoiceNo: equalsFilter('invoiceNo'),
    currencyId: equalsFilter('currencyId'),
    type: (record, value, { switches }) => wireType(record.type as InvoiceRecord['type'], switches) === value,
    minEntryDate: dateBound((entryDate, bound) => entryDate >= bound, 'minEntryDate'),
    maxEntryDate: dateBound((entryDate, bound) => entryDate <= bound, 'maxEntryDate'),
    q: invoiceSearch,
  },
  sortProperties: [
    'entryDate',
    'dueDate',
    'createdTime',
    'invoiceNo',
    'lineDescription',
    'amount',
    'grossAmount',
    'balance',
    'contact.name',
    'approvedTime',
    'orderNo',
  ],
  relations: {
    lines: { kind: 'hasMany', target: 'invoiceLines', foreignKey: 'invoiceId', idsKey: 'lineIds' },
    contact: { kind: 'belongsTo', target: 'contacts', foreignKey: 'contactId' },
    attContactPerson: { kind: 'belongsTo', target: 'contactPersons', foreignKey: 'attContactPersonId' },
    currency: { kind: 'belongsTo', target: 'currencies', foreignKey: 'currencyId' },
  },
  writer: invoiceWriter,
  present(record, { switches, origin }): AnyRecord {
    // A fake, stable PDF address on the sandbox origin; Billy's shape is …/draft-invoice.pdf while draft.
    const file = record.state === 'draft' ? 'draft-invoice.pdf' : `invoice-${record.invoiceNo}.pdf`;
    const invoice: SandboxInvoice = {
      ...record,
      type: wireType(record.type, switches),
      downloadUrl: `${origin}/_sandbox/files/invoices/${record.id}/${file}`,
    };
    return invoice;
  },
};
