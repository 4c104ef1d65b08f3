import { billy, draftInvoiceBody, ids, seedBasics, useSandbox, type Body } from './support';

describe('invoices', () => {
  const sandbox = useSandbox();
  beforeEach(() => {
    sandbox().control.reset();
    seedBasics(sandbox());
  });
  const createInvoice = (overrides: Body = {}) => billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody(overrides) });
  const updateInvoice = (id: string, invoice: Body) => billy(sandbox(), 'PUT', `/invoices/${id}`, { body: { invoice } });
  const attributesOf = (body: Body) => body.validationErrors.invoice.attributes;
  const createDraft = async (overrides: Body = {}) => (await createInvoice(overrides)).body.invoices[0];

  test('a new invoice is an unnumbered, unpaid draft with derived amounts and a download URL', async () => {
    const { body } = await createInvoice({ contactMessage: 'Tak for handlen' });
    expect(body.invoices[0]).toMatchObject({
      id: expect.stringMatching(/^[A-Za-z0-9]{22}$/),
      type: 'invoice',
      state: 'draft',
      sentState: 'unsent',
      invoiceNo: null,
      approvedTime: null,
      contactId: ids.acme,
      entryDate: '2025-03-10',
      dueDate: '2025-03-18',
      currencyId: 'DKK',
      exchangeRate: 1,
      taxMode: 'excl',
      contactMessage: 'Tak for handlen',
      amount: 2000,
      tax: 500,
      grossAmount: 2500,
      balance: 2500,
      isPaid: false,
      lineDescription: 'Consulting',
      downloadUrl: `${sandbox().origin}/_sandbox/files/invoices/${body.invoices[0].id}/draft-invoice.pdf`,
    });
    expect(body.invoiceLines[0]).toMatchObject({ quantity: 2, unitPrice: 1000, amount: 2000, tax: 500, priority: 0 });
  });

  test('approving takes the next number of the organization’s sequence and stamps approvedTime', async () => {
    const first = await createDraft();
    const second = await createDraft();
    const approved = (await updateInvoice(first.id, { state: 'approved' })).body.invoices[0];
    expect(approved).toMatchObject({ state: 'approved', invoiceNo: '1', approvedTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/) });
    expect(approved.downloadUrl).toMatch(/invoice-1\.pdf$/);
    expect((await updateInvoice(second.id, { state: 'approved' })).body.invoices[0].invoiceNo).toBe('2');
    expect((await createInvoice({ state: 'approved' })).body.invoices[0].invoiceNo).toBe('3');
    expect((await billy(sandbox(), 'GET', '/organization')).body.organization.nextInvoiceNo).toBe(4);
  });

  test('an invoiceNo given on create is kept and must be unique', async () => {
    expect((await createInvoice({ invoiceNo: 'A-17', state: 'approved' })).body.invoices[0].invoiceNo).toBe('A-17');
    expect(attributesOf((await createInvoice({ invoiceNo: 'A-17' })).body)).toEqual({ invoiceNo: 'is already used by another invoice' });
  });

  test('draft → approved is the only state change', async () => {
    const draft = await createDraft();
    expect(attributesOf((await updateInvoice(draft.id, { state: 'voided' })).body)).toHaveProperty('state');
    await updateInvoice(draft.id, { state: 'approved' });
    const { status, body } = await updateInvoice(draft.id, { state: 'draft' });
    expect(status).toBe(400);
    expect(attributesOf(body)).toEqual({ state: 'cannot be changed on an approved invoice' });
  });

  test('an approved invoice refuses every change, including its lines, but accepts a PUT that changes nothing', async () => {
    const invoice = (await createInvoice({ state: 'approved', contactMessage: 'Hej' })).body.invoices[0];
    expect(attributesOf((await updateInvoice(invoice.id, { contactMessage: 'Changed' })).body)).toEqual({ contactMessage: 'cannot be changed on an approved invoice' });
    const relined = await updateInvoice(invoice.id, { lines: [{ productId: ids.license, unitPrice: 1 }] });
    expect(attributesOf(relined.body)).toEqual({ lines: 'cannot be changed on an approved invoice' });
    const unchanged = await updateInvoice(invoice.id, { state: 'approved', contactMessage: 'Hej' });
    expect(unchanged.status).toBe(200);
    expect(unchanged.body.invoices[0]).toMatchObject({ invoiceNo: invoice.invoiceNo, grossAmount: 2500 });
  });

  test('type, contactId and creditedInvoiceId cannot change after create, even on a draft', async () => {
    const draft = await createDraft();
    const { body } = await updateInvoice(draft.id, { type: 'creditNote', contactId: ids.nordic });
    expect(Object.keys(attributesOf(body)).sort()).toEqual(['contactId', 'type']);
  });

  test('a draft PUT is partial: the lines and totals stay', async () => {
    const draft = await createDraft();
    await updateInvoice(draft.id, { contactMessage: 'Updated', orderNo: 'PO-1' });
    const { invoice } = (await billy(sandbox(), 'GET', `/invoices/${draft.id}?include=invoice.lines:embed`)).body;
    expect(invoice).toMatchObject({ contactMessage: 'Updated', orderNo: 'PO-1', grossAmount: 2500 });
    expect(invoice.lines).toHaveLength(1);
  });

  test('a draft PUT with lines replaces every line and re-derives the totals', async () => {
    const { body: created } = await createInvoice();
    const { body } = await updateInvoice(created.invoices[0].id, {
      lines: [{ productId: ids.license, quantity: 3, unitPrice: 200, description: 'Seats' }],
    });
    expect(body.invoices[0]).toMatchObject({ amount: 600, tax: 150, grossAmount: 750, lineDescription: 'Seats' });
    expect(body.invoiceLines).toEqual([expect.objectContaining({ productId: ids.license, amount: 600 })]);
    expect(body.meta.deletedRecords).toEqual({ invoiceLines: [created.invoiceLines[0].id] });
  });

  test('a draft can be deleted with its lines; an approved invoice cannot', async () => {
    const { body: created } = await createInvoice();
    const { body } = await billy(sandbox(), 'DELETE', `/invoices/${created.invoices[0].id}`);
    expect(body.meta.deletedRecords).toEqual({ invoices: [created.invoices[0].id], invoiceLines: [created.invoiceLines[0].id] });

    const approved = (await createInvoice({ state: 'approved' })).body.invoices[0];
    const refused = await billy(sandbox(), 'DELETE', `/invoices/${approved.id}`);
    expect(refused.status).toBe(400);
    expect(refused.body.errorCode).toBe('INVALID_RECORD');
  });

  test.each<[string, Body, string[]]>([
    ['no contactId', { contactId: undefined }, ['contactId']],
    ['an unknown contactId', { contactId: 'NoSuchContact000000000' }, ['contactId']],
    ['no entryDate', { entryDate: undefined }, ['entryDate']],
    ['an impossible entryDate', { entryDate: '2025-02-30' }, ['entryDate']],
    ['no lines', { lines: undefined }, ['lines']],
    ['an empty lines array', { lines: [] }, ['lines']],
    ['a line without productId or unitPrice', { lines: [{ quantity: 1 }] }, ['lines[0].productId', 'lines[0].unitPrice']],
    ['a line with an unknown product', { lines: [{ productId: 'NoSuchProduct000000000', unitPrice: 1 }] }, ['lines[0].productId']],
    ['an unknown currency', { currencyId: 'XYZ' }, ['currencyId']],
    ['another contact’s person as attContactPersonId', { contactId: ids.nordic, attContactPersonId: ids.acmePerson }, ['attContactPersonId']],
    ['an unknown discountMode', { lines: [{ productId: ids.consulting, unitPrice: 1, discountMode: 'cash_discount', discountValue: 1 }] }, ['lines[0].discountMode']],
  ])('an invoice with %s is INVALID_RECORD', async (_case, overrides, fields) => {
    const { status, body } = await createInvoice(overrides);
    expect(status).toBe(400);
    expect(Object.keys(attributesOf(body)).sort()).toEqual(fields.sort());
    expect(sandbox().control.state().invoices).toHaveLength(0);
  });
});

describe('invoice filters', () => {
  const sandbox = useSandbox();
  const invoiceIds = { paid: 'PaidInvoice00000000001', draft: 'DraftInvoice0000000001', credit: 'CreditNote000000000001' };

  beforeAll(() => {
    seedBasics(sandbox());
    const line = { productId: ids.consulting, unitPrice: 1000 };
    sandbox().control.seed({
      invoices: [
        { id: invoiceIds.paid, contactId: ids.acme, entryDate: '2025-01-15', state: 'approved', invoiceNo: '1001', externalId: 'order-1', isPaid: true, lines: [line] },
        { id: invoiceIds.draft, contactId: ids.nordic, entryDate: '2025-02-20', lines: [{ ...line, description: 'Workshop Aarhus' }] },
        { id: invoiceIds.credit, type: 'creditNote', creditedInvoiceId: invoiceIds.paid, contactId: ids.acme, entryDate: '2025-03-01', state: 'approved', lines: [line] },
      ],
    });
  });

  test.each([
    [`contactId=${ids.nordic}`, ['draft']],
    ['state=draft', ['draft']],
    ['state=approved', ['paid', 'credit']],
    ['isPaid=true', ['paid']],
    ['isPaid=false', ['draft', 'credit']],
    [`creditedInvoiceId=${invoiceIds.paid}`, ['credit']],
    ['externalId=order-1', ['paid']],
    ['invoiceNo=1001', ['paid']],
    ['type=creditNote', ['credit']],
    ['type=invoice', ['paid', 'draft']],
    ['minEntryDate=2025-02-01', ['draft', 'credit']],
    ['maxEntryDate=2025-02-20', ['paid', 'draft']],
    ['minEntryDate=2025-02-01&maxEntryDate=2025-02-28', ['draft']],
    ['q=workshop', ['draft']],
    ['q=nordic', ['draft']],
    ['q=1001', ['paid']],
    ['currencyId=DKK', ['paid', 'draft', 'credit']],
    ['currencyId=EUR', []],
  ])('filter %s', async (query, expected) => {
    const { body } = await billy(sandbox(), 'GET', `/invoices?${query}`);
    const nameOf = (id: string) => Object.entries(invoiceIds).find(([, value]) => value === id)?.[0];
    expect(body.invoices.map((invoice: { id: string }) => nameOf(invoice.id))).toEqual(expected);
  });

  test('a date filter that is not a date answers 400', async () => {
    expect((await billy(sandbox(), 'GET', '/invoices?minEntryDate=yesterday')).status).toBe(400);
  });
});

describe('invoiceLines', () => {
  const sandbox = useSandbox();
  let invoiceId = '';
  let firstLineId = '';
  beforeEach(async () => {
    sandbox().control.reset();
    seedBasics(sandbox());
    const { body } = await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody() });
    invoiceId = body.invoices[0].id;
    firstLineId = body.invoiceLines[0].id;
  });

  test('lines list by invoiceId and by productId', async () => {
    const { body } = await billy(sandbox(), 'GET', `/invoiceLines?invoiceId=${invoiceId}`);
    expect(body.invoiceLines.map((line: { id: string }) => line.id)).toEqual([firstLineId]);
    expect((await billy(sandbox(), 'GET', `/invoiceLines?productId=${ids.license}`)).body.invoiceLines).toEqual([]);
  });

  test('adding, changing and deleting a line re-derives the invoice', async () => {
    const added = (await billy(sandbox(), 'POST', '/invoiceLines', { body: { invoiceLine: { invoiceId, productId: ids.license, unitPrice: 200 } } })).body;
    expect(added.invoiceLines[0]).toMatchObject({ invoiceId, amount: 200, tax: 50, priority: 1 });
    expect(added.invoices[0]).toMatchObject({ id: invoiceId, amount: 2200, grossAmount: 2750 });

    const changed = (await billy(sandbox(), 'PUT', `/invoiceLines/${firstLineId}`, { body: { invoiceLine: { quantity: 1 } } })).body;
    expect(changed.invoices[0]).toMatchObject({ amount: 1200, grossAmount: 1500 });

    const removed = (await billy(sandbox(), 'DELETE', `/invoiceLines/${firstLineId}`)).body;
    expect(removed.meta.deletedRecords).toEqual({ invoiceLines: [firstLineId] });
    expect(removed.invoices[0]).toMatchObject({ amount: 200, grossAmount: 250 });
  });

  test('an invoice keeps at least one line', async () => {
    const { status, body } = await billy(sandbox(), 'DELETE', `/invoiceLines/${firstLineId}`);
    expect(status).toBe(400);
    expect(body.validationErrors.invoiceLine.attributes).toHaveProperty('id');
  });

  test('the lines of an approved invoice cannot change', async () => {
    await billy(sandbox(), 'PUT', `/invoices/${invoiceId}`, { body: { invoice: { state: 'approved' } } });
    const added = await billy(sandbox(), 'POST', '/invoiceLines', { body: { invoiceLine: { invoiceId, productId: ids.license, unitPrice: 200 } } });
    expect(added.body.validationErrors.invoiceLine.attributes).toHaveProperty('invoiceId');
    const changed = await billy(sandbox(), 'PUT', `/invoiceLines/${firstLineId}`, { body: { invoiceLine: { quantity: 5 } } });
    expect(changed.status).toBe(400);
  });
});

describe('credit notes and the unconfirmed-behaviour switches', () => {
  const sandbox = useSandbox();
  let creditedId = '';
  beforeEach(async () => {
    sandbox().control.reset();
    sandbox().control.setSwitches({ creditNoteType: 'creditNote', externalIdOnCreate: true });
    seedBasics(sandbox());
    creditedId = (await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody({ state: 'approved' }) })).body.invoices[0].id;
  });
  const createCreditNote = (type: string, extra: Body = {}) =>
    billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody({ type, creditedInvoiceId: creditedId, ...extra }) });

  test('a credit note is an invoice with type creditNote pointing at the credited invoice', async () => {
    const { body } = await createCreditNote('creditNote', { state: 'approved' });
    expect(body.invoices[0]).toMatchObject({ type: 'creditNote', creditedInvoiceId: creditedId, invoiceNo: '2', amount: 2000 });
    expect((await billy(sandbox(), 'GET', `/invoices?creditedInvoiceId=${creditedId}`)).body.invoices).toHaveLength(1);
    expect((await createCreditNote('credit_note')).body.validationErrors.invoice.attributes).toHaveProperty('type');
  });

  test('creditNoteType credit_note: that literal is accepted, returned and filtered on; creditNote is refused', async () => {
    await createCreditNote('creditNote');
    sandbox().control.setSwitches({ creditNoteType: 'credit_note' });
    const { body } = await createCreditNote('credit_note');
    expect(body.invoices[0].type).toBe('credit_note');
    expect((await billy(sandbox(), 'GET', '/invoices?type=credit_note')).body.invoices).toHaveLength(2);
    expect((await createCreditNote('creditNote')).body.validationErrors.invoice.attributes).toHaveProperty('type');
  });

  test('creditedInvoiceId must exist and is only for credit notes', async () => {
    expect((await createCreditNote('creditNote', { creditedInvoiceId: 'NoSuchInvoice000000000' })).body.validationErrors.invoice.attributes).toHaveProperty('creditedInvoiceId');
    expect((await createCreditNote('invoice')).body.validationErrors.invoice.attributes).toHaveProperty('creditedInvoiceId');
  });

  test('externalId can be set on create by default, and is filterable', async () => {
    const { body } = await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody({ externalId: 'crm-42' }) });
    expect(body.invoices[0].externalId).toBe('crm-42');
    expect((await billy(sandbox(), 'GET', '/invoices?externalId=crm-42')).body.invoices).toHaveLength(1);
  });

  test('with externalIdOnCreate off, externalId is ignored and not stored', async () => {
    sandbox().control.setSwitches({ externalIdOnCreate: false });
    const { status, body } = await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody({ externalId: 'crm-42' }) });
    expect(status).toBe(200);
    expect(body.invoices[0].externalId).toBeNull();
    expect((await billy(sandbox(), 'GET', '/invoices?externalId=crm-42')).body.invoices).toHaveLength(0);
  });
});
