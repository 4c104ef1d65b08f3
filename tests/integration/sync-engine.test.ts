import { bulkSeedFlat, seedCrm } from '../helpers/crm-seed';
import { docs, useSyncTestApp } from '../helpers/sync';
import { WRITE_BACK_BATCH } from '../../server/src/sync/write-back-batch';

const t = useSyncTestApp({ settings: { syncDirection: 'toBilly', priority: null, invoicePriorityModule: 'organizations', approveInvoices: false } });

describe('to Billy', () => {
  it('sends every module field by field, then sends nothing on a second sync', async () => {
    const org = await docs(t.app, 'organization').create({
      data: {
        name: 'Acme ApS', registrationNo: '12345678', ean: '5790000000001', street: 'Vej 1', zipCode: '8000', city: 'Aarhus',
        country: 'DK', phone: '+45 11223344', email: 'billing@acme.dk', paymentTermsMode: 'net', paymentTermsDays: 14,
        invoiceLocale: 'en_US', currency: 'EUR',
      },
    });
    const person = await docs(t.app, 'contact').create({ data: { name: 'Ann Acme', email: 'ann@acme.dk', organization: org.documentId } });
    const privateCustomer = await docs(t.app, 'contact').create({ data: { name: 'Bo Private', email: 'bo@example.dk', phone: '555', country: 'DK', city: 'Odense' } });
    const product = await docs(t.app, 'product').create({
      data: { name: 'Widget', productNo: 'W-1', description: 'A widget', prices: [{ currency: 'DKK', unitPrice: 100 }, { currency: 'EUR', unitPrice: 14 }] },
    });
    const invoice = await docs(t.app, 'invoice').create({
      data: {
        invoiceDate: '2026-01-15', currency: 'DKK', taxMode: 'excl', message: 'Thanks', organization: org.documentId, contact: person.documentId,
        lines: [{ product: product.documentId, description: 'Two widgets', quantity: 2, unitPrice: 100, discountMode: 'percent', discountValue: 10 }],
      },
    });

    const run = await t.sync();
    expect(run.status).toBe('succeeded');
    expect(run.counts).toMatchObject({
      organizations: { created: 1, failed: 0 }, contacts: { created: 2, failed: 0 }, products: { created: 1 }, invoices: { created: 1 },
    });

    const state = t.sandbox.control.state();
    const company = state.contacts.find((c) => c.type === 'company')!;
    expect(company).toMatchObject({
      name: 'Acme ApS', registrationNo: '12345678', ean: '5790000000001', street: 'Vej 1', zipcodeText: '8000', cityText: 'Aarhus',
      countryId: 'DK', phone: '+45 11223344', paymentTermsMode: 'net', paymentTermsDays: 14, localeId: 'en_US', currencyId: 'EUR',
      isArchived: false, contactNo: `C-${String(org.id).padStart(6, '0')}`,
    });
    const companyPersons = state.contactPersons.filter((p) => p.contactId === company.id);
    expect(companyPersons).toEqual(expect.arrayContaining([
      expect.objectContaining({ email: 'billing@acme.dk', isPrimary: true }),
      expect.objectContaining({ name: 'Ann Acme', email: 'ann@acme.dk', isPrimary: false }),
    ]));
    const privateContact = state.contacts.find((c) => c.type === 'person')!;
    expect(privateContact).toMatchObject({ name: 'Bo Private', phone: '555', cityText: 'Odense', countryId: 'DK' });
    expect(state.contactPersons.find((p) => p.contactId === privateContact.id)).toMatchObject({ email: 'bo@example.dk', isPrimary: true });

    const billyProduct = state.products[0];
    expect(billyProduct).toMatchObject({ name: 'Widget', productNo: 'W-1', description: 'A widget' });
    expect(state.productPrices.filter((p) => p.productId === billyProduct.id).map((p) => [p.currencyId, p.unitPrice]).sort()).toEqual([['DKK', 100], ['EUR', 14]]);

    const billyInvoice = state.invoices[0];
    expect(billyInvoice).toMatchObject({
      type: 'invoice', state: 'draft', contactId: company.id, entryDate: '2026-01-15', currencyId: 'DKK', taxMode: 'excl', contactMessage: 'Thanks',
      externalId: `strapi-${invoice.documentId}`, attContactPersonId: companyPersons.find((p) => p.email === 'ann@acme.dk')!.id,
    });
    expect(state.invoiceLines.filter((l) => l.invoiceId === billyInvoice.id)).toEqual([
      expect.objectContaining({ productId: billyProduct.id, description: 'Two widgets', quantity: 2, unitPrice: 100, discountMode: 'percent', discountValue: 10 }),
    ]);

    // Billy-only figures and the generated key came back to Strapi.
    const savedInvoice = await docs(t.app, 'invoice').findOne({ documentId: invoice.documentId });
    expect(savedInvoice).toMatchObject({
      netAmount: billyInvoice.amount, vatAmount: billyInvoice.tax, grossAmount: billyInvoice.grossAmount, balance: billyInvoice.balance,
      isPaid: false, dueDate: billyInvoice.dueDate, pdfUrl: billyInvoice.downloadUrl, approvalState: 'draft',
    });
    expect(Number(savedInvoice!.netAmount)).toBe(180);
    expect((await docs(t.app, 'organization').findOne({ documentId: org.documentId }))!.customerNo).toBe(`C-${String(org.id).padStart(6, '0')}`);
    expect((await docs(t.app, 'contact').findOne({ documentId: privateCustomer.documentId }))!.customerNo).toBe(`CP-${String(privateCustomer.id).padStart(6, '0')}`);

    t.sandbox.control.clearRequests();
    const second = await t.sync();
    expect(second.status).toBe('succeeded');
    expect(t.writes()).toEqual([]);
    expect(second.records.every((record) => record.outcome === 'skipped')).toBe(true);
  });

  it('sends a Strapi edit as one PUT and a delete as an archive', async () => {
    const org = await docs(t.app, 'organization').create({ data: { name: 'Edit Me', country: 'DK' } });
    const product = await docs(t.app, 'product').create({ data: { name: 'Old', prices: [{ currency: 'DKK', unitPrice: 5 }] } });
    await t.sync();

    await docs(t.app, 'organization').update({ documentId: org.documentId, data: { name: 'Edited', city: 'Vejle' } });
    await docs(t.app, 'product').delete({ documentId: product.documentId });
    t.sandbox.control.clearRequests();
    const run = await t.sync();

    expect(run.counts.organizations).toMatchObject({ updated: 1 });
    expect(run.counts.products).toMatchObject({ updated: 1 });
    expect(t.writes()).toEqual([
      { method: 'PUT', path: expect.stringMatching(/^\/v2\/contacts\//) },
      { method: 'PUT', path: expect.stringMatching(/^\/v2\/products\//) },
    ]);
    const state = t.sandbox.control.state();
    expect(state.contacts[0]).toMatchObject({ name: 'Edited', cityText: 'Vejle' });
    expect(state.products[0]).toMatchObject({ isArchived: true });

    t.sandbox.control.clearRequests();
    await t.sync();
    expect(t.writes()).toEqual([]);
  });
});

describe('from Billy', () => {
  const seedBooks = () =>
    t.sandbox.control.seed({
      contacts: [
        {
          id: 'company1', type: 'company', name: 'Nordic A/S', registrationNo: '87654321', countryId: 'DK', cityText: 'Aalborg', contactNo: 'C-9',
          localeId: 'da_DK', paymentTermsMode: 'net', paymentTermsDays: 30,
          contactPersons: [{ id: 'p-primary', name: 'Nordic A/S', email: 'invoice@nordic.dk', isPrimary: true }, { id: 'p-eva', name: 'Eva Nord', email: 'eva@nordic.dk', isPrimary: false }],
        },
        { id: 'private1', type: 'person', name: 'Pia Person', countryId: 'DK', phone: '777', contactPersons: [{ name: 'Pia Person', email: 'pia@example.dk', isPrimary: true }] },
      ],
      products: [{ id: 'prod1', name: 'Service', productNo: 'S-1', prices: [{ currencyId: 'DKK', unitPrice: 250 }] }],
      invoices: [
        { id: 'inv1', contactId: 'company1', entryDate: '2026-02-01', state: 'approved', currencyId: 'DKK', lines: [{ productId: 'prod1', quantity: 4, unitPrice: 250 }] },
        { id: 'cn1', type: 'creditNote', creditedInvoiceId: 'inv1', contactId: 'company1', entryDate: '2026-02-03', state: 'approved', currencyId: 'DKK', lines: [{ productId: 'prod1', quantity: 1, unitPrice: 250 }] },
      ],
    });

  it('imports every module field by field, then writes nothing on a second sync', async () => {
    seedBooks();
    await t.settings({ syncDirection: 'fromBilly' });
    const run = await t.sync();
    expect(run.status).toBe('succeeded');
    expect(run.counts).toMatchObject({ organizations: { created: 1 }, contacts: { created: 2 }, products: { created: 1 }, invoices: { created: 1 }, creditNotes: { created: 1 } });
    expect(t.writes()).toEqual([]);

    const [org] = await docs(t.app, 'organization').findMany({});
    expect(org).toMatchObject({ name: 'Nordic A/S', registrationNo: '87654321', country: 'DK', city: 'Aalborg', customerNo: 'C-9', email: 'invoice@nordic.dk', paymentTermsDays: 30, invoiceLocale: 'da_DK', archived: false });
    const contacts = await docs(t.app, 'contact').findMany({ populate: ['organization'] });
    expect(contacts).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'Eva Nord', email: 'eva@nordic.dk', organization: expect.objectContaining({ documentId: org.documentId }) }),
      expect.objectContaining({ name: 'Pia Person', email: 'pia@example.dk', phone: '777', organization: null }),
    ]));
    const [product] = await docs(t.app, 'product').findMany({ populate: ['prices'] });
    expect(product).toMatchObject({ name: 'Service', productNo: 'S-1', prices: [expect.objectContaining({ currency: 'DKK', unitPrice: 250 })] });

    const invoices = await docs(t.app, 'invoice').findMany({ populate: { organization: true, creditedInvoice: true, lines: { populate: ['product'] } } });
    const invoice = invoices.find((i) => i.kind === 'invoice')!;
    const creditNote = invoices.find((i) => i.kind === 'creditNote')!;
    const billyInvoice = t.sandbox.control.state().invoices.find((i) => i.id === 'inv1')!;
    expect(invoice).toMatchObject({
      invoiceDate: '2026-02-01', approvalState: 'approved', invoiceNo: billyInvoice.invoiceNo, netAmount: 1000, vatAmount: billyInvoice.tax,
      grossAmount: billyInvoice.grossAmount, dueDate: billyInvoice.dueDate, pdfUrl: billyInvoice.downloadUrl, organization: expect.objectContaining({ documentId: org.documentId }),
      lines: [expect.objectContaining({ quantity: 4, unitPrice: 250, product: expect.objectContaining({ documentId: product.documentId }) })],
    });
    expect(creditNote.creditedInvoice).toMatchObject({ documentId: invoice.documentId });

    t.sandbox.control.clearRequests();
    const second = await t.sync();
    expect(t.writes()).toEqual([]);
    expect(second.records.every((record) => record.outcome === 'skipped')).toBe(true);
  });

  it('both ways: each side’s change flows from that side; a change on both keeps the priority side and logs a conflict', async () => {
    seedBooks();
    await t.settings({ syncDirection: 'both', priority: 'billy' });
    await t.sync();
    const org = (await docs(t.app, 'organization').findMany({}))[0];
    const product = (await docs(t.app, 'product').findMany({}))[0];

    // Strapi edits the product, Billy edits the company's city, both edit the company's name.
    await docs(t.app, 'product').update({ documentId: product.documentId, data: { description: 'From Strapi' } });
    await docs(t.app, 'organization').update({ documentId: org.documentId, data: { name: 'Strapi Name' } });
    const client = await t.app.strapi.plugin('billy').service('billy').client();
    await client.contacts.update('company1', { name: 'Billy Name', cityText: 'Skagen' });

    const run = await t.sync();
    const state = t.sandbox.control.state();
    expect(state.products[0].description).toBe('From Strapi');
    expect(await docs(t.app, 'organization').findOne({ documentId: org.documentId })).toMatchObject({ name: 'Billy Name', city: 'Skagen' });
    expect(state.contacts.find((c) => c.id === 'company1')!.name).toBe('Billy Name');
    expect(run.records.find((r) => r.documentId === org.documentId)).toMatchObject({
      outcome: 'updated', reason: 'kept_billy', changes: { name: { strapi: 'Strapi Name', billy: 'Billy Name' } },
    });

    t.sandbox.control.clearRequests();
    await t.sync();
    expect(t.writes()).toEqual([]);
  });
});

describe('matching and idempotent creates', () => {
  it('adopts the Billy company, persons and product that already exist instead of creating twins', async () => {
    t.sandbox.control.seed({
      contacts: [{ id: 'acme', type: 'company', name: 'Acme', registrationNo: '11112222', countryId: 'DK', contactPersons: [{ name: 'Ann', email: 'ANN@acme.dk' }] }],
      products: [{ id: 'w', name: 'Widget', productNo: 'W-1', prices: [{ currencyId: 'DKK', unitPrice: 100 }] }],
    });
    const org = await docs(t.app, 'organization').create({ data: { name: 'Acme', registrationNo: '11112222', country: 'DK' } });
    await docs(t.app, 'contact').create({ data: { name: 'Ann', email: 'ann@acme.dk', organization: org.documentId } });
    await docs(t.app, 'product').create({ data: { name: 'Widget', productNo: 'W-1', prices: [{ currency: 'DKK', unitPrice: 100 }] } });
    t.sandbox.control.clearRequests();

    const run = await t.sync();
    expect(run.status).toBe('succeeded');
    expect(t.writes().filter((w) => w.method === 'POST')).toEqual([]);
    const state = t.sandbox.control.state();
    expect(state.contacts).toHaveLength(1);
    expect(state.contactPersons).toHaveLength(1);
    expect(state.products).toHaveLength(1);
  });

  it('after creates whose answers were lost, a re-run still leaves exactly one Billy record each', async () => {
    const org = await docs(t.app, 'organization').create({ data: { name: 'Lost Co', country: 'DK' } });
    await docs(t.app, 'contact').create({ data: { name: 'Lone', email: 'lone@lost.dk', organization: org.documentId } });
    const product = await docs(t.app, 'product').create({ data: { name: 'Thing', prices: [{ currency: 'DKK', unitPrice: 10 }] } });
    await docs(t.app, 'invoice').create({ data: { invoiceDate: '2026-03-01', organization: org.documentId, lines: [{ product: product.documentId, quantity: 1, unitPrice: 10 }] } });
    t.sandbox.control.scriptFaults(
      ['/v2/contacts', '/v2/contactPersons', '/v2/products', '/v2/invoices'].map((pathPrefix) => ({ kind: 'lost_response' as const, method: 'POST', pathPrefix, times: 2 }))
    );

    await t.sync();
    await t.sync();

    const state = t.sandbox.control.state();
    expect(t.sandbox.control.requests().filter((r) => r.fault === 'lost_response').length).toBeGreaterThanOrEqual(4);
    expect(state.contacts).toHaveLength(1);
    expect(state.contactPersons).toHaveLength(1);
    expect(state.products).toHaveLength(1);
    expect(state.invoices).toHaveLength(1);

    t.sandbox.control.clearRequests();
    const third = await t.sync();
    expect(third.status).toBe('succeeded');
    expect(t.writes()).toEqual([]);
  });

  it('numbers a new customer and product readably, and finds a create whose answer was lost by that number', async () => {
    const org = await docs(t.app, 'organization').create({ data: { name: 'Havnens Bageri I/S', country: 'DK' } });
    const product = await docs(t.app, 'product').create({ data: { name: 'Rugbrød', prices: [{ currency: 'DKK', unitPrice: 35 }] } });
    const customerNo = `C-${String(org.id).padStart(6, '0')}`;
    const productNo = `P-${String(product.id).padStart(6, '0')}`;
    t.sandbox.control.scriptFaults([
      { kind: 'lost_response', method: 'POST', pathPrefix: '/v2/contacts', times: 1 },
      { kind: 'lost_response', method: 'POST', pathPrefix: '/v2/products', times: 1 },
    ]);

    const run = await t.sync();
    expect(run.counts).toMatchObject({ organizations: { created: 1, failed: 0 }, products: { created: 1, failed: 0 } });
    const state = t.sandbox.control.state();
    expect(state.contacts).toEqual([expect.objectContaining({ name: 'Havnens Bageri I/S', contactNo: customerNo })]);
    expect(state.products).toEqual([expect.objectContaining({ name: 'Rugbrød', productNo })]);
    const requests = t.sandbox.control.requests();
    expect(requests.filter((request) => request.fault === 'lost_response').map((request) => request.path)).toEqual(['/v2/contacts', '/v2/products']);
    // Each lost create was looked up by its number and found, not posted again.
    expect(requests.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual(['/v2/contacts', '/v2/products']);
    expect(requests.filter((request) => request.query.contactNo === customerNo || request.query.productNo === productNo).map((request) => request.path))
      .toEqual(['/v2/contacts', '/v2/products']);
    expect((await docs(t.app, 'organization').findOne({ documentId: org.documentId }))!.customerNo).toBe(customerNo);
    expect((await docs(t.app, 'product').findOne({ documentId: product.documentId }))!.productNo).toBe(productNo);
  });

  it('finds a lost create of an earlier version by its old key, and gives a new customer a number Billy does not use yet', async () => {
    const earlier = await docs(t.app, 'organization').create({ data: { name: 'Old Attempt ApS', country: 'DK' } });
    const next = await docs(t.app, 'organization').create({ data: { name: 'New ApS', country: 'DK' } });
    const nextNo = `C-${String(next.id).padStart(6, '0')}`;
    // The earlier version promised `strapi-<documentId>` and Billy saved the create, but the answer was lost.
    await t.app.strapi.db.query('plugin::billy.sync-link').create({
      data: { module: 'organizations', targetDocumentId: earlier.documentId, billyId: null, billyResource: 'contacts', syncKey: `strapi-${earlier.documentId}`, state: 'failed', intentAt: new Date().toISOString() },
    });
    // Someone numbered a Billy customer by hand with the number the new organization would get.
    t.sandbox.control.seed({
      contacts: [
        { id: 'lost1', type: 'company', name: 'Old Attempt ApS', countryId: 'DK', contactNo: `strapi-${earlier.documentId}` },
        { id: 'manual1', type: 'company', name: 'Someone Else', countryId: 'DK', contactNo: nextNo },
      ],
    });

    const run = await t.sync();
    expect(run.status).toBe('succeeded');
    const state = t.sandbox.control.state();
    expect(state.contacts).toHaveLength(3);
    expect(state.contacts.find((contact) => contact.id === 'lost1')).toMatchObject({ contactNo: `strapi-${earlier.documentId}` });
    expect(state.contacts.find((contact) => contact.id === 'manual1')).toMatchObject({ name: 'Someone Else', contactNo: nextNo });
    expect(state.contacts.find((contact) => contact.name === 'New ApS')).toMatchObject({ contactNo: `${nextNo}-2` });
    expect((await docs(t.app, 'organization').findOne({ documentId: next.documentId }))!.customerNo).toBe(`${nextNo}-2`);
  });
});

describe('invoices', () => {
  const setup = async () => {
    const org = await docs(t.app, 'organization').create({ data: { name: 'Org', country: 'DK' } });
    const person = await docs(t.app, 'contact').create({ data: { name: 'Private Pat', email: 'pat@example.dk', country: 'DK' } });
    const product = await docs(t.app, 'product').create({ data: { name: 'P', prices: [{ currency: 'DKK', unitPrice: 50 }] } });
    const invoiceData = { invoiceDate: '2026-04-01', organization: org.documentId, contact: person.documentId, lines: [{ product: product.documentId, quantity: 1, unitPrice: 50 }] };
    return { org, person, product, invoiceData };
  };
  const billyContactOf = (name: string) => t.sandbox.control.state().contacts.find((c) => c.name === name)!.id;

  it('go to the organization or the person by invoicePriorityModule', async () => {
    const { invoiceData } = await setup();
    const first = await docs(t.app, 'invoice').create({ data: invoiceData });
    await t.sync();
    await t.settings({ invoicePriorityModule: 'contacts' });
    const second = await docs(t.app, 'invoice').create({ data: invoiceData });
    await t.sync();

    const byExternalId = (documentId: string) => t.sandbox.control.state().invoices.find((i) => i.externalId === `strapi-${documentId}`)!;
    expect(byExternalId(first.documentId).contactId).toBe(billyContactOf('Org'));
    expect(byExternalId(second.documentId).contactId).toBe(billyContactOf('Private Pat'));
  });

  it('a credit note links to its invoice; an approved invoice edited in Strapi needs a credit note', async () => {
    const { invoiceData } = await setup();
    await t.settings({ approveInvoices: true });
    const invoice = await docs(t.app, 'invoice').create({ data: invoiceData });
    const creditNote = await docs(t.app, 'invoice').create({ data: { ...invoiceData, kind: 'creditNote', creditedInvoice: invoice.documentId } });
    const run = await t.sync();
    expect(run.counts).toMatchObject({ invoices: { created: 1 }, creditNotes: { created: 1 } });

    const state = t.sandbox.control.state();
    const billyInvoice = state.invoices.find((i) => i.type === 'invoice')!;
    expect(billyInvoice.state).toBe('approved');
    expect(state.invoices.find((i) => i.type === 'creditNote')).toMatchObject({ creditedInvoiceId: billyInvoice.id, externalId: `strapi-${creditNote.documentId}` });
    expect(await docs(t.app, 'invoice').findOne({ documentId: invoice.documentId })).toMatchObject({ approvalState: 'approved', invoiceNo: billyInvoice.invoiceNo });

    await docs(t.app, 'invoice').update({ documentId: invoice.documentId, data: { message: 'changed after approval' } });
    t.sandbox.control.clearRequests();
    const refused = await t.sync({ modules: ['invoices'] });
    expect(t.writes()).toEqual([]);
    expect(refused.status).toBe('partial');
    // The run's payment pass first pulls the balance the approved credit note lowered (fromBilly); the invoices phase refuses the edit.
    expect(refused.records.find((r) => r.documentId === invoice.documentId && r.direction === 'toBilly')).toMatchObject({ outcome: 'failed', reason: 'needs_credit_note', message: expect.stringContaining('needs a credit note') });
    const status = await t.app.http().get(`/billy/records/plugin::billy.invoice/${invoice.documentId}`).set('Authorization', `Bearer ${t.token}`).expect(200);
    expect(status.body.data).toMatchObject({ state: 'needsCreditNote', lastError: { reason: 'needs_credit_note' }, lastOutcomes: expect.arrayContaining([expect.objectContaining({ reason: 'needs_credit_note' }), expect.objectContaining({ outcome: 'created' })]) });
    expect(status.body.data.lastOutcomes[0]).toMatchObject({ reason: 'needs_credit_note' });
  });

  it('a draft approved in Strapi is approved in Billy with one PUT', async () => {
    const { invoiceData } = await setup();
    const invoice = await docs(t.app, 'invoice').create({ data: invoiceData });
    await t.sync();
    await docs(t.app, 'invoice').update({ documentId: invoice.documentId, data: { approvalState: 'approved' } });
    t.sandbox.control.clearRequests();
    await t.sync({ modules: ['invoices'] });
    expect(t.writes()).toEqual([{ method: 'PUT', path: expect.stringMatching(/^\/v2\/invoices\//) }]);
    expect(t.sandbox.control.state().invoices[0].state).toBe('approved');
    expect((await docs(t.app, 'invoice').findOne({ documentId: invoice.documentId }))!.invoiceNo).toBeTruthy();
  });
});

describe('database work of a first push', () => {
  it('writes a phase’s numbers and links in batches: one UPDATE per number and one read-back per batch, past the Document Service', async () => {
    const created = 60;
    for (let i = 0; i < created; i += 1) await docs(t.app, 'organization').create({ data: { name: `Batch Org ${i}` } });
    const statements: string[] = [];
    const listen = (query: { sql: string }) => statements.push(query.sql);
    const knex = t.app.strapi.db.connection;
    knex.on('query', listen);
    try {
      const run = await t.sync({ modules: ['organizations'] });
      expect(run.counts).toMatchObject({ organizations: { created, failed: 0 } });
    } finally {
      knex.off('query', listen);
    }
    const count = (pattern: RegExp) => statements.filter((sql) => pattern.test(sql)).length;
    // The intents: one multi-row insert, not one per record.
    expect(count(/^insert into [`"]billy_sync_links[`"]/i)).toBe(1);
    // One lookup of existing links for the intents, then one per write-back batch; not one per record.
    expect(count(/^select .* from [`"]billy_sync_links[`"] .*target_document_id[`"] in/i)).toBe(1 + Math.ceil(created / WRITE_BACK_BATCH));
    // Each written number is one UPDATE; the batch reads its rows back in one query. The Document
    // Service looked the document up by documentId, read its row twice and read it populated for its event.
    const numberWrite = /^update [`"]billy_organizations[`"] set [`"]customer_no[`"] = \?, [`"]updated_at[`"]/i;
    expect(count(numberWrite)).toBe(created);
    expect(count(/^select .* from [`"]billy_organizations[`"] as [`"]t0[`"] where \([`"]t0[`"]\.[`"]document_id[`"] = \?\)/i)).toBe(0);
    expect(count(/^select [`"]t0[`"]\.\* from [`"]billy_organizations[`"] as [`"]t0[`"] where \([`"]t0[`"]\.[`"]id[`"] = \?\)/i)).toBe(0);
    expect(count(/^select .* from [`"]billy_organizations[`"] as [`"]t0[`"] where \([`"]t0[`"]\.[`"]id[`"] in /i)).toBe(Math.ceil(created / WRITE_BACK_BATCH));
    // Numbers and links are written a batch per transaction, not one commit per record.
    const writeBackTransactions = statements.filter((sql, index) => /^begin/i.test(sql) && numberWrite.test(statements[index + 1] ?? '')).length;
    expect(writeBackTransactions).toBe(Math.ceil(created / WRITE_BACK_BATCH));
    // A phase reads its own module's merge bases, and only the ids of the others' links.
    expect(count(/^select [`"]t0[`"]\.\* from [`"]billy_sync_links[`"] as [`"]t0[`"]$/i)).toBe(0);
    expect(count(/^select .* from [`"]billy_sync_links[`"] as [`"]t0[`"] where \([`"]t0[`"]\.[`"]module[`"] = \?\)$/i)).toBe(1);
    const links = await t.app.strapi.db.query('plugin::billy.sync-link').findMany({ where: { module: 'organizations' } });
    expect(links).toHaveLength(created);
    expect(links.every((link: { state: string; billyId: string | null }) => link.state === 'synced' && link.billyId)).toBe(true);
  });

  it('asks for every Billy list at the start of a full run, before the first record is sent', async () => {
    await seedCrm(t.app.strapi, { organizations: 2, contacts: 0, products: 2, invoices: 0 });
    const run = await t.sync();
    expect(run.counts).toMatchObject({ organizations: { created: 2 }, products: { created: 2 } });
    const requests = t.sandbox.control.requests().map((request) => `${request.method} ${request.path}`);
    const firstWrite = requests.findIndex((request) => !request.startsWith('GET'));
    // The products and invoices phases do not wait for their lists after the phases before them.
    expect(requests.slice(0, firstWrite)).toEqual(expect.arrayContaining(['GET /v2/contacts', 'GET /v2/products', 'GET /v2/invoices']));
  });

  it('loads only the invoices of its kind in each phase: invoices, then credit notes', async () => {
    await seedCrm(t.app.strapi, { organizations: 1, contacts: 1, products: 1, invoices: 2 });
    const invoiceLoads: string[] = [];
    const listen = (query: { sql: string }) => {
      // A phase's load reads whole rows (t0.*); the run log's record names read a few columns by id.
      if (/^select [`"]t0[`"]\.\*.* from [`"]billy_invoices[`"] as [`"]t0[`"] .*order by .* limit/i.test(query.sql)) invoiceLoads.push(query.sql);
    };
    t.app.strapi.db.connection.on('query', listen);
    const preview = await t.sync({ modules: ['invoices'], dryRun: true }).finally(() => t.app.strapi.db.connection.off('query', listen));
    expect(preview.counts.invoices).toMatchObject({ total: 2 });
    // One load per phase, each filtered by kind in the query instead of reading every invoice twice.
    expect(invoiceLoads).toHaveLength(2);
    expect(invoiceLoads.every((sql) => /[`"]kind[`"]/.test(sql))).toBe(true);
  });

  it('plans every document of a module larger than one load page, each once', async () => {
    // 2,101 organizations: three load pages of 1,000, the last one short.
    await bulkSeedFlat(t.app.strapi, 4201);
    const pageReads: string[] = [];
    const listen = (query: { sql: string }) => {
      if (/^select .* from [`"]billy_organizations[`"] as [`"]t0[`"] order by .* limit/i.test(query.sql)) pageReads.push(query.sql);
    };
    t.app.strapi.db.connection.on('query', listen);
    const preview = await t.sync({ modules: ['organizations'], dryRun: true }).finally(() => t.app.strapi.db.connection.off('query', listen));
    // Read a page at a time: one populated query over every document would bind a variable per document.
    expect(pageReads).toHaveLength(3);
    expect(preview.status).toBe('succeeded');
    expect(preview.counts.organizations).toMatchObject({ total: 2101, created: 2101 });
    expect(new Set(preview.records.map((record) => record.documentId)).size).toBe(2101);
  });
});
