/**
 * bankPayments: a payment booked on a cash account and associated with invoices (billy-api.md §4.4:
 * `{bankPayment:{entryDate, cashAmount, cashSide, cashAccountId, associations:[{subjectReference:"invoice:<id>"}]}}`).
 * A payment is immutable once made; voiding it (`isVoided: true`, the only change accepted — the
 * void route is UNCONFIRMED) reverses its effect on the invoices' balance. DELETE answers 405, as
 * reported for Billy (billy-api.md §3.1).
 */
import { methodNotAllowed } from '../errors';
import { AttributeErrors, amount, bool, isoDate, oneOf, overlay, type FieldSpecs, type JsonObject } from '../fields';
import type { BankPaymentRecord, InvoiceRecord } from '../records';
import { REFERENCE } from '../reference-data';
import type { Transaction } from '../transaction';
import { equalsFilter } from './filters';
import type { ResourceDefinition, ResourceWriter } from './resource';
import { checkOrganizationId, createdTimeFor, newIdFor } from './write-helpers';

const INVOICE_REFERENCE = /^invoice:(.+)$/;

/** The invoice ids a payment's associations name. */
const associatedInvoiceIds = (payment: BankPaymentRecord): string[] =>
  payment.associations.flatMap((association) => INVOICE_REFERENCE.exec(association.subjectReference)?.[1] ?? []);

/**
 * What an approved invoice still owes: its gross amount less the live payments associated with it
 * and the approved credit notes that credit it. Drafts owe their gross amount (nothing is booked).
 */
export function remainingBalance(tx: Transaction, invoice: InvoiceRecord, grossAmount: number): number {
  if (invoice.state !== 'approved' || invoice.type !== 'invoice') return grossAmount;
  const paid = tx
    .list('bankPayments')
    .filter((payment) => !payment.isVoided && associatedInvoiceIds(payment).includes(invoice.id))
    .reduce((sum, payment) => sum + (payment.cashSide === 'debit' ? payment.cashAmount : -payment.cashAmount), 0);
  const credited = tx
    .list('invoices')
    .filter((other) => other.type === 'creditNote' && other.state === 'approved' && other.creditedInvoiceId === invoice.id)
    .reduce((sum, creditNote) => sum + creditNote.grossAmount, 0);
  return Math.round((grossAmount - paid - credited) * 100) / 100;
}

/** Brings an invoice's balance and isPaid up to date after a payment, a void or a credit note. */
export function settleInvoice(tx: Transaction, invoiceId: string): void {
  const invoice = tx.get('invoices', invoiceId);
  if (!invoice || invoice.state !== 'approved' || invoice.type !== 'invoice') return;
  const balance = remainingBalance(tx, invoice, invoice.grossAmount);
  tx.put('invoices', { ...invoice, balance, isPaid: balance <= 0 });
}

const paymentFields: FieldSpecs<BankPaymentRecord> = {
  entryDate: isoDate,
  cashAmount: amount,
  cashSide: oneOf(['debit', 'credit'] as const),
  cashAccountId: (value) => (typeof value === 'string' ? { ok: true, value } : { ok: false, message: 'must be a string' }),
};

function readAssociations(input: JsonObject, errors: AttributeErrors): BankPaymentRecord['associations'] {
  const raw = input.associations;
  if (!Array.isArray(raw) || raw.length === 0) {
    errors.add('associations', 'must name at least one invoice ({subjectReference: "invoice:<id>"})');
    return [];
  }
  return raw.map((association, index) => {
    const subjectReference = (association as JsonObject | null)?.subjectReference;
    if (typeof subjectReference !== 'string' || !INVOICE_REFERENCE.test(subjectReference)) {
      errors.add(`associations[${index}].subjectReference`, 'must be "invoice:<id>"');
      return { subjectReference: '' };
    }
    return { subjectReference };
  });
}

function checkPayment(tx: Transaction, payment: BankPaymentRecord, errors: AttributeErrors): void {
  if (!payment.entryDate) errors.add('entryDate', 'is required');
  if (!(payment.cashAmount > 0)) errors.add('cashAmount', 'must be greater than 0');
  const account = REFERENCE.accounts.get(payment.cashAccountId);
  if (!payment.cashAccountId) errors.add('cashAccountId', 'is required');
  else if (!account) errors.add('cashAccountId', `refers to an unknown record (${payment.cashAccountId})`);
  else if (!account.isPaymentEnabled) errors.add('cashAccountId', 'must be an account with isPaymentEnabled');
  associatedInvoiceIds(payment).forEach((invoiceId, index) => {
    const invoice = tx.get('invoices', invoiceId);
    if (!invoice) errors.add(`associations[${index}].subjectReference`, `refers to an unknown invoice (${invoiceId})`);
    else if (invoice.state !== 'approved') errors.add(`associations[${index}].subjectReference`, 'must be an approved invoice; a draft cannot be paid');
  });
}

export const bankPaymentWriter: ResourceWriter<BankPaymentRecord> = {
  table: 'bankPayments',
  create(tx, input) {
    const errors = new AttributeErrors();
    checkOrganizationId(tx, input, errors);
    const blank: BankPaymentRecord = {
      id: newIdFor(tx, 'bankPayments', input, errors),
      organizationId: tx.organization.id,
      createdTime: createdTimeFor(tx, input),
      entryDate: '',
      cashAmount: 0,
      cashSide: 'debit',
      cashAccountId: '',
      associations: [],
      isVoided: false,
    };
    const payment = { ...overlay(blank, input, paymentFields, errors), associations: readAssociations(input, errors) };
    checkPayment(tx, payment, errors);
    errors.throwIfAny('bankPayment');
    tx.put('bankPayments', payment);
    for (const invoiceId of associatedInvoiceIds(payment)) settleInvoice(tx, invoiceId);
  },
  update(tx, existing, input) {
    const errors = new AttributeErrors();
    const voided = overlay(existing, input, { isVoided: bool }, errors);
    for (const field of Object.keys(input)) if (field !== 'isVoided' && field !== 'id') errors.add(field, 'cannot be changed on a bank payment; void it instead');
    if (existing.isVoided && voided.isVoided === false) errors.add('isVoided', 'a voided payment cannot be restored');
    errors.throwIfAny('bankPayment');
    if (voided.isVoided === existing.isVoided) return;
    tx.put('bankPayments', voided);
    for (const invoiceId of associatedInvoiceIds(voided)) settleInvoice(tx, invoiceId);
  },
  remove() {
    throw methodNotAllowed('DELETE', '/v2/bankPayments');
  },
};

export const bankPayments: ResourceDefinition<BankPaymentRecord> = {
  plural: 'bankPayments',
  singular: 'bankPayment',
  filters: { cashAccountId: equalsFilter('cashAccountId') },
  sortProperties: ['entryDate', 'createdTime'],
  relations: { cashAccount: { kind: 'belongsTo', target: 'accounts', foreignKey: 'cashAccountId' } },
  writer: bankPaymentWriter,
};
