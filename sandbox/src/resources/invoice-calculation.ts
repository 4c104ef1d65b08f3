/** Derives an invoice's read-only fields from its lines, tax mode, terms and products' VAT rulesets. */
import { dueDateFor, invoiceTotals, priceLine } from '../invoice-math';
import type { InvoiceRecord, PaymentTermsMode, SandboxInvoiceLine } from '../records';
import { REFERENCE } from '../reference-data';
import type { Transaction } from '../transaction';
import { remainingBalance } from './bank-payments';

export type CalculatedInvoice = { invoice: InvoiceRecord; lines: SandboxInvoiceLine[] };

export function linesOf(tx: Transaction, invoiceId: string): SandboxInvoiceLine[] {
  return tx.list('invoiceLines').filter((line) => line.invoiceId === invoiceId);
}

/** Terms default from the contact, then the organization (fallback order inferred, billy-api.md §4.4). */
export function resolvePaymentTerms(tx: Transaction, invoice: InvoiceRecord): { mode: PaymentTermsMode; days: number } {
  const contact = tx.get('contacts', invoice.contactId);
  return {
    mode: invoice.paymentTermsMode ?? contact?.paymentTermsMode ?? tx.organization.paymentTermsMode,
    days: invoice.paymentTermsDays ?? contact?.paymentTermsDays ?? tx.organization.paymentTermsDays,
  };
}

/** The VAT rate of a line comes from its product's sales tax ruleset. */
function taxRateOf(tx: Transaction, productId: string): { id: string; rate: number } | undefined {
  const product = tx.get('products', productId);
  const ruleset = product && REFERENCE.salesTaxRulesets.get(product.salesTaxRulesetId);
  return ruleset && REFERENCE.taxRates.get(ruleset.fallbackTaxRateId);
}

export function calculateInvoice(tx: Transaction, invoice: InvoiceRecord, lines: readonly SandboxInvoiceLine[]): CalculatedInvoice {
  const pricedLines = lines.map((line) => {
    const taxRate = taxRateOf(tx, line.productId);
    return { ...line, ...priceLine(line, invoice.taxMode, taxRate?.rate ?? 0), taxRateId: taxRate?.id ?? null };
  });
  const totals = invoiceTotals(pricedLines, invoice.taxMode);
  const terms = resolvePaymentTerms(tx, invoice);
  const currency = REFERENCE.currencies.get(invoice.currencyId);
  const lineDescription = pricedLines
    .map((line) => line.description || tx.get('products', line.productId)?.name || '')
    .filter(Boolean)
    .join(', ');
  return {
    invoice: {
      ...invoice,
      ...totals,
      paymentTermsMode: terms.mode,
      paymentTermsDays: terms.days,
      dueDate: terms.mode === 'date' ? invoice.dueDate : dueDateFor(invoice.entryDate, terms.mode, terms.days),
      // The rate is forced to 1 for the base currency (billy-api.md §4.4).
      exchangeRate: invoice.currencyId === tx.organization.baseCurrencyId ? 1 : (currency?.exchangeRate ?? 1),
      lineDescription,
      // Seeds may mark an invoice paid outright; otherwise payments and credit notes settle it.
      balance: invoice.isPaid ? invoice.balance : remainingBalance(tx, invoice, totals.grossAmount),
    },
    lines: pricedLines,
  };
}

/** Saves the invoice and those lines that are new or whose derived amounts changed. */
export function putCalculated(tx: Transaction, calculated: CalculatedInvoice): void {
  tx.put('invoices', calculated.invoice);
  for (const line of calculated.lines) {
    const stored = tx.get('invoiceLines', line.id);
    if (!stored || JSON.stringify(stored) !== JSON.stringify(line)) tx.put('invoiceLines', line);
  }
}
