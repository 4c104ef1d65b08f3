/** control.recordPayment / control.setInvoiceDueDate: a bank feed's payment, and ageing an invoice into overdue. */
import { isIsoDate } from '../dates';
import { RecordValidationError } from '../errors';
import type { SandboxInvoice } from '../records';
import { invoices } from '../resources/invoices';
import { applyInvoicePayment, moveInvoiceDueDate } from '../resources/payments';
import type { Transaction } from '../transaction';
import type { SandboxRuntime } from '../runtime';
import { ControlInputError } from './inputs';

function invoiceIdOf(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new ControlInputError('invoiceId must be a non-empty string.');
  return value;
}

/** Runs one change in a transaction of the organization and answers the invoice as the API shows it. */
function changeInvoice(rt: SandboxRuntime, token: string | undefined, change: (tx: Transaction) => ReturnType<typeof applyInvoicePayment>): SandboxInvoice {
  const tx = rt.transaction(rt.store.organizationFor(token));
  try {
    const invoice = change(tx);
    rt.commit(tx);
    return invoices.present!(invoice, rt.presentContext()) as SandboxInvoice;
  } catch (error) {
    if (error instanceof RecordValidationError) throw new ControlInputError(error.message);
    throw error;
  }
}

export function recordPayment(rt: SandboxRuntime, payment: unknown, token: string | undefined): SandboxInvoice {
  const { invoiceId, amount } = (payment ?? {}) as { invoiceId?: unknown; amount?: unknown };
  if (amount !== undefined && (typeof amount !== 'number' || !Number.isFinite(amount))) throw new ControlInputError('amount must be a number (omit it to pay the whole balance).');
  return changeInvoice(rt, token, (tx) => applyInvoicePayment(tx, invoiceIdOf(invoiceId), amount as number | undefined));
}

export function setInvoiceDueDate(rt: SandboxRuntime, invoiceId: unknown, dueDate: unknown, token: string | undefined): SandboxInvoice {
  if (typeof dueDate !== 'string' || !isIsoDate(dueDate)) throw new ControlInputError('dueDate must be a date (YYYY-MM-DD).');
  return changeInvoice(rt, token, (tx) => moveInvoiceDueDate(tx, invoiceIdOf(invoiceId), dueDate));
}
