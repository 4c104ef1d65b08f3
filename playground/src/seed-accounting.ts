import type { Core } from '@strapi/strapi';

/**
 * Approved invoices as Billy would have them after a few months of trading, so the accounting
 * overview shows something at once: paid, part-paid, current and overdue (each aging bucket), in DKK
 * and EUR. Dates are relative to today, so "overdue" stays true whenever the demo is started.
 * Figures are what Billy computes for these lines (25 % VAT, tax mode excl).
 */
const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

interface ApprovedInvoice {
  invoiceNo: string;
  organization?: string;
  contact?: string;
  currency: 'DKK' | 'EUR';
  /** days before today */
  issuedDaysAgo: number;
  termsDays: number;
  lines: Array<{ product: string; quantity: number; unitPrice: number; description?: string }>;
  /** what has been paid; the whole gross amount when 'all' */
  paid?: number | 'all';
  /** days before today the last payment was seen (paid invoices) */
  paidDaysAgo?: number;
}

const INVOICES: ApprovedInvoice[] = [
  { invoiceNo: '1001', organization: 'nordlys', currency: 'DKK', issuedDaysAgo: 300, termsDays: 14, lines: [{ product: 'logo', quantity: 1, unitPrice: 7500 }], paid: 'all', paidDaysAgo: 280 },
  { invoiceNo: '1002', organization: 'havn', currency: 'DKK', issuedDaysAgo: 240, termsDays: 30, lines: [{ product: 'support', quantity: 6, unitPrice: 1200 }], paid: 'all', paidDaysAgo: 200 },
  { invoiceNo: '1003', organization: 'region', currency: 'DKK', issuedDaysAgo: 150, termsDays: 30, lines: [{ product: 'consulting', quantity: 24, unitPrice: 950, description: 'Workshopforløb' }] },
  { invoiceNo: '1004', organization: 'nordlys', currency: 'DKK', issuedDaysAgo: 95, termsDays: 14, lines: [{ product: 'consulting', quantity: 10, unitPrice: 950 }], paid: 5000 },
  { invoiceNo: '1005', organization: 'havn', currency: 'DKK', issuedDaysAgo: 75, termsDays: 30, lines: [{ product: 'bread', quantity: 120, unitPrice: 42 }] },
  { invoiceNo: '1006', contact: 'anne', currency: 'DKK', issuedDaysAgo: 40, termsDays: 14, lines: [{ product: 'bread', quantity: 20, unitPrice: 42 }] },
  { invoiceNo: '1007', organization: 'region', currency: 'DKK', issuedDaysAgo: 20, termsDays: 30, lines: [{ product: 'consulting', quantity: 8, unitPrice: 950 }], paid: 'all', paidDaysAgo: 6 },
  { invoiceNo: '1008', organization: 'nordlys', currency: 'DKK', issuedDaysAgo: 5, termsDays: 14, lines: [{ product: 'support', quantity: 1, unitPrice: 1200 }] },
  { invoiceNo: '1009', organization: 'nordlys', currency: 'EUR', issuedDaysAgo: 120, termsDays: 30, lines: [{ product: 'consulting', quantity: 12, unitPrice: 128 }], paid: 'all', paidDaysAgo: 60 },
  { invoiceNo: '1010', organization: 'region', currency: 'EUR', issuedDaysAgo: 50, termsDays: 14, lines: [{ product: 'consulting', quantity: 16, unitPrice: 128 }], paid: 1000 },
  { invoiceNo: '1011', organization: 'havn', currency: 'EUR', issuedDaysAgo: 10, termsDays: 30, lines: [{ product: 'consulting', quantity: 4, unitPrice: 128 }], paid: 'all', paidDaysAgo: 2 },
];

const cents = (value: number) => Math.round(value * 100) / 100;

export async function seedApprovedInvoices(strapi: Core.Strapi, ids: Record<string, string>): Promise<number> {
  for (const invoice of INVOICES) {
    const net = cents(invoice.lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0));
    const vat = cents(net * 0.25);
    const gross = cents(net + vat);
    const paid = invoice.paid === 'all' ? gross : (invoice.paid ?? 0);
    await strapi.documents('plugin::billy.invoice').create({
      data: {
        kind: 'invoice',
        invoiceNo: invoice.invoiceNo,
        approvalState: 'approved',
        invoiceDate: day(-invoice.issuedDaysAgo),
        dueDate: day(-invoice.issuedDaysAgo + invoice.termsDays),
        paymentTermsMode: 'net',
        paymentTermsDays: invoice.termsDays,
        currency: invoice.currency,
        taxMode: 'excl',
        organization: invoice.organization ? ids[invoice.organization] : undefined,
        contact: invoice.contact ? ids[invoice.contact] : undefined,
        lines: invoice.lines.map(({ product, ...line }) => ({ ...line, product: ids[product] })),
        netAmount: net,
        vatAmount: vat,
        grossAmount: gross,
        balance: cents(gross - paid),
        isPaid: paid >= gross,
        paidAt: paid >= gross ? new Date(Date.now() - (invoice.paidDaysAgo ?? 0) * DAY) : null,
        sentState: 'sent',
      } as never,
    });
  }
  return INVOICES.length;
}
