import { billy, control, draftInvoiceBody, ids, seedBasics, useSandbox, type Body } from './support';

describe('payments and payment status', () => {
  const sandbox = useSandbox();
  beforeEach(() => {
    sandbox().control.reset();
    seedBasics(sandbox());
  });
  // 2 × 1000 DKK + 25 % VAT = 2500 gross.
  const approvedInvoice = async (overrides: Body = {}) =>
    (await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody({ state: 'approved', ...overrides }) })).body.invoices[0];
  const invoiceNow = async (id: string) => (await billy(sandbox(), 'GET', `/invoices/${id}`)).body.invoice;

  test('POST /_sandbox/payments part-pays, then pays in full; balance and isPaid follow', async () => {
    const invoice = await approvedInvoice();
    const part = await control(sandbox(), 'POST', 'payments', { invoiceId: invoice.id, amount: 1000.004 });
    expect(part.status).toBe(200);
    expect(part.body.invoice).toMatchObject({ id: invoice.id, grossAmount: 2500, balance: 1500, isPaid: false });
    expect(await invoiceNow(invoice.id)).toMatchObject({ balance: 1500, isPaid: false });

    const rest = await control(sandbox(), 'POST', 'payments', { invoiceId: invoice.id });
    expect(rest.body.invoice).toMatchObject({ balance: 0, isPaid: true });
    expect(await invoiceNow(invoice.id)).toMatchObject({ balance: 0, isPaid: true, state: 'approved' });
  });

  test('refuses paying a draft, paying more than the balance, paying a paid invoice and an unknown invoice', async () => {
    const draft = (await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody() })).body.invoices[0];
    expect((await control(sandbox(), 'POST', 'payments', { invoiceId: draft.id })).body.error).toMatch(/approved/);
    const invoice = await approvedInvoice();
    const tooMuch = await control(sandbox(), 'POST', 'payments', { invoiceId: invoice.id, amount: 2500.01 });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error).toMatch(/exceeds/);
    expect((await control(sandbox(), 'POST', 'payments', { invoiceId: invoice.id, amount: -5 })).status).toBe(400);
    expect((await control(sandbox(), 'POST', 'payments', { invoiceId: invoice.id, amount: 'all' })).status).toBe(400);
    sandbox().control.recordPayment({ invoiceId: invoice.id });
    expect((await control(sandbox(), 'POST', 'payments', { invoiceId: invoice.id })).body.error).toMatch(/already paid/);
    expect((await control(sandbox(), 'POST', 'payments', { invoiceId: 'NoSuchInvoice000000000' })).status).toBe(400);
    expect(await invoiceNow(invoice.id)).toMatchObject({ balance: 0, isPaid: true });
  });

  test('a later save of the approved invoice keeps its part payment', async () => {
    const invoice = await approvedInvoice();
    sandbox().control.recordPayment({ invoiceId: invoice.id, amount: 500 });
    const saved = await billy(sandbox(), 'PUT', `/invoices/${invoice.id}`, { body: { invoice: { state: 'approved' } } });
    expect(saved.status).toBe(200);
    expect(saved.body.invoices[0]).toMatchObject({ balance: 2000, isPaid: false });
  });

  test('isPaid, balance and sentState are read-only through the API', async () => {
    const invoice = await approvedInvoice();
    await billy(sandbox(), 'PUT', `/invoices/${invoice.id}`, { body: { invoice: { isPaid: true, balance: 0 } } });
    expect(await invoiceNow(invoice.id)).toMatchObject({ balance: 2500, isPaid: false });
    const sent = await billy(sandbox(), 'PUT', `/invoices/${invoice.id}`, { body: { invoice: { sentState: 'sent' } } });
    expect(sent.status).toBe(400);
    expect(sent.body.validationErrors.invoice.attributes).toHaveProperty('sentState');
    expect((await invoiceNow(invoice.id)).sentState).toBe('unsent');
  });

  test('PUT /_sandbox/due-date ages an invoice; a bad date is refused', async () => {
    const invoice = await approvedInvoice();
    const moved = await control(sandbox(), 'PUT', 'due-date', { invoiceId: invoice.id, dueDate: '2020-01-31' });
    expect(moved.body.invoice).toMatchObject({ id: invoice.id, dueDate: '2020-01-31' });
    expect((await invoiceNow(invoice.id)).dueDate).toBe('2020-01-31');
    expect((await control(sandbox(), 'PUT', 'due-date', { invoiceId: invoice.id, dueDate: '2020-02-30' })).status).toBe(400);
  });

  test('the state and isPaid list filters give the approved unpaid invoices', async () => {
    const paid = await approvedInvoice();
    const open = await approvedInvoice({ contactId: ids.nordic, currencyId: 'EUR', lines: [{ productId: ids.license, unitPrice: 27 }] });
    await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody() });
    sandbox().control.recordPayment({ invoiceId: paid.id });
    const list = await billy(sandbox(), 'GET', '/invoices?state=approved&isPaid=false');
    expect(list.body.invoices.map((invoice: Body) => invoice.id)).toEqual([open.id]);
    expect(list.body.meta.paging.total).toBe(1);
    const paidList = await billy(sandbox(), 'GET', '/invoices?state=approved&isPaid=true');
    expect(paidList.body.invoices.map((invoice: Body) => invoice.id)).toEqual([paid.id]);
  });
});
