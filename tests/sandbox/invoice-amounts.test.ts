import { billy, draftInvoiceBody, ids, seedBasics, useSandbox, type Body } from './support';

/** Amounts, VAT and due dates derived by the sandbox (billy-api.md §4.4). */
describe('invoice amounts and due dates', () => {
  const sandbox = useSandbox();
  beforeAll(() => seedBasics(sandbox()));
  const create = async (overrides: Body) => (await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody(overrides) })).body;

  test('taxMode excl: 25 % VAT on top; amount is net, grossAmount and balance what the customer owes', async () => {
    const { invoices, invoiceLines } = await create({});
    const { taxRates } = (await billy(sandbox(), 'GET', '/taxRates')).body;
    const salesVat = taxRates.find((rate: { name: string }) => rate.name === 'Salgsmoms');
    expect(invoices[0]).toMatchObject({ taxMode: 'excl', amount: 2000, tax: 500, grossAmount: 2500, balance: 2500, isPaid: false });
    expect(invoiceLines[0]).toMatchObject({ amount: 2000, tax: 500, taxRateId: salesVat.id });
  });

  test('taxMode incl: line amounts are gross, the invoice amount is net (captured Billy data: 123 + 345)', async () => {
    const { invoices, invoiceLines } = await create({
      taxMode: 'incl',
      lines: [
        { productId: ids.consulting, unitPrice: 123 },
        { productId: ids.license, unitPrice: 345 },
      ],
    });
    expect(invoices[0]).toMatchObject({ amount: 374.4, tax: 93.6, grossAmount: 468, balance: 468 });
    expect(invoiceLines.map((line: { amount: number }) => line.amount)).toEqual([123, 345]);
  });

  test('line discounts: percent takes a share, cash a fixed amount', async () => {
    const { invoiceLines, invoices } = await create({
      lines: [
        { productId: ids.consulting, quantity: 2, unitPrice: 1000, discountMode: 'percent', discountValue: 10 },
        { productId: ids.consulting, quantity: 2, unitPrice: 1000, discountMode: 'cash', discountValue: 150 },
      ],
    });
    expect(invoiceLines.map((line: { amount: number }) => line.amount)).toEqual([1800, 1850]);
    expect(invoices[0]).toMatchObject({ amount: 3650, tax: 912.5, grossAmount: 4562.5 });
  });

  test('a product on the exempt ruleset carries no VAT', async () => {
    const { salesTaxRulesets } = (await billy(sandbox(), 'GET', '/salesTaxRulesets')).body;
    const exempt = salesTaxRulesets.find((ruleset: { name: string }) => ruleset.name === 'Momsfri');
    const product = (await billy(sandbox(), 'POST', '/products', { body: { product: { name: 'Course', salesTaxRulesetId: exempt.id } } })).body.products[0];
    const { invoices } = await create({ lines: [{ productId: product.id, unitPrice: 500 }] });
    expect(invoices[0]).toMatchObject({ amount: 500, tax: 0, grossAmount: 500 });
  });

  test('a foreign-currency invoice takes the currency’s exchange rate', async () => {
    expect((await create({ currencyId: 'EUR' })).invoices[0]).toMatchObject({ currencyId: 'EUR', exchangeRate: 7.46 });
  });

  test.each<[string, Body, string]>([
    ['the organization’s net 8 days by default', {}, '2025-03-18'],
    ['the invoice’s own days', { paymentTermsDays: 14 }, '2025-03-24'],
    ['negative days', { paymentTermsDays: -2 }, '2025-03-08'],
    ['netEndOfMonth: end of the entry month plus days', { paymentTermsMode: 'netEndOfMonth', paymentTermsDays: 15 }, '2025-04-15'],
    ['date: the given due date', { paymentTermsMode: 'date', dueDate: '2025-05-01' }, '2025-05-01'],
  ])('dueDate from %s', async (_case, overrides, dueDate) => {
    expect((await create(overrides)).invoices[0].dueDate).toBe(dueDate);
  });

  test('payment terms default from the contact before the organization', async () => {
    const contact = (await billy(sandbox(), 'POST', '/contacts', { body: { contact: { name: 'Terms ApS', countryId: 'DK', paymentTermsMode: 'netEndOfMonth', paymentTermsDays: 0 } } })).body.contacts[0];
    const { invoices } = await create({ contactId: contact.id });
    expect(invoices[0]).toMatchObject({ paymentTermsMode: 'netEndOfMonth', paymentTermsDays: 0, dueDate: '2025-03-31' });
  });

  test('date terms without a dueDate are INVALID_RECORD', async () => {
    const { status, body } = await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody({ paymentTermsMode: 'date' }) });
    expect(status).toBe(400);
    expect(body.validationErrors.invoice.attributes).toEqual({ dueDate: expect.any(String) });
  });

  test('a seeded paid invoice has isPaid true and balance 0', () => {
    sandbox().control.seed({ invoices: [{ contactId: ids.acme, entryDate: '2025-01-02', state: 'approved', isPaid: true, lines: [{ productId: ids.consulting, unitPrice: 100 }] }] });
    const paid = sandbox().control.state().invoices.find((invoice) => invoice.isPaid);
    expect(paid).toMatchObject({ isPaid: true, balance: 0, grossAmount: 125, state: 'approved', invoiceNo: expect.any(String) });
  });
});
