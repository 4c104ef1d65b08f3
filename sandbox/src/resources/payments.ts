/**
 * The control API's bank-feed payment (billy-api.md §4.4): what a bank feed matched to an invoice
 * books — a bankPayment on the bank account associated with the invoice. The balance and isPaid
 * then follow from the payments, in one place (./bank-payments.ts's settleInvoice), exactly as for
 * POST /v2/bankPayments.
 */
import { billyDateTime } from '../dates';
import { recordNotFound, RecordValidationError } from '../errors';
import type { InvoiceRecord } from '../records';
import { REFERENCE } from '../reference-data';
import type { Transaction } from '../transaction';
import { bankPaymentWriter } from './bank-payments';

const roundToCents = (value: number): number => Math.round(value * 100) / 100;

/**
 * Applies a payment of `cashAmount` (in the invoice's currency; the whole balance when omitted)
 * to an approved invoice and returns the invoice as it now stands. A draft cannot be
 * paid, and a payment above the balance is refused rather than guessed at (Billy's overpayment
 * handling is UNCONFIRMED).
 */
export function applyInvoicePayment(tx: Transaction, invoiceId: string, cashAmount?: number): InvoiceRecord {
  const invoice = tx.get('invoices', invoiceId);
  if (!invoice) throw recordNotFound('invoice', invoiceId);
  if (invoice.state !== 'approved') {
    throw new RecordValidationError('bankPayment', 'Only approved invoices can be paid.', { associations: 'the invoice is not approved' });
  }
  if (invoice.isPaid || invoice.balance <= 0) {
    throw new RecordValidationError('bankPayment', 'The invoice is already paid.', { associations: 'the invoice has no balance left' });
  }
  const amount = cashAmount === undefined ? invoice.balance : roundToCents(cashAmount);
  if (!Number.isFinite(amount) || amount <= 0) {
    throw new RecordValidationError('bankPayment', 'The payment amount must be a positive number.', { cashAmount: 'must be > 0' });
  }
  if (amount > invoice.balance) {
    throw new RecordValidationError('bankPayment', `The payment of ${amount} exceeds the invoice's balance of ${invoice.balance}.`, { cashAmount: 'exceeds the balance' });
  }
  const bankAccount = [...REFERENCE.accounts.values()].find((account) => account.isPaymentEnabled && account.isBankAccount);
  bankPaymentWriter.create(tx, {
    entryDate: billyDateTime().slice(0, 10),
    cashAmount: amount,
    cashSide: 'debit',
    cashAccountId: bankAccount!.id,
    associations: [{ subjectReference: `invoice:${invoiceId}` }],
  });
  return tx.get('invoices', invoiceId)!;
}

/** Moves an invoice's (read-only) due date, so tests and demos can age it into overdue. */
export function moveInvoiceDueDate(tx: Transaction, invoiceId: string, dueDate: string): InvoiceRecord {
  const invoice = tx.get('invoices', invoiceId);
  if (!invoice) throw recordNotFound('invoice', invoiceId);
  const moved: InvoiceRecord = { ...invoice, dueDate };
  tx.put('invoices', moved);
  return moved;
}
