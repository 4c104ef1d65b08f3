/**
 * Billy's documented write rules (billy-api.md §5), one contract each: what Billy refuses, the
 * sandbox refuses, with Billy's 400 INVALID_RECORD shape and a message that names the field.
 */
import { billy, draftInvoiceBody, ids, seedBasics, useSandbox, type Answer, type Body } from './support';

describe('Billy write rules', () => {
  const sandbox = useSandbox();
  beforeEach(() => {
    sandbox().control.reset();
    sandbox().control.setSwitches({ validationStatus: 400 });
    seedBasics(sandbox());
  });

  const createDraft = async (overrides: Body = {}) => (await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody(overrides) })).body.invoices[0];
  const put = (path: string, record: string, body: Body) => billy(sandbox(), 'PUT', path, { body: { [record]: body } });

  /** Billy's validation answer for `record`, naming `field` in its message and attributes. */
  const expectRefused = (answer: Answer, record: string, field: string) => {
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ meta: { statusCode: 400, success: false }, errorCode: 'INVALID_RECORD', helpUrl: expect.any(String) });
    expect(answer.body.errorMessage).toContain(field);
    expect(answer.body.validationErrors[record].message).toContain(field);
    expect(Object.keys(answer.body.validationErrors[record].attributes)).toContain(field);
  };

  describe('creation-only fields', () => {
    test('contactPerson.contactId', async () => {
      expectRefused(await put(`/contactPersons/${ids.acmePerson}`, 'contactPerson', { contactId: ids.nordic }), 'contactPerson', 'contactId');
      expect(sandbox().control.state().contactPersons.find((person) => person.id === ids.acmePerson)?.contactId).toBe(ids.acme);
    });

    test.each([
      ['contactId', { contactId: ids.nordic }],
      ['type', { type: 'creditNote' }],
    ])('invoice.%s, even on a draft', async (field, change) => {
      const draft = await createDraft();
      expectRefused(await put(`/invoices/${draft.id}`, 'invoice', change), 'invoice', field);
    });

    test('invoice.creditedInvoiceId, even on a draft credit note', async () => {
      const first = await createDraft({ state: 'approved' });
      const second = await createDraft({ state: 'approved' });
      const creditNote = await createDraft({ type: 'creditNote', creditedInvoiceId: first.id });
      expectRefused(await put(`/invoices/${creditNote.id}`, 'invoice', { creditedInvoiceId: second.id }), 'invoice', 'creditedInvoiceId');
    });

    test('invoice.currencyId once approved (a draft may still change it)', async () => {
      const draft = await createDraft();
      expect((await put(`/invoices/${draft.id}`, 'invoice', { currencyId: 'EUR' })).status).toBe(200);
      const approved = await createDraft({ state: 'approved' });
      expectRefused(await put(`/invoices/${approved.id}`, 'invoice', { currencyId: 'EUR' }), 'invoice', 'currencyId');
    });

    test('sending a creation-only field with its current value is no change and is accepted', async () => {
      const draft = await createDraft();
      expect((await put(`/invoices/${draft.id}`, 'invoice', { contactId: ids.acme, type: 'invoice', contactMessage: 'Hej' })).status).toBe(200);
    });
  });

  describe('every invoice line needs a product', () => {
    test('on create', async () => {
      const answer = await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody({ lines: [{ quantity: 1, unitPrice: 100 }] }) });
      expectRefused(answer, 'invoice', 'lines[0].productId');
      expect(sandbox().control.state().invoices).toHaveLength(0);
    });

    test('on a PUT with lines, and on a line of its own', async () => {
      const draft = await createDraft();
      expectRefused(await put(`/invoices/${draft.id}`, 'invoice', { lines: [{ productId: null, unitPrice: 100 }] }), 'invoice', 'lines[0].productId');
      expectRefused(await billy(sandbox(), 'POST', '/invoiceLines', { body: { invoiceLine: { invoiceId: draft.id, unitPrice: 5 } } }), 'invoiceLine', 'productId');
    });
  });

  describe('a has-many array in a PUT replaces every child', () => {
    test('contact.contactPersons', async () => {
      await put(`/contacts/${ids.acme}`, 'contact', { contactPersons: [{ name: 'Ny Person', email: 'ny@acme.dk' }] });
      const persons = sandbox().control.state().contactPersons.filter((person) => person.contactId === ids.acme);
      expect(persons.map((person) => person.email)).toEqual(['ny@acme.dk']);
    });

    test('product.prices', async () => {
      await put(`/products/${ids.license}`, 'product', { prices: [{ currencyId: 'SEK', unitPrice: 300 }] });
      const prices = sandbox().control.state().productPrices.filter((price) => price.productId === ids.license);
      expect(prices.map((price) => price.currencyId)).toEqual(['SEK']);
    });

    test('invoice.lines', async () => {
      const draft = await createDraft({ lines: [{ productId: ids.consulting, unitPrice: 1 }, { productId: ids.license, unitPrice: 2 }] });
      await put(`/invoices/${draft.id}`, 'invoice', { lines: [{ productId: ids.license, unitPrice: 3 }] });
      const lines = sandbox().control.state().invoiceLines.filter((line) => line.invoiceId === draft.id);
      expect(lines.map((line) => [line.productId, line.unitPrice])).toEqual([[ids.license, 3]]);
    });
  });

  describe('records used by invoices are archived, not deleted', () => {
    test('a contact with invoices cannot be deleted, and can be archived', async () => {
      await createDraft();
      const answer = await billy(sandbox(), 'DELETE', `/contacts/${ids.acme}`);
      expect(answer).toMatchObject({ status: 400, body: { errorCode: 'INVALID_RECORD' } });
      expect((await put(`/contacts/${ids.acme}`, 'contact', { isArchived: true })).status).toBe(200);
      expect(sandbox().control.state().contacts.find((contact) => contact.id === ids.acme)?.isArchived).toBe(true);
    });

    test('a product on an invoice line cannot be deleted, and can be archived', async () => {
      await createDraft();
      expect((await billy(sandbox(), 'DELETE', `/products/${ids.consulting}`)).body.errorCode).toBe('INVALID_RECORD');
      expect((await put(`/products/${ids.consulting}`, 'product', { isArchived: true })).status).toBe(200);
      // The product unused on invoices is deleted as asked.
      expect((await billy(sandbox(), 'DELETE', `/products/${ids.license}`)).status).toBe(200);
    });
  });

  describe('reference ids must be known', () => {
    test.each([
      ['countryId', { countryId: 'XX' }],
      ['localeId', { localeId: 'xx_XX' }],
    ])('contact.%s', async (field, change) => {
      expectRefused(await put(`/contacts/${ids.acme}`, 'contact', change), 'contact', field);
      const created = await billy(sandbox(), 'POST', '/contacts', { body: { contact: { name: 'Ny ApS', countryId: 'DK', ...change } } });
      expectRefused(created, 'contact', field);
    });
  });
});

describe('read forms Billy might answer with', () => {
  const sandbox = useSandbox();
  beforeEach(() => {
    sandbox().control.reset();
    sandbox().control.setSwitches({ embedsChildren: true, honoursKeyFilters: true });
    seedBasics(sandbox());
  });

  test('embedsChildren off: persons and prices are left out of their parents, and read from their own resources', async () => {
    sandbox().control.setSwitches({ embedsChildren: false });
    const contacts = await billy(sandbox(), 'GET', '/contacts?include=contact.contactPersons:embed');
    expect(contacts.body.contacts[0]).not.toHaveProperty('contactPersons');
    const products = await billy(sandbox(), 'GET', `/products/${ids.license}?include=product.prices:embed`);
    expect(products.body.product).not.toHaveProperty('prices');
    // Invoice lines are still embedded (include=invoice.lines:embed is confirmed).
    await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody() });
    expect((await billy(sandbox(), 'GET', '/invoices?include=invoice.lines:embed')).body.invoices[0].lines).toHaveLength(1);
    expect((await billy(sandbox(), 'GET', `/contactPersons?contactId=${ids.acme}`)).body.contactPersons).toHaveLength(1);
    expect((await billy(sandbox(), 'GET', `/productPrices?productId=${ids.license}`)).body.productPrices).toHaveLength(2);

    sandbox().control.setSwitches({ embedsChildren: true });
    expect((await billy(sandbox(), 'GET', `/products/${ids.license}?include=product.prices:embed`)).body.product.prices).toHaveLength(2);
  });

  test('honoursKeyFilters off: contactNo, productNo and externalId are ignored; other filters still apply', async () => {
    sandbox().control.setSwitches({ honoursKeyFilters: false });
    expect((await billy(sandbox(), 'GET', '/contacts?contactNo=C-100')).body.contacts).toHaveLength(2);
    expect((await billy(sandbox(), 'GET', '/products?productNo=P-1')).body.products).toHaveLength(2);
    expect((await billy(sandbox(), 'GET', '/contacts?countryId=DE')).body.contacts).toHaveLength(1);
    sandbox().control.setSwitches({ honoursKeyFilters: true });
    expect((await billy(sandbox(), 'GET', '/contacts?contactNo=C-100')).body.contacts).toHaveLength(1);
  });
});
