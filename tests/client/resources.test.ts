/** Every resource's happy path through the client, over real HTTP against the sandbox. */
import type { BillyClient } from '../../server/src/billy';
import { clientFor, openSandbox, type Sandbox } from './sandbox-harness';

let sandbox: Sandbox;
let billy: BillyClient;

beforeAll(async () => {
  sandbox = await openSandbox();
  billy = clientFor(sandbox);
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.control.reset());

async function aContact(contactNo = 'K-1') {
  const { record } = await billy.contacts.create({ name: 'Acme ApS', countryId: 'DK', contactNo });
  return record;
}
async function aProduct(productNo = 'P-1') {
  const { record } = await billy.products.create({ name: 'Consulting', productNo, prices: [{ currencyId: 'DKK', unitPrice: 1000 }] });
  return record;
}

describe('organization and reference data', () => {
  it('reads the organization the token belongs to', async () => {
    const organization = await billy.getOrganization();
    expect(organization.id).toEqual(expect.any(String));
    expect(organization).toMatchObject({ baseCurrencyId: 'DKK', defaultSalesAccountId: expect.any(String), defaultSalesTaxRulesetId: expect.any(String) });
  });

  it('lists every kind of reference data', async () => {
    const [countries, currencies, accounts, rulesets, taxRates, locales] = await Promise.all([
      billy.reference.countries(),
      billy.reference.currencies(),
      billy.reference.accounts(),
      billy.reference.salesTaxRulesets(),
      billy.reference.taxRates(),
      billy.reference.locales(),
    ]);
    const organization = await billy.getOrganization();
    expect(countries.map((c) => c.id)).toContain('DK');
    expect(currencies.map((c) => c.id)).toContain('DKK');
    expect(accounts.map((a) => a.id)).toContain(organization.defaultSalesAccountId);
    expect(rulesets.map((r) => r.id)).toContain(organization.defaultSalesTaxRulesetId);
    expect(taxRates.map((t) => t.rate)).toContain(0.25);
    expect(locales.map((l) => l.id)).toContain('da_DK');
  });
});

describe('contacts and contact persons', () => {
  it('creates a contact with embedded persons, and reads them back embedded', async () => {
    const { record, changed } = await billy.contacts.create({
      name: 'Acme ApS',
      countryId: 'DK',
      contactNo: 'K-100',
      registrationNo: '12345678',
      contactPersons: [{ name: 'Ada', email: 'ada@acme.dk', isPrimary: true }],
    });
    expect(record).toMatchObject({ id: expect.any(String), name: 'Acme ApS', contactNo: 'K-100', registrationNo: '12345678' });
    expect(changed.contacts).toHaveLength(1);
    expect(changed.contactPersons).toEqual([expect.objectContaining({ contactId: record.id, email: 'ada@acme.dk' })]);

    const plain = await billy.contacts.get(record.id);
    expect(plain?.contactPersons).toBeUndefined();
    const embedded = await billy.contacts.get(record.id, { include: 'contact.contactPersons:embed' });
    expect(embedded?.contactPersons).toEqual([expect.objectContaining({ name: 'Ada', isPrimary: true })]);
  });

  it('lists by filter, sideloads related records, and sorts', async () => {
    await billy.contacts.create({ name: 'Beta', countryId: 'DK', contactNo: 'K-2', contactPersons: [{ name: 'Bo' }] });
    await billy.contacts.create({ name: 'Alpha', countryId: 'DK', contactNo: 'K-1' });

    const found = await billy.contacts.list({ contactNo: 'K-2' });
    expect(found.records.map((c) => c.name)).toEqual(['Beta']);
    expect(found.paging).toMatchObject({ page: 1, pageCount: 1, total: 1 });

    const sorted = await billy.contacts.list({ sortProperty: 'name', sortDirection: 'DESC' });
    expect(sorted.records.map((c) => c.name)).toEqual(['Beta', 'Alpha']);

    const withPersons = await billy.contacts.list({ include: 'contact.contactPersons:sideload' });
    expect(withPersons.sideloaded.contactPersons).toEqual([expect.objectContaining({ name: 'Bo' })]);
  });

  it('updates only the fields sent, and removes idempotently', async () => {
    const contact = await aContact();
    const { record } = await billy.contacts.update(contact.id, { phone: '+45 12 34 56 78' });
    expect(record).toMatchObject({ id: contact.id, name: 'Acme ApS', phone: '+45 12 34 56 78' });

    await billy.contacts.remove(contact.id);
    await expect(billy.contacts.get(contact.id)).resolves.toBeNull();
    await expect(billy.contacts.remove(contact.id)).resolves.toBeUndefined();
  });

  it('creates, lists, updates and removes persons on their own', async () => {
    const contact = await aContact();
    const { record: person } = await billy.contactPersons.create({ contactId: contact.id, name: 'Carl', email: 'carl@acme.dk' });
    expect(person).toMatchObject({ contactId: contact.id, name: 'Carl' });

    const listed = await billy.contactPersons.list({ contactId: contact.id });
    expect(listed.records.map((p) => p.id)).toEqual([person.id]);

    const { record: updated } = await billy.contactPersons.update(person.id, { email: 'c@acme.dk' });
    expect(updated).toMatchObject({ id: person.id, name: 'Carl', email: 'c@acme.dk' });

    await billy.contactPersons.remove(person.id);
    await expect(billy.contactPersons.get(person.id)).resolves.toBeNull();
  });
});

describe('products and prices', () => {
  it('creates a product with embedded prices and reads them back embedded', async () => {
    const { record, changed } = await billy.products.create({ name: 'Consulting', productNo: 'P-9', prices: [{ currencyId: 'DKK', unitPrice: 950 }] });
    expect(record).toMatchObject({ name: 'Consulting', productNo: 'P-9', accountId: expect.any(String), salesTaxRulesetId: expect.any(String) });
    expect(changed.productPrices).toEqual([expect.objectContaining({ productId: record.id, unitPrice: 950 })]);

    const embedded = await billy.products.get(record.id, { include: 'product.prices:embed' });
    expect(embedded?.prices).toEqual([expect.objectContaining({ currencyId: 'DKK', unitPrice: 950 })]);
    expect((await billy.products.list({ productNo: 'P-9' })).records.map((p) => p.id)).toEqual([record.id]);
  });

  it('manages prices on their own', async () => {
    const product = await aProduct();
    const { record: eur } = await billy.productPrices.create({ productId: product.id, currencyId: 'EUR', unitPrice: 135 });
    expect(eur).toMatchObject({ productId: product.id, currencyId: 'EUR', unitPrice: 135 });

    const { record: updated } = await billy.productPrices.update(eur.id, { unitPrice: 140 });
    expect(updated.unitPrice).toBe(140);

    const prices = await billy.productPrices.list({ productId: product.id, sortProperty: 'currencyId' });
    expect(prices.records.map((p) => [p.currencyId, p.unitPrice])).toEqual([
      ['DKK', 1000],
      ['EUR', 140],
    ]);

    await billy.productPrices.remove(eur.id);
    expect((await billy.productPrices.list({ productId: product.id })).records).toHaveLength(1);
  });

  it('updates and removes a product', async () => {
    const product = await aProduct();
    const { record } = await billy.products.update(product.id, { description: 'Hourly' });
    expect(record).toMatchObject({ name: 'Consulting', description: 'Hourly' });
    await billy.products.remove(product.id);
    await expect(billy.products.get(product.id)).resolves.toBeNull();
  });
});

describe('invoices, lines and credit notes', () => {
  it('creates a draft with lines; the answer carries the invoice and its lines', async () => {
    const contact = await aContact();
    const product = await aProduct();
    const { record: invoice, changed } = await billy.invoices.create({
      contactId: contact.id,
      entryDate: '2025-06-01',
      paymentTermsMode: 'net',
      paymentTermsDays: 8,
      taxMode: 'excl',
      lines: [{ productId: product.id, quantity: 2, unitPrice: 1000, description: 'Two hours' }],
    });
    expect(invoice).toMatchObject({ state: 'draft', contactId: contact.id, amount: 2000, tax: 500, grossAmount: 2500, dueDate: '2025-06-09' });
    expect(changed.invoiceLines).toEqual([expect.objectContaining({ invoiceId: invoice.id, quantity: 2 })]);

    const plain = await billy.invoices.get(invoice.id);
    expect(plain?.lines).toBeUndefined();
    const embedded = await billy.invoices.get(invoice.id, { include: 'invoice.lines:embed' });
    expect(embedded?.lines).toEqual([expect.objectContaining({ productId: product.id, amount: 2000 })]);

    const listed = await billy.invoices.list({ contactId: contact.id, state: 'draft', include: 'invoice.contact:sideload' });
    expect(listed.records.map((i) => i.id)).toEqual([invoice.id]);
    expect(listed.sideloaded.contacts).toEqual([expect.objectContaining({ id: contact.id })]);
  });

  it('edits a draft, manages its lines, approves it, and issues a credit note', async () => {
    const contact = await aContact();
    const product = await aProduct();
    const { record: draft } = await billy.invoices.create({
      contactId: contact.id,
      entryDate: '2025-06-01',
      lines: [{ productId: product.id, quantity: 1, unitPrice: 100 }],
    });
    const { record: edited } = await billy.invoices.update(draft.id, { contactMessage: 'Thanks!' });
    expect(edited.contactMessage).toBe('Thanks!');

    const { record: line } = await billy.invoiceLines.create({ invoiceId: draft.id, productId: product.id, quantity: 3, unitPrice: 10 });
    const { record: changedLine } = await billy.invoiceLines.update(line.id, { quantity: 4 });
    expect(changedLine.quantity).toBe(4);
    expect((await billy.invoiceLines.list({ invoiceId: draft.id })).records).toHaveLength(2);
    await billy.invoiceLines.remove(line.id);
    await expect(billy.invoiceLines.get(line.id)).resolves.toBeNull();

    const { record: approved } = await billy.invoices.update(draft.id, { state: 'approved' });
    expect(approved).toMatchObject({ state: 'approved', invoiceNo: expect.any(String) });

    const { record: credit } = await billy.invoices.create({
      type: 'creditNote',
      contactId: contact.id,
      creditedInvoiceId: draft.id,
      entryDate: '2025-06-02',
      lines: [{ productId: product.id, quantity: 1, unitPrice: 100 }],
    });
    expect(credit).toMatchObject({ type: 'creditNote', creditedInvoiceId: draft.id });
    const credits = await billy.invoices.list({ creditedInvoiceId: draft.id });
    expect(credits.records.map((i) => i.id)).toEqual([credit.id]);
  });

  it('removes a draft invoice', async () => {
    const contact = await aContact();
    const product = await aProduct();
    const { record } = await billy.invoices.create({ contactId: contact.id, entryDate: '2025-06-01', lines: [{ productId: product.id, unitPrice: 1 }] });
    await billy.invoices.remove(record.id);
    await expect(billy.invoices.get(record.id)).resolves.toBeNull();
  });
});
