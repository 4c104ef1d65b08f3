/** Money and due-date arithmetic of Billy invoices (billy-api.md §4.4). */
import { addDays, endOfMonth } from './dates';
import type { DiscountMode, TaxMode } from './records';

export function roundMoney(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

export type LinePriceInput = { quantity: number; unitPrice: number; discountMode: DiscountMode | null; discountValue: number | null };
export type LineAmounts = { amount: number; tax: number };

/**
 * A line's amount follows the invoice's tax mode (gross with `incl`, net with `excl`), as in captured Billy data;
 * its tax is the VAT on top of it (excl) or inside it (incl). `discountValue` 25 with `percent` means 25 %.
 */
export function priceLine(line: LinePriceInput, taxMode: TaxMode, taxRate: number): LineAmounts {
  const beforeDiscount = line.quantity * line.unitPrice;
  const discount =
    line.discountMode === null || line.discountValue === null
      ? 0
      : line.discountMode === 'percent'
        ? (beforeDiscount * line.discountValue) / 100
        : line.discountValue;
  const amount = roundMoney(beforeDiscount - discount);
  const tax = roundMoney(taxMode === 'excl' ? amount * taxRate : (amount * taxRate) / (1 + taxRate));
  return { amount, tax };
}

export type InvoiceTotals = { amount: number; tax: number; grossAmount: number };

/** The invoice `amount` is always net, also with `incl`; `grossAmount` = amount + tax is what the customer owes. */
export function invoiceTotals(lines: readonly LineAmounts[], taxMode: TaxMode): InvoiceTotals {
  const lineSum = roundMoney(lines.reduce((sum, line) => sum + line.amount, 0));
  const tax = roundMoney(lines.reduce((sum, line) => sum + line.tax, 0));
  return taxMode === 'excl'
    ? { amount: lineSum, tax, grossAmount: roundMoney(lineSum + tax) }
    : { amount: roundMoney(lineSum - tax), tax, grossAmount: lineSum };
}

/** `net`: entry date + days; `netEndOfMonth`: end of the entry month + days. (`date` terms carry their own due date.) */
export function dueDateFor(entryDate: string, mode: 'net' | 'netEndOfMonth', days: number): string {
  return addDays(mode === 'net' ? entryDate : endOfMonth(entryDate), days);
}
