/**
 * The payment pass's Billy requests over a large book:
 * `node --no-experimental-require-module --require tsx/cjs bench/payments.ts` (after
 * `npx strapi-plugin build` and the playground's tsc). A scenario of its own, outside bench/run.ts:
 * its figure is a request count, not a time, so it needs no latency and no sandbox process.
 */
import crypto from 'crypto';
import { startSandboxedStrapi } from '../tests/helpers/sandboxed-strapi';

export interface PaymentPassFigures {
  invoices: number;
  open: number;
  paidSinceLastPass: number;
  /** Billy requests of a pass after `paidSinceLastPass` of the open invoices were paid */
  requestsAfterPayments: number;
  /** Billy requests of the pass after it, when nothing changed */
  requestsUnchanged: number;
  /** the floor: the list pages of the open invoices (pageSize 1000) */
  floor: number;
  writesToBilly: number;
}

const CHUNK = 500;

/** A book of `invoices` approved invoices, `open` of them unpaid, in Billy and synced into Strapi (bulk-inserted, as a full sync leaves them). */
export const paymentPassFigures = async (invoices = 10_000, open = 200, paidSinceLastPass = 20): Promise<PaymentPassFigures> => {
  const { strapi, sandbox, close } = await startSandboxedStrapi({ BILLY_BACKGROUND_POLL_MS: String(3_600_000) });
  try {
    const rows = Array.from({ length: invoices }, (_, index) => ({ billyId: `Inv${String(index).padStart(19, '0')}`, isOpen: index < open, invoiceNo: String(index + 1) }));
    sandbox.control.seed({
      contacts: [{ id: 'BenchCustomer000000001', type: 'company', name: 'Bench ApS', countryId: 'DK' }],
      products: [{ id: 'BenchProduct0000000001', name: 'Work', prices: [{ currencyId: 'DKK', unitPrice: 100 }] }],
      invoices: rows.map((row) => ({
        id: row.billyId, invoiceNo: row.invoiceNo, contactId: 'BenchCustomer000000001', entryDate: '2026-06-01', state: 'approved', currencyId: 'DKK',
        lines: [{ productId: 'BenchProduct0000000001', quantity: 1, unitPrice: 100 }],
        ...(row.isOpen ? {} : { isPaid: true, balance: 0 }),
      })),
    });
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK).map((row) => ({ ...row, documentId: crypto.randomUUID().replace(/-/g, '').slice(0, 24) }));
      await strapi.db.query('plugin::billy.invoice').createMany({
        data: chunk.map((row) => ({
          documentId: row.documentId, kind: 'invoice', invoiceNo: row.invoiceNo, invoiceDate: '2026-06-01', currency: 'DKK', approvalState: 'approved',
          dueDate: '2026-06-09', netAmount: 100, vatAmount: 25, grossAmount: 125, balance: row.isOpen ? 125 : 0, isPaid: !row.isOpen, sentState: 'unsent',
        })),
      });
      await strapi.db.query('plugin::billy.sync-link').createMany({
        data: chunk.map((row) => ({ module: 'invoices', targetDocumentId: row.documentId, billyId: row.billyId, billyResource: 'invoices', state: 'synced' })),
      });
    }
    for (const row of rows.filter((row) => row.isOpen).slice(0, paidSinceLastPass)) sandbox.control.recordPayment({ invoiceId: row.billyId });

    const payments = strapi.plugin('billy').service('payments') as { run(): Promise<{ status: string }> };
    const countedPass = async () => {
      sandbox.control.clearRequests();
      const run = await payments.run();
      if (run.status !== 'succeeded') throw new Error(`the payment pass ended ${run.status}`);
      return sandbox.control.requests();
    };
    const afterPayments = await countedPass();
    const unchanged = await countedPass();
    return {
      invoices,
      open,
      paidSinceLastPass,
      requestsAfterPayments: afterPayments.length,
      requestsUnchanged: unchanged.length,
      floor: Math.max(1, Math.ceil((open - paidSinceLastPass) / 1000)),
      writesToBilly: [...afterPayments, ...unchanged].filter((request) => request.method !== 'GET').length,
    };
  } finally {
    await close();
  }
};

if (require.main === module) {
  paymentPassFigures().then(
    (figures) => {
      console.log(JSON.stringify(figures, null, 2));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    }
  );
}
