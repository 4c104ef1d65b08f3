/** invoiceLines: every line needs a product; changing lines re-derives the invoice's totals (billy-api.md §4.4). */
import {
  AttributeErrors,
  amount,
  integer,
  nullableAmount,
  nullableOneOf,
  nullableText,
  overlay,
  text,
  type FieldSpecs,
  type JsonObject,
} from '../fields';
import { DISCOUNT_MODES, type InvoiceRecord, type SandboxInvoiceLine } from '../records';
import type { Transaction } from '../transaction';
import { equalsFilter } from './filters';
import { calculateInvoice, linesOf, putCalculated } from './invoice-calculation';
import type { ResourceDefinition } from './resource';
import { checkReference, checkUnchanged, newIdFor } from './write-helpers';

const LINE_FIELDS: FieldSpecs<SandboxInvoiceLine> = {
  productId: text,
  description: nullableText,
  quantity: amount,
  unitPrice: amount,
  discountText: nullableText,
  discountMode: nullableOneOf(DISCOUNT_MODES),
  discountValue: nullableAmount,
  priority: integer,
};

/** A new line of `invoiceId` (amounts are derived later), for a direct create or an invoice's nested save. */
export function buildInvoiceLine(
  tx: Transaction,
  input: JsonObject,
  invoiceId: string,
  priority: number,
  errors: AttributeErrors,
): SandboxInvoiceLine {
  const blank: SandboxInvoiceLine = {
    id: newIdFor(tx, 'invoiceLines', input, errors),
    invoiceId,
    productId: '',
    description: null,
    quantity: 1,
    unitPrice: 0,
    discountText: null,
    discountMode: null,
    discountValue: null,
    priority,
    amount: 0,
    tax: 0,
    taxRateId: null,
  };
  const line = overlay(blank, input, LINE_FIELDS, errors);
  checkReference(tx, errors, 'productId', line.productId, 'products', true);
  if (!('unitPrice' in input)) errors.add('unitPrice', 'is required');
  return line;
}

/** Lines can only change while their invoice is a draft. */
function checkDraftInvoice(invoice: InvoiceRecord | undefined, errors: AttributeErrors): void {
  if (invoice?.state === 'approved') errors.add('invoiceId', 'refers to an approved invoice, which cannot be changed');
}

function saveWithInvoice(tx: Transaction, invoice: InvoiceRecord, lines: SandboxInvoiceLine[]): void {
  putCalculated(tx, calculateInvoice(tx, invoice, lines));
}

export const invoiceLines: ResourceDefinition<SandboxInvoiceLine> = {
  plural: 'invoiceLines',
  singular: 'invoiceLine',
  filters: { invoiceId: equalsFilter('invoiceId'), productId: equalsFilter('productId') },
  sortProperties: ['priority', 'amount', 'description'],
  relations: {
    invoice: { kind: 'belongsTo', target: 'invoices', foreignKey: 'invoiceId' },
    product: { kind: 'belongsTo', target: 'products', foreignKey: 'productId' },
    taxRate: { kind: 'belongsTo', target: 'taxRates', foreignKey: 'taxRateId' },
  },
  writer: {
    table: 'invoiceLines',
    create(tx, input) {
      const errors = new AttributeErrors();
      const invoiceId = typeof input.invoiceId === 'string' ? input.invoiceId : null;
      checkReference(tx, errors, 'invoiceId', invoiceId, 'invoices', true);
      const invoice = invoiceId === null ? undefined : tx.get('invoices', invoiceId);
      checkDraftInvoice(invoice, errors);
      const siblings = invoice ? linesOf(tx, invoice.id) : [];
      const nextPriority = Math.max(-1, ...siblings.map((line) => line.priority)) + 1;
      const line = buildInvoiceLine(tx, input, invoiceId ?? '', nextPriority, errors);
      errors.throwIfAny('invoiceLine');
      if (invoice) saveWithInvoice(tx, invoice, [...siblings, line]);
    },
    update(tx, existing, input) {
      const errors = new AttributeErrors();
      const line = overlay(existing, input, { ...LINE_FIELDS, invoiceId: text }, errors);
      checkUnchanged(existing, line, ['invoiceId'], errors);
      checkReference(tx, errors, 'productId', line.productId, 'products', true);
      const invoice = tx.get('invoices', existing.invoiceId);
      checkDraftInvoice(invoice, errors);
      errors.throwIfAny('invoiceLine');
      if (invoice) saveWithInvoice(tx, invoice, linesOf(tx, invoice.id).map((other) => (other.id === line.id ? line : other)));
    },
    remove(tx, existing) {
      const errors = new AttributeErrors();
      const invoice = tx.get('invoices', existing.invoiceId);
      checkDraftInvoice(invoice, errors);
      const remaining = invoice ? linesOf(tx, invoice.id).filter((line) => line.id !== existing.id) : [];
      if (invoice && remaining.length === 0) errors.add('id', 'is the last line of its invoice, which needs at least one');
      errors.throwIfAny('invoiceLine');
      tx.remove('invoiceLines', existing.id);
      if (invoice) saveWithInvoice(tx, invoice, remaining);
    },
  },
};
