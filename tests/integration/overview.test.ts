import { PERMISSIONS, type CurrencyOverview } from '../../contracts';
import type { SandboxState } from '../../sandbox/src';
import { docs, useSyncTestApp } from '../helpers/sync';

const t = useSyncTestApp();

const DAY = 86_400_000;
const now = new Date();
const today = now.toISOString().slice(0, 10);
const day = (offset: number) => new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);
const round2 = (value: number) => Math.round(value * 100) / 100;

beforeAll(async () => {
  await t.reset();
  // Billy's books: two companies and a private person; invoices in DKK and EUR, a credit note, a draft in GBP.
  const line = (quantity: number) => [{ productId: 'work', quantity, unitPrice: 1000 }];
  t.sandbox.control.seed({
    contacts: [
      { id: 'acme', type: 'company', name: 'Acme ApS', countryId: 'DK' },
      { id: 'nordic', type: 'company', name: 'Nordic ApS', countryId: 'DK' },
      { id: 'pia', type: 'person', name: 'Pia Person', countryId: 'DK' },
    ],
    products: [{ id: 'work', name: 'Work', productNo: 'W-1', prices: [{ currencyId: 'DKK', unitPrice: 1000 }, { currencyId: 'EUR', unitPrice: 1000 }] }],
    invoices: [
      { id: 'acmeCurrent', contactId: 'acme', entryDate: day(-3), state: 'approved', currencyId: 'DKK', lines: line(1) },
      { id: 'acmeLate', contactId: 'acme', entryDate: day(-40), state: 'approved', currencyId: 'DKK', lines: line(2) },
      { id: 'acmeCredit', type: 'creditNote', creditedInvoiceId: 'acmeCurrent', contactId: 'acme', entryDate: day(-2), state: 'approved', currencyId: 'DKK', lines: [{ productId: 'work', quantity: 1, unitPrice: 200 }] },
      { id: 'nordicPartPaid', contactId: 'nordic', entryDate: day(-70), state: 'approved', currencyId: 'DKK', lines: line(4) },
      { id: 'nordicPaid', contactId: 'nordic', entryDate: day(-20), state: 'approved', currencyId: 'DKK', lines: line(1) },
      { id: 'piaAncient', contactId: 'pia', entryDate: day(-130), state: 'approved', currencyId: 'DKK', lines: line(1) },
      { id: 'nordicEuro', contactId: 'nordic', entryDate: day(-65), state: 'approved', currencyId: 'EUR', lines: line(3) },
      { id: 'acmeDraft', contactId: 'acme', entryDate: day(-1), state: 'draft', currencyId: 'GBP', lines: line(1) },
    ],
  });
  await t.settings({ syncDirection: 'fromBilly', priority: null });
  expect((await t.sync()).status).toBe('succeeded');

  // What happened in Billy since: payments from the bank feed, and invoices ageing past their due dates.
  t.sandbox.control.recordPayment({ invoiceId: 'nordicPartPaid', amount: 1000 });
  t.sandbox.control.recordPayment({ invoiceId: 'nordicPaid' });
  t.sandbox.control.recordPayment({ invoiceId: 'nordicEuro', amount: 1234.56 });
  for (const [id, offset] of [['acmeCurrent', 8], ['acmeLate', -10], ['nordicPartPaid', -45], ['piaAncient', -100], ['nordicEuro', -75], ['acmeCredit', 5]] as const) {
    t.sandbox.control.setInvoiceDueDate(id, day(offset));
  }
  expect((await t.app.http().post('/billy/sync/payments').set(t.auth).send({}).expect(200)).body.data.status).toBe('succeeded');

  // An invoice kept in Strapi only, whose customer is unknown.
  await docs(t.app, 'invoice').create({
    data: { kind: 'invoice', invoiceNo: 'S-1', invoiceDate: day(-6), currency: 'DKK', approvalState: 'approved', dueDate: day(-5), netAmount: 240, grossAmount: 300, balance: 300, isPaid: false },
  });
});

/** The overview computed from Billy's records (and the Strapi-only invoice), the way an accountant would. */
const expectedFrom = (state: SandboxState, paidThisTest: ReadonlySet<string>) => {
  const name = new Map(state.contacts.map((contact) => [contact.id, contact.name]));
  type Entry = { id: string; customer: string | null; currency: string; kind: string; credits: string | null; entryDate: string; dueDate: string; net: number; gross: number; balance: number; isPaid: boolean; invoiceNo: string | null };
  const entries: Entry[] = state.invoices
    .filter((invoice) => invoice.state === 'approved')
    .map((invoice) => ({
      id: invoice.id, customer: name.get(invoice.contactId) ?? null, currency: invoice.currencyId, kind: invoice.type, credits: invoice.creditedInvoiceId ?? null, entryDate: invoice.entryDate, dueDate: invoice.dueDate,
      net: invoice.amount, gross: invoice.grossAmount, balance: invoice.balance, isPaid: invoice.isPaid, invoiceNo: invoice.invoiceNo,
    }));
  entries.push({ id: 'strapiOnly', customer: null, currency: 'DKK', kind: 'invoice', credits: null, entryDate: day(-6), dueDate: day(-5), net: 240, gross: 300, balance: 300, isPaid: false, invoiceNo: 'S-1' });
  const sign = (entry: Entry) => (entry.kind === 'creditNote' ? -1 : 1);
  const daysLate = (entry: Entry) => Math.round((Date.parse(today) - Date.parse(entry.dueDate)) / DAY);
  const currencies = [...new Set(entries.map((entry) => entry.currency))].sort();
  return currencies.map((currency) => {
    const mine = entries.filter((entry) => entry.currency === currency);
    // A credit note of an invoice already lowered that invoice's balance in Billy: it is owed once, not netted again.
    const open = mine.filter((entry) => !entry.isPaid && entry.balance !== 0 && !(entry.kind === 'creditNote' && entry.credits));
    const late = open.filter((entry) => entry.kind === 'invoice' && entry.dueDate < today);
    const lateBetween = (from: number, to: number) => round2(late.filter((entry) => daysLate(entry) >= from && daysLate(entry) <= to).reduce((sum, entry) => sum + entry.balance, 0));
    const byCustomer = new Map<string | null, { outstanding: number; overdue: number }>();
    for (const entry of open) {
      const totals = byCustomer.get(entry.customer) ?? { outstanding: 0, overdue: 0 };
      totals.outstanding += sign(entry) * entry.balance;
      if (late.includes(entry)) totals.overdue += entry.balance;
      byCustomer.set(entry.customer, totals);
    }
    return {
      currency,
      outstanding: round2(open.reduce((sum, entry) => sum + sign(entry) * entry.balance, 0)),
      overdue: round2(late.reduce((sum, entry) => sum + entry.balance, 0)),
      overdueBuckets: { days1to30: lateBetween(1, 30), days31to60: lateBetween(31, 60), days61to90: lateBetween(61, 90), over90: lateBetween(91, 100_000) },
      paidLast30Days: round2(mine.filter((entry) => paidThisTest.has(entry.id)).reduce((sum, entry) => sum + sign(entry) * entry.gross, 0)),
      invoicedByMonth: Object.fromEntries(
        [...new Set(mine.map((entry) => entry.entryDate.slice(0, 7)))].map((month) => {
          const inMonth = mine.filter((entry) => entry.entryDate.startsWith(month));
          return [month, { net: round2(inMonth.reduce((sum, entry) => sum + sign(entry) * entry.net, 0)), gross: round2(inMonth.reduce((sum, entry) => sum + sign(entry) * entry.gross, 0)) }];
        })
      ),
      topDebtors: [...byCustomer.entries()]
        .filter(([, totals]) => totals.outstanding > 0)
        .sort((a, b) => b[1].outstanding - a[1].outstanding)
        .map(([customer, totals]) => ({ customer, outstanding: round2(totals.outstanding), overdue: round2(totals.overdue) })),
      overdueInvoices: [...late].sort((a, b) => a.dueDate.localeCompare(b.dueDate)).map((entry) => ({ invoiceNo: entry.invoiceNo, customer: entry.customer, dueDate: entry.dueDate, daysOverdue: daysLate(entry), balance: entry.balance })),
    };
  });
};

describe('GET /billy/overview', () => {
  it('answers per currency the figures computed independently from Billy’s books', async () => {
    const { body } = await t.app.http().get('/billy/overview').set(t.auth).expect(200);
    const expected = expectedFrom(t.sandbox.control.state(), new Set(['nordicPaid']));
    expect(body.data.asOf).toEqual(expect.any(String));
    // GBP has only a draft and SEK nothing: both absent, not rows of zeros.
    expect(body.data.currencies.map((currency: CurrencyOverview) => currency.currency)).toEqual(['DKK', 'EUR']);
    for (const want of expected) {
      const got = body.data.currencies.find((currency: CurrencyOverview) => currency.currency === want.currency) as CurrencyOverview;
      expect({ outstanding: got.outstanding, overdue: got.overdue, overdueBuckets: got.overdueBuckets, paidLast30Days: got.paidLast30Days }).toEqual({
        outstanding: want.outstanding, overdue: want.overdue, overdueBuckets: want.overdueBuckets, paidLast30Days: want.paidLast30Days,
      });
      expect(got.invoicedByMonth).toHaveLength(12);
      expect(got.invoicedByMonth[11].month).toBe(today.slice(0, 7));
      for (const month of got.invoicedByMonth) expect({ net: month.net, gross: month.gross }).toEqual(want.invoicedByMonth[month.month] ?? { net: 0, gross: 0 });
      expect(got.topDebtors.map((debtor) => ({ customer: debtor.customer?.name ?? null, outstanding: debtor.outstanding, overdue: debtor.overdue }))).toEqual(want.topDebtors);
      expect(got.overdueInvoices.map(({ invoiceNo, customer, dueDate, daysOverdue, balance }) => ({ invoiceNo, customer: customer?.name ?? null, dueDate, daysOverdue, balance }))).toEqual(want.overdueInvoices);
      expect(got.overdueInvoiceCount).toBe(want.overdueInvoices.length);
    }
  });

  it('nets a credit note against its customer and counts an invoice without a customer under "no customer"', async () => {
    const { body } = await t.app.http().get('/billy/overview').set(t.auth).expect(200);
    const dkk = body.data.currencies.find((currency: CurrencyOverview) => currency.currency === 'DKK') as CurrencyOverview;
    const acme = dkk.topDebtors.find((debtor) => debtor.customer?.name === 'Acme ApS')!;
    // 1250 + 2500 open, the latter lowered by the credit note's 250 in Billy (the credit note itself is not netted again).
    expect(acme.outstanding).toBe(3500);
    expect(acme.customer).toMatchObject({ module: 'organizations', documentId: expect.any(String) });
    expect(dkk.topDebtors.find((debtor) => debtor.customer?.name === 'Pia Person')?.customer).toMatchObject({ module: 'contacts' });
    expect(dkk.topDebtors.find((debtor) => debtor.customer === null)).toEqual({ customer: null, outstanding: 300, overdue: 300 });
  });

  it('answers 403 without accounting.read, and leaves out names the admin may not read', async () => {
    const syncReader = await t.app.adminTokenWith([PERMISSIONS.syncRead]);
    await t.app.http().get('/billy/overview').set({ Authorization: `Bearer ${syncReader}` }).expect(403);
    await t.app.http().get('/billy/accounts/plugin::billy.organization/x').set({ Authorization: `Bearer ${syncReader}` }).expect(403);
    const accountant = await t.app.adminTokenWith([PERMISSIONS.accountingRead]);
    const { body } = await t.app.http().get('/billy/overview').set({ Authorization: `Bearer ${accountant}` }).expect(200);
    const dkk = body.data.currencies.find((currency: CurrencyOverview) => currency.currency === 'DKK') as CurrencyOverview;
    expect(dkk.outstanding).toBeGreaterThan(0);
    expect(dkk.topDebtors.every((debtor) => debtor.customer === null || debtor.customer.name === null)).toBe(true);
    expect(dkk.overdueInvoices.every((invoice) => invoice.invoiceNo === null)).toBe(true);
  });
});

describe('GET /billy/accounts/:uid/:documentId', () => {
  it('gives an organization’s outstanding and overdue per currency and its open invoices', async () => {
    const [nordic] = await docs(t.app, 'organization').findMany({ filters: { name: 'Nordic ApS' } });
    const { body } = await t.app.http().get(`/billy/accounts/plugin::billy.organization/${nordic.documentId}`).set(t.auth).expect(200);
    const state = t.sandbox.control.state();
    const euro = state.invoices.find((invoice) => invoice.id === 'nordicEuro')!;
    expect(body.data.totals).toEqual([
      { currency: 'DKK', outstanding: 4000, overdue: 4000 },
      { currency: 'EUR', outstanding: euro.balance, overdue: euro.balance },
    ]);
    expect(body.data.openInvoices.map((invoice: { balance: number; overdue: boolean; currency: string }) => [invoice.currency, invoice.balance, invoice.overdue])).toEqual([
      ['EUR', euro.balance, true],
      ['DKK', 4000, true],
    ]);
    await t.app.http().get('/billy/accounts/plugin::billy.product/x').set(t.auth).expect(404);
  });
});

describe('GET /billy/sync-health', () => {
  it('gives the light, the last run and the records failing now', async () => {
    const { body } = await t.app.http().get('/billy/sync-health').set(t.auth).expect(200);
    expect(body.data).toMatchObject({ connection: { state: expect.any(String) }, lastRun: { trigger: 'payments', status: 'succeeded' }, failingRecords: 0 });
  });
});
