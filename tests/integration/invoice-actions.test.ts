import { PERMISSIONS } from '../../contracts';
import { docs, useSyncTestApp } from '../helpers/sync';

const t = useSyncTestApp();

const ACTION_UID = 'plugin::billy.invoice-action';

beforeEach(async () => {
  await t.reset();
  await t.app.strapi.db.query(ACTION_UID).deleteMany({});
  await t.settings({ syncDirection: 'toBilly', priority: null, approveInvoices: false });
});

/** An organization with a billing e-mail, a product and a draft invoice of two lines (2 × 1000 + 1 × 500, excl. 25 % VAT). */
const seedInvoice = async (options: { email?: string | null } = {}) => {
  const org = await docs(t.app, 'organization').create({
    data: { name: 'Acme ApS', country: 'DK', ...(options.email === null ? {} : { email: options.email ?? 'billing@acme.dk' }) },
  });
  const product = await docs(t.app, 'product').create({ data: { name: 'Consulting', productNo: 'C-1', prices: [{ currency: 'DKK', unitPrice: 1000 }] } });
  const invoice = await docs(t.app, 'invoice').create({
    data: {
      invoiceDate: '2026-02-01',
      currency: 'DKK',
      organization: org.documentId,
      lines: [
        { product: product.documentId, description: 'Workshop', quantity: 2, unitPrice: 1000 },
        { product: product.documentId, description: 'Report', quantity: 1, unitPrice: 500 },
      ],
    },
  });
  return { org, product, invoice };
};

const syncedInvoice = async (options: { email?: string | null } = {}) => {
  const seeded = await seedInvoice(options);
  expect((await t.sync()).status).toBe('succeeded');
  return seeded;
};

const post = (path: string, body: object = {}, key?: string) => {
  const request = t.app.http().post(`/billy/invoices/${path}`).set(t.auth);
  return (key ? request.set('Idempotency-Key', key) : request).send(body);
};

const billyInvoice = () => t.sandbox.control.state().invoices.find((invoice) => invoice.type === 'invoice')!;
const runsOf = async (trigger: string) => ((await t.app.http().get('/billy/runs').set(t.auth).expect(200)).body.data as Array<{ trigger: string; status: string; id: number }>).filter((run) => run.trigger === trigger);
const bankAccount = async (): Promise<string> => {
  const accounts = (await t.app.http().get('/billy/payment-accounts').set(t.auth).expect(200)).body.data as Array<{ id: string; name: string }>;
  return accounts.find((account) => account.name === 'Bank')!.id;
};
const writesTo = (pathPart: string, method = 'POST') => t.sandbox.control.requests().filter((request) => request.method === method && request.path.includes(pathPart)).length;
/** Billy answers nothing but 503 to reads once `write` has gone through: the action's read-back after its write fails. */
const failReadsAfter = (write: { method: string; pathPrefix: string }) =>
  t.sandbox.control.scriptFaults([{ kind: 'unavailable', method: 'GET', times: 50, after: write }]);

describe('approve', () => {
  it('pushes the draft’s latest edit, approves it in Billy, writes back the number and figures, and logs a run of its own', async () => {
    const { invoice } = await syncedInvoice();
    await docs(t.app, 'invoice').update({ documentId: invoice.documentId, data: { message: 'Tak for ordren' } });

    const response = await post(`${invoice.documentId}/approve`).expect(200);
    expect(response.body.data).toMatchObject({ action: 'approve', replayed: false, invoice: { state: 'approved', invoiceNo: '1', balance: 3125 } });
    expect(billyInvoice()).toMatchObject({ state: 'approved', invoiceNo: '1', contactMessage: 'Tak for ordren', grossAmount: 3125 });
    // When Billy booked it, for the panel's note that the booked fields are Billy's now.
    expect(response.body.data.invoice.approvedTime).toBe(billyInvoice().approvedTime);
    expect(billyInvoice().approvedTime).toEqual(expect.any(String));
    expect(await docs(t.app, 'invoice').findOne({ documentId: invoice.documentId })).toMatchObject({
      approvalState: 'approved', invoiceNo: '1', netAmount: 2500, grossAmount: 3125, balance: 3125, dueDate: billyInvoice().dueDate,
    });
    const [run] = await runsOf('invoiceApprove');
    expect(run.status).toBe('succeeded');
    const records = (await t.app.http().get(`/billy/runs/${run.id}/records?pageSize=100`).set(t.auth).expect(200)).body.data;
    expect(records).toEqual(expect.arrayContaining([expect.objectContaining({ documentId: invoice.documentId, outcome: 'updated', reason: 'invoice_approve' })]));

    // Nothing left to push: the next sync writes nothing to Billy.
    t.sandbox.control.clearRequests();
    expect((await t.sync()).status).toBe('succeeded');
    expect(t.writes()).toEqual([]);
  });

  it('a double click (same Idempotency-Key) and a later repeat book once', async () => {
    const { invoice } = await syncedInvoice();
    await post(`${invoice.documentId}/approve`, {}, 'dialog-1').expect(200);
    const replay = await post(`${invoice.documentId}/approve`, {}, 'dialog-1').expect(200);
    expect(replay.body.data).toMatchObject({ replayed: true });
    const again = await post(`${invoice.documentId}/approve`).expect(200);
    expect(again.body.data).toMatchObject({ replayed: true, message: expect.stringContaining('already approved') });
    expect(t.sandbox.control.state().organization.nextInvoiceNo).toBe(2);
  });

  it('after "write applied, response lost" a retry finds it approved and books nothing twice', async () => {
    const { invoice } = await syncedInvoice();
    t.sandbox.control.scriptFaults([{ kind: 'lost_response', method: 'PUT', pathPrefix: '/v2/invoices', times: 3 }]);
    const first = await post(`${invoice.documentId}/approve`);
    t.sandbox.control.clearFaults();
    expect([200, 502]).toContain(first.status);
    await post(`${invoice.documentId}/approve`).expect(200);
    expect(billyInvoice()).toMatchObject({ state: 'approved', invoiceNo: '1' });
    expect(t.sandbox.control.state().organization.nextInvoiceNo).toBe(2);
    expect(await docs(t.app, 'invoice').findOne({ documentId: invoice.documentId })).toMatchObject({ approvalState: 'approved', invoiceNo: '1' });
  });

  it('gives Billy’s reason and changes nothing when Billy refuses', async () => {
    const { invoice } = await syncedInvoice();
    // Billy refuses an invoice without lines.
    await docs(t.app, 'invoice').update({ documentId: invoice.documentId, data: { lines: [] } });
    const response = await post(`${invoice.documentId}/approve`).expect(400);
    expect(response.body.error.message).toMatch(/^Billy did not .*lines must contain at least one line/);
    expect(billyInvoice()).toMatchObject({ state: 'draft', invoiceNo: null });
    expect((await runsOf('invoiceApprove'))[0].status).toBe('failed');
  });

  it('says so for an invoice never synced, and answers 403 without the permission', async () => {
    const { invoice } = await seedInvoice();
    const response = await post(`${invoice.documentId}/approve`).expect(400);
    expect(response.body.error.message).toMatch(/never been synced/);
    const token = await t.app.adminTokenWith(Object.values(PERMISSIONS).filter((action) => action !== PERMISSIONS.invoicesApprove));
    await t.app.http().post(`/billy/invoices/${invoice.documentId}/approve`).set('Authorization', `Bearer ${token}`).send({}).expect(403);
  });

  it('turns the connection light red when Billy refuses the token', async () => {
    const { invoice } = await syncedInvoice();
    t.sandbox.control.revokeToken(t.sandbox.token);
    await post(`${invoice.documentId}/approve`).expect(502);
    const status = (await t.app.http().get('/billy/status').set(t.auth).expect(200)).body.data;
    expect(status.connection).toMatchObject({ state: 'failed', reason: 'auth' });
  });
});

describe('send', () => {
  it('refuses a draft unless asked to approve first, then e-mails the primary contact person with the Danish template and brings sentState back', async () => {
    const { invoice } = await syncedInvoice();
    const refused = await post(`${invoice.documentId}/send`).expect(400);
    expect(refused.body.error.message).toMatch(/Only an approved invoice can be sent/);

    const response = await post(`${invoice.documentId}/send`, { approveFirst: true }).expect(200);
    expect(response.body.data).toMatchObject({ action: 'send', invoice: { state: 'approved', sentState: 'sent' } });
    const emails = t.sandbox.control.state().invoiceEmails;
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ toEmail: 'billing@acme.dk', emailSubject: 'Faktura 1 fra Sandbox ApS' });
    expect(emails[0].emailBody).toContain('Kære Acme ApS');
    expect(emails[0].emailBody).toContain('3.125,00');
    expect(await docs(t.app, 'invoice').findOne({ documentId: invoice.documentId })).toMatchObject({ sentState: 'sent', approvalState: 'approved' });
    expect((await runsOf('invoiceSend'))[0].status).toBe('succeeded');
  });

  it('takes the subject and text edited in the dialog', async () => {
    const { invoice } = await syncedInvoice();
    await post(`${invoice.documentId}/approve`).expect(200);
    await post(`${invoice.documentId}/send`, { subject: 'Your invoice', body: 'See attached.' }).expect(200);
    expect(t.sandbox.control.state().invoiceEmails[0]).toMatchObject({ emailSubject: 'Your invoice', emailBody: 'See attached.' });
  });

  it('after "write applied, response lost" a retry sends no second e-mail', async () => {
    const { invoice } = await syncedInvoice();
    await post(`${invoice.documentId}/approve`).expect(200);
    t.sandbox.control.scriptFaults([{ kind: 'lost_response', method: 'POST', pathPrefix: '/v2/invoices/' }]);
    await post(`${invoice.documentId}/send`).expect(502);
    const retry = await post(`${invoice.documentId}/send`).expect(200);
    expect(retry.body.data).toMatchObject({ replayed: true, message: expect.stringContaining('not sent again') });
    expect(t.sandbox.control.state().invoiceEmails).toHaveLength(1);
    expect(writesTo('/emails')).toBe(1);
  });

  it('a retry after the e-mail went out but its read-back failed sends no second e-mail', async () => {
    const { invoice } = await syncedInvoice();
    await post(`${invoice.documentId}/approve`).expect(200);
    failReadsAfter({ method: 'POST', pathPrefix: '/v2/invoices/' });
    const first = await post(`${invoice.documentId}/send`);
    expect(first.status).not.toBe(200);
    t.sandbox.control.clearFaults();
    const retry = await post(`${invoice.documentId}/send`).expect(200);
    expect(retry.body.data).toMatchObject({ replayed: true, message: expect.stringContaining('not sent again') });
    expect(t.sandbox.control.state().invoiceEmails).toHaveLength(1);
    expect(await docs(t.app, 'invoice').findOne({ documentId: invoice.documentId })).toMatchObject({ sentState: 'sent' });
  });

  it('explains what to add when no contact person has an e-mail address', async () => {
    const { invoice } = await syncedInvoice({ email: null });
    await post(`${invoice.documentId}/approve`).expect(200);
    const response = await post(`${invoice.documentId}/send`).expect(400);
    expect(response.body.error.message).toMatch(/no contact person with an e-mail address.*Add a contact with an e-mail address/);
    expect(t.sandbox.control.state().invoiceEmails).toHaveLength(0);
  });
});

describe('PDF', () => {
  it('streams Billy’s PDF named after the invoice number', async () => {
    const { invoice } = await syncedInvoice();
    await post(`${invoice.documentId}/approve`).expect(200);
    const response = await t.app.http().get(`/billy/invoices/${invoice.documentId}/pdf`).set(t.auth).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="invoice-1.pdf"');
    expect((response.body as Buffer).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
  });

  it('answers a failure with a reason the admin words', async () => {
    const { invoice } = await seedInvoice();
    const pdf = () => t.app.http().get(`/billy/invoices/${invoice.documentId}/pdf`).set(t.auth);
    expect((await pdf().expect(400)).body.error.details).toMatchObject({ reason: 'never_synced' });
    expect((await t.sync()).status).toBe('succeeded');
    t.sandbox.control.revokeToken(t.sandbox.token);
    expect((await pdf().expect(502)).body.error.details).toMatchObject({ reason: 'auth' });
  });
});

describe('payment', () => {
  it('books a bank payment on the chosen account and brings balance and isPaid back', async () => {
    const { invoice } = await syncedInvoice();
    await post(`${invoice.documentId}/approve`).expect(200);
    const accountId = await bankAccount();
    const partial = await post(`${invoice.documentId}/payments`, { amount: 1000, paidOn: '2026-02-10', accountId }).expect(200);
    expect(partial.body.data.invoice).toMatchObject({ balance: 2125, isPaid: false });
    await post(`${invoice.documentId}/payments`, { amount: 2125, paidOn: '2026-02-11', accountId }).expect(200);
    const paid = await docs(t.app, 'invoice').findOne({ documentId: invoice.documentId });
    expect(paid).toMatchObject({ balance: 0, isPaid: true });
    // dated by the payment that settled it (Billy gives no payment date), and up to date, not "changed" since its last sync
    expect(new Date(paid!.paidAt).toISOString().slice(0, 10)).toBe('2026-02-11');
    const status = (await t.app.http().get(`/billy/records/plugin::billy.invoice/${invoice.documentId}`).set(t.auth).expect(200)).body.data;
    expect(Date.parse(status.lastSyncedAt)).toBeGreaterThanOrEqual(Date.parse(paid!.updatedAt));
    expect(t.sandbox.control.state().bankPayments.map((payment) => payment.cashAmount)).toEqual([1000, 2125]);
    expect((await runsOf('invoicePayment')).map((run) => run.status)).toEqual(['succeeded', 'succeeded']);
  });

  it('refuses more than the balance unless confirmed as an overpayment; uses the settings’ account', async () => {
    const { invoice } = await syncedInvoice();
    await post(`${invoice.documentId}/approve`).expect(200);
    const refused = await post(`${invoice.documentId}/payments`, { amount: 4000, paidOn: '2026-02-10' }).expect(400);
    expect(refused.body.error.message).toMatch(/Choose the account/);
    const settings = (await t.app.http().get('/billy/settings').set(t.auth).expect(200)).body.data;
    await t.settings({ invoiceActions: { ...settings.invoiceActions, cashAccountId: await bankAccount() } });
    const over = await post(`${invoice.documentId}/payments`, { amount: 4000, paidOn: '2026-02-10' }).expect(400);
    expect(over.body.error.message).toMatch(/more than the invoice's balance.*overpayment/);
    expect(t.sandbox.control.state().bankPayments).toHaveLength(0);
    await post(`${invoice.documentId}/payments`, { amount: 4000, paidOn: '2026-02-10', confirmOverpayment: true }).expect(200);
    expect(billyInvoice()).toMatchObject({ balance: -875, isPaid: true });
  });

  it('after "write applied, response lost" a retry pays once', async () => {
    const { invoice } = await syncedInvoice();
    await post(`${invoice.documentId}/approve`).expect(200);
    const accountId = await bankAccount();
    t.sandbox.control.scriptFaults([{ kind: 'lost_response', method: 'POST', pathPrefix: '/v2/bankPayments' }]);
    await post(`${invoice.documentId}/payments`, { amount: 1000, paidOn: '2026-02-10', accountId }).expect(502);
    const retry = await post(`${invoice.documentId}/payments`, { amount: 1000, paidOn: '2026-02-10', accountId }).expect(200);
    expect(retry.body.data).toMatchObject({ replayed: true });
    expect(t.sandbox.control.state().bankPayments).toHaveLength(1);
    expect(billyInvoice().balance).toBe(2125);
  });

  it('a retry after the payment was booked but its read-back failed pays once', async () => {
    const { invoice } = await syncedInvoice();
    await post(`${invoice.documentId}/approve`).expect(200);
    const accountId = await bankAccount();
    failReadsAfter({ method: 'POST', pathPrefix: '/v2/bankPayments' });
    const first = await post(`${invoice.documentId}/payments`, { amount: 1000, paidOn: '2026-02-10', accountId });
    expect(first.status).not.toBe(200);
    t.sandbox.control.clearFaults();
    const retry = await post(`${invoice.documentId}/payments`, { amount: 1000, paidOn: '2026-02-10', accountId }).expect(200);
    expect(retry.body.data).toMatchObject({ replayed: true, message: expect.stringContaining('not registered again') });
    expect(t.sandbox.control.state().bankPayments).toHaveLength(1);
    expect(await docs(t.app, 'invoice').findOne({ documentId: invoice.documentId })).toMatchObject({ balance: 2125 });
  });

  it('rejects bad input with the field named', async () => {
    const { invoice } = await syncedInvoice();
    const response = await post(`${invoice.documentId}/payments`, { amount: -5, paidOn: 'yesterday' }).expect(400);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path[0]).sort()).toEqual(['amount', 'paidOn']);
  });
});

describe('credit note', () => {
  it('creates a linked credit note of the chosen lines in Strapi and as a Billy draft; approving it lowers the invoice’s balance', async () => {
    const { invoice } = await syncedInvoice();
    await post(`${invoice.documentId}/approve`).expect(200);
    const response = await post(`${invoice.documentId}/credit-note`, { lines: [{ index: 1, quantity: 1 }] }).expect(200);
    const creditNoteId = response.body.data.creditNoteDocumentId as string;
    const creditNote = await docs(t.app, 'invoice').findOne({ documentId: creditNoteId, populate: { creditedInvoice: true, lines: true } });
    expect(creditNote).toMatchObject({ kind: 'creditNote', approvalState: 'draft', creditedInvoice: { documentId: invoice.documentId }, lines: [expect.objectContaining({ description: 'Report', quantity: 1 })] });
    const billyCreditNote = t.sandbox.control.state().invoices.find((row) => row.type === 'creditNote')!;
    expect(billyCreditNote).toMatchObject({ state: 'draft', creditedInvoiceId: billyInvoice().id, grossAmount: 625 });

    await post(`${creditNoteId}/approve`).expect(200);
    expect(billyInvoice().balance).toBe(2500);
    expect(t.sandbox.control.state().invoices.find((row) => row.type === 'creditNote')).toMatchObject({ state: 'approved' });
  });

  it('never credits more than the invoice still owes (drafts included)', async () => {
    const { invoice } = await syncedInvoice();
    await post(`${invoice.documentId}/approve`).expect(200);
    await post(`${invoice.documentId}/credit-note`, { lines: [{ index: 0, quantity: 2 }] }).expect(200);
    const response = await post(`${invoice.documentId}/credit-note`).expect(400);
    expect(response.body.error.message).toMatch(/at most what the invoice still owes/);
    expect(response.body.error.details).toMatchObject({ reason: 'exceeds_remaining', creditableAmount: 625, creditAmount: 3125 });
    const tooMany = await post(`${invoice.documentId}/credit-note`, { lines: [{ index: 1, quantity: 3 }] }).expect(400);
    expect(tooMany.body.error.message).toMatch(/quantity between 0 and 1/);
  });

  it('a retry after the credit note was made in Strapi but Billy did not take it finishes that credit note', async () => {
    const { invoice } = await syncedInvoice();
    await post(`${invoice.documentId}/approve`).expect(200);
    t.sandbox.control.scriptFaults([{ kind: 'unavailable', method: 'POST', pathPrefix: '/v2/invoices', times: 50 }]);
    const first = await post(`${invoice.documentId}/credit-note`, { lines: [{ index: 1, quantity: 1 }] });
    expect(first.status).not.toBe(200);
    t.sandbox.control.clearFaults();
    const retry = await post(`${invoice.documentId}/credit-note`, { lines: [{ index: 1, quantity: 1 }] }).expect(200);
    expect(await docs(t.app, 'invoice').findMany({ filters: { kind: 'creditNote' } })).toEqual([expect.objectContaining({ documentId: retry.body.data.creditNoteDocumentId })]);
    expect(t.sandbox.control.state().invoices.filter((row) => row.type === 'creditNote')).toHaveLength(1);
  });

  it('a double click creates one credit note', async () => {
    const { invoice } = await syncedInvoice();
    await post(`${invoice.documentId}/approve`).expect(200);
    const [first, second] = await Promise.all([post(`${invoice.documentId}/credit-note`, {}, 'k1'), post(`${invoice.documentId}/credit-note`, {}, 'k1')]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    await post(`${invoice.documentId}/credit-note`, {}, 'k1').expect(200);
    expect(await docs(t.app, 'invoice').findMany({ filters: { kind: 'creditNote' } })).toHaveLength(1);
  });
});

describe('open in Billy', () => {
  it('links to the record in the web app the organization names, and to nothing before a sync', async () => {
    const { invoice, org } = await seedInvoice();
    const before = await t.app.http().get(`/billy/web-links/plugin::billy.invoice/${invoice.documentId}`).set(t.auth).expect(200);
    expect(before.body.data.url).toBeNull();
    expect((await t.sync()).status).toBe('succeeded');
    const organizationId = t.sandbox.control.state().organization.id;
    const invoiceLink = (await t.app.http().get(`/billy/web-links/plugin::billy.invoice/${invoice.documentId}`).set(t.auth).expect(200)).body.data.url;
    expect(invoiceLink).toBe(`${t.sandbox.origin}/_sandbox/app/${organizationId}/invoices/${billyInvoice().id}`);
    const page = await fetch(invoiceLink);
    expect(page.status).toBe(200);
    const orgLink = (await t.app.http().get(`/billy/web-links/plugin::billy.organization/${org.documentId}`).set(t.auth).expect(200)).body.data.url;
    expect(orgLink).toMatch(/\/_sandbox\/app\/[^/]+\/contacts\/[A-Za-z0-9]+$/);
  });

  it('links customers and products to their page in the web app, a contact person to none, and each to nothing before a sync', async () => {
    const { org, product } = await seedInvoice();
    const person = await docs(t.app, 'contact').create({ data: { name: 'Jens Jensen', email: 'jens@acme.dk', organization: org.documentId } });
    const privateCustomer = await docs(t.app, 'contact').create({ data: { name: 'Hanne Hansen', email: 'hanne@example.dk', country: 'DK' } });
    const records = [
      { uid: 'plugin::billy.organization', documentId: org.documentId, section: 'contacts' },
      { uid: 'plugin::billy.contact', documentId: privateCustomer.documentId, section: 'contacts' },
      { uid: 'plugin::billy.product', documentId: product.documentId, section: 'products' },
      { uid: 'plugin::billy.contact', documentId: person.documentId, section: null },
    ];
    const webLink = async (uid: string, documentId: string) => (await t.app.http().get(`/billy/web-links/${uid}/${documentId}`).set(t.auth).expect(200)).body.data.url as string | null;
    for (const { uid, documentId } of records) expect(await webLink(uid, documentId)).toBeNull();

    expect((await t.sync()).status).toBe('succeeded');
    const organizationId = t.sandbox.control.state().organization.id;
    for (const { uid, documentId, section } of records) {
      const { billyId, billyResource } = (await t.app.http().get(`/billy/records/${uid}/${documentId}`).set(t.auth).expect(200)).body.data;
      expect(billyId).toEqual(expect.any(String));
      if (!section) {
        // A person under an organization is a contact person in Billy: the web app has no page for it.
        expect(billyResource).toBe('contactPersons');
        expect(await webLink(uid, documentId)).toBeNull();
        continue;
      }
      const link = await webLink(uid, documentId);
      expect(link).toBe(`${t.sandbox.origin}/_sandbox/app/${organizationId}/${section}/${billyId}`);
      expect((await fetch(link!)).status).toBe(200);
    }
  });
});
