import { billy, control, draftInvoiceBody, ids, seedBasics, useSandbox, type Body } from './support';

describe('invoice workflow: e-mails, PDF, accounts, bank payments, credit notes', () => {
  const sandbox = useSandbox();
  beforeEach(() => {
    sandbox().control.reset();
    seedBasics(sandbox());
  });
  const approvedInvoice = async (): Promise<Body> => (await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody({ state: 'approved' }) })).body.invoices[0];
  const getInvoice = async (id: string): Promise<Body> => (await billy(sandbox(), 'GET', `/invoices/${id}`)).body.invoice;
  const bankAccountId = async (): Promise<string> =>
    (await billy(sandbox(), 'GET', '/accounts?isPaymentEnabled=true')).body.accounts.find((account: Body) => account.isBankAccount).id;
  const pay = async (invoiceId: string, cashAmount: number, cashAccountId?: string) =>
    billy(sandbox(), 'POST', '/bankPayments', {
      body: {
        bankPayment: {
          entryDate: '2025-03-20',
          cashAmount,
          cashSide: 'debit',
          cashAccountId: cashAccountId ?? (await bankAccountId()),
          associations: [{ subjectReference: `invoice:${invoiceId}` }],
        },
      },
    });
  const email = { contactPersonId: ids.acmePerson, emailSubject: 'Faktura 1', emailBody: 'Hej Jens' };

  test('e-mailing an approved invoice records the e-mail and sets sentState; a draft is refused', async () => {
    const draft = (await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody() })).body.invoices[0];
    const refused = await billy(sandbox(), 'POST', `/invoices/${draft.id}/emails`, { body: { email } });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ errorCode: 'INVALID_RECORD', errorMessage: expect.stringContaining('approve it') });

    const invoice = await approvedInvoice();
    const sent = await billy(sandbox(), 'POST', `/invoices/${invoice.id}/emails`, { body: { email } });
    expect(sent.status).toBe(200);
    expect(sent.body.invoices[0]).toMatchObject({ id: invoice.id, sentState: 'sent' });
    const state = (await control(sandbox(), 'GET', 'state')).body;
    expect(state.invoiceEmails).toEqual([
      expect.objectContaining({ invoiceId: invoice.id, contactPersonId: ids.acmePerson, toEmail: 'jens@acme.dk', emailSubject: 'Faktura 1' }),
    ]);
    expect(state.invoices.find((row: Body) => row.id === draft.id).sentState).toBe('unsent');
  });

  test('an e-mail needs a contact person of the invoice’s contact who has an address', async () => {
    const invoice = await approvedInvoice();
    const missing = await billy(sandbox(), 'POST', `/invoices/${invoice.id}/emails`, { body: { email: { emailSubject: 'x', emailBody: 'y' } } });
    expect(missing.body.validationErrors.email.attributes).toEqual({ contactPersonId: 'is required' });
    const unknown = await billy(sandbox(), 'POST', '/invoices/NoSuchInvoice000000000/emails', { body: { email } });
    expect(unknown.status).toBe(404);
  });

  test('downloadUrl serves a one-page PDF without a token', async () => {
    const invoice = await approvedInvoice();
    const response = await fetch(invoice.downloadUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer()).toString('latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain('/Count 1');
    expect(pdf).toContain('Invoice 1');
    // The xref offsets point at the objects they name: a reader can open it.
    const xrefAt = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = [...pdf.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, index) => expect(pdf.slice(offset, offset + 8)).toBe(`${index + 1} 0 obj\n`));
  });

  test('accounts list the payment-enabled ones; a payment must use one', async () => {
    const accounts = (await billy(sandbox(), 'GET', '/accounts?isPaymentEnabled=true')).body.accounts;
    expect(accounts.map((account: Body) => account.name).sort()).toEqual(['Bank', 'Kasse']);
    const invoice = await approvedInvoice();
    const revenueAccount = (await billy(sandbox(), 'GET', '/accounts')).body.accounts.find((account: Body) => account.accountNo === 1110).id;
    const refused = await pay(invoice.id, 100, revenueAccount);
    expect(refused.body.validationErrors.bankPayment.attributes).toEqual({ cashAccountId: 'must be an account with isPaymentEnabled' });
  });

  test('bank payments lower the balance until the invoice is paid; voiding reverses; a payment is otherwise immutable', async () => {
    const invoice = await approvedInvoice();
    expect(invoice).toMatchObject({ grossAmount: 2500, balance: 2500, isPaid: false });
    const first = await pay(invoice.id, 1000);
    expect(first.status).toBe(200);
    expect(first.body.invoices[0]).toMatchObject({ id: invoice.id, balance: 1500, isPaid: false });
    const second = (await pay(invoice.id, 1500)).body;
    expect(await getInvoice(invoice.id)).toMatchObject({ balance: 0, isPaid: true });

    const paymentId = second.bankPayments[0].id;
    const edit = await billy(sandbox(), 'PUT', `/bankPayments/${paymentId}`, { body: { bankPayment: { cashAmount: 1 } } });
    expect(edit.body.validationErrors.bankPayment.attributes).toEqual({ cashAmount: 'cannot be changed on a bank payment; void it instead' });
    expect((await billy(sandbox(), 'DELETE', `/bankPayments/${paymentId}`)).status).toBe(405);

    await billy(sandbox(), 'PUT', `/bankPayments/${paymentId}`, { body: { bankPayment: { isVoided: true } } });
    expect(await getInvoice(invoice.id)).toMatchObject({ balance: 1500, isPaid: false });
    const restore = await billy(sandbox(), 'PUT', `/bankPayments/${paymentId}`, { body: { bankPayment: { isVoided: false } } });
    expect(restore.status).toBe(400);
  });

  test('a draft cannot be paid', async () => {
    const draft = (await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody() })).body.invoices[0];
    const refused = await pay(draft.id, 100);
    expect(refused.body.validationErrors.bankPayment.attributes['associations[0].subjectReference']).toMatch(/approved invoice/);
  });

  test('an approved credit note lowers the credited invoice’s remaining amount; a draft one does not', async () => {
    const invoice = await approvedInvoice();
    const creditNote = (
      await billy(sandbox(), 'POST', '/invoices', {
        body: draftInvoiceBody({ type: 'creditNote', creditedInvoiceId: invoice.id, lines: [{ productId: ids.consulting, quantity: 1, unitPrice: 1000 }] }),
      })
    ).body.invoices[0];
    expect((await getInvoice(invoice.id)).balance).toBe(2500);
    const approved = await billy(sandbox(), 'PUT', `/invoices/${creditNote.id}`, { body: { invoice: { state: 'approved' } } });
    expect(approved.body.invoices.find((row: Body) => row.id === invoice.id)).toMatchObject({ balance: 1250, isPaid: false });
    expect(await getInvoice(invoice.id)).toMatchObject({ balance: 1250 });
  });

  test('the organization gives its web-app address, and the sandbox serves a page for a record there', async () => {
    const organization = (await billy(sandbox(), 'GET', '/organization')).body.organization;
    expect(organization.url).toBe(`${sandbox().origin}/_sandbox/app/${organization.id}`);
    const invoice = await approvedInvoice();
    const page = await fetch(`${organization.url}/invoices/${invoice.id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`data-record-id="${invoice.id}"`);
    expect((await fetch(`${organization.url}/invoices/NoSuchInvoice`)).status).toBe(404);
  });
});
