import { PERMISSIONS } from '../../contracts';
import { docs, useSyncTestApp } from '../helpers/sync';

const t = useSyncTestApp();

// Three approved invoices in Billy, imported into Strapi by a full sync.
const seedAndImport = async () => {
  t.sandbox.control.seed({
    contacts: [{ id: 'acme', type: 'company', name: 'Acme ApS', countryId: 'DK' }],
    products: [{ id: 'work', name: 'Work', productNo: 'W-1', prices: [{ currencyId: 'DKK', unitPrice: 1000 }] }],
    invoices: ['paidInFull', 'partPaid', 'aged', 'untouched'].map((id) => ({
      id, contactId: 'acme', entryDate: '2026-03-02', state: 'approved', currencyId: 'DKK', lines: [{ productId: 'work', quantity: 1, unitPrice: 1000 }],
    })),
  });
  await t.settings({ syncDirection: 'fromBilly', priority: null });
  const run = await t.sync();
  expect(run.status).toBe('succeeded');
};

const strapiInvoices = async () => {
  const byBillyId = new Map<string, Record<string, any>>();
  for (const invoice of await docs(t.app, 'invoice').findMany({})) {
    const link = await t.app.strapi.db.query('plugin::billy.sync-link').findOne({ where: { module: 'invoices', targetDocumentId: invoice.documentId } });
    byBillyId.set(link.billyId, invoice);
  }
  return byBillyId;
};

const runPass = async () => {
  const response = await t.app.http().post('/billy/sync/payments').set(t.auth).send({});
  expect(response.status).toBe(200);
  return response.body.data;
};

describe('POST /billy/sync/payments', () => {
  beforeEach(async () => {
    await t.reset();
    await seedAndImport();
  });

  it('pulls balances, paid state and due dates back, reading only the open list and the invoices that left it', async () => {
    expect((await strapiInvoices()).get('paidInFull')).toMatchObject({ balance: 1250, isPaid: false, sentState: 'unsent' });
    t.sandbox.control.recordPayment({ invoiceId: 'paidInFull' });
    t.sandbox.control.recordPayment({ invoiceId: 'partPaid', amount: 400.5 });
    t.sandbox.control.setInvoiceDueDate('aged', '2026-01-15');
    t.sandbox.control.clearRequests();

    const run = await runPass();
    expect(run).toMatchObject({ trigger: 'payments', status: 'succeeded', counts: { payments: { total: 3, updated: 3, failed: 0 } } });
    const invoices = await strapiInvoices();
    expect(invoices.get('paidInFull')).toMatchObject({ balance: 0, isPaid: true });
    expect(invoices.get('partPaid')).toMatchObject({ balance: 849.5, isPaid: false });
    expect(invoices.get('aged')).toMatchObject({ balance: 1250, dueDate: '2026-01-15' });
    expect(invoices.get('untouched')).toMatchObject({ balance: 1250, isPaid: false });
    // Billy's figures came with the pass: the record is up to date, not changed here since its last sync.
    const paid = invoices.get('paidInFull')!;
    const status = (await t.app.http().get(`/billy/records/plugin::billy.invoice/${paid.documentId}`).set(t.auth).expect(200)).body.data;
    expect(status.state).toBe('synced');
    expect(Date.parse(status.lastSyncedAt)).toBeGreaterThanOrEqual(Date.parse(paid.updatedAt));

    // One list page of open invoices, one read of the invoice that left it; nothing written to Billy.
    const requests = t.sandbox.control.requests();
    expect(requests.map(({ method, path, query }) => [method, path, query.state ?? null, query.isPaid ?? null])).toEqual(
      expect.arrayContaining([['GET', '/v2/invoices', 'approved', 'false'], ['GET', '/v2/invoices/paidInFull', null, null]])
    );
    expect(requests).toHaveLength(2);
    expect(t.writes()).toEqual([]);

    // The run log holds each change with both values.
    const records = await t.app.http().get(`/billy/runs/${run.id}/records?pageSize=100`).set(t.auth).expect(200);
    expect(records.body.data).toEqual(
      expect.arrayContaining([expect.objectContaining({ billyId: 'partPaid', outcome: 'updated', direction: 'fromBilly', changes: { balance: { strapi: 1250, billy: 849.5 } } })])
    );

    // Nothing changed since: the next pass reads the open list only (the paid invoice is no longer open in Strapi).
    t.sandbox.control.clearRequests();
    const second = await runPass();
    expect(second.counts.payments).toMatchObject({ total: 0, updated: 0 });
    expect(t.sandbox.control.requests().map(({ path }) => path)).toEqual(['/v2/invoices']);
  });

  it('a refused token stops the pass, turns the light red and changes nothing', async () => {
    t.sandbox.control.recordPayment({ invoiceId: 'paidInFull' });
    t.sandbox.control.revokeToken(t.sandbox.token);
    const run = await runPass();
    expect(run).toMatchObject({ trigger: 'payments', status: 'failed', error: { reason: 'auth' } });
    expect((await strapiInvoices()).get('paidInFull')).toMatchObject({ balance: 1250, isPaid: false });
    const status = await t.app.http().get('/billy/status').set(t.auth).expect(200);
    expect(status.body.data.connection).toMatchObject({ state: 'failed', reason: 'auth' });
  });

  it('is the first step of every full sync, on the list the sync reads anyway', async () => {
    t.sandbox.control.recordPayment({ invoiceId: 'partPaid', amount: 250 });
    await t.settings({ syncDirection: 'toBilly', priority: null });
    t.sandbox.control.clearRequests();
    const run = await t.sync();
    expect(run.counts.payments).toMatchObject({ updated: 1 });
    expect((await strapiInvoices()).get('partPaid')).toMatchObject({ balance: 1000 });
    // No request beyond the full sync's own list pages.
    expect(t.sandbox.control.requests().filter((request) => request.path.startsWith('/v2/invoices/'))).toEqual([]);
  });

  it('answers 409 while a run is going and 403 without sync.trigger', async () => {
    t.sandbox.control.setLatency(300);
    const first = await t.app.http().post('/billy/sync').set(t.auth).send({}).expect(202);
    const busy = await t.app.http().post('/billy/sync/payments').set(t.auth).send({}).expect(409);
    expect(busy.body.data).toEqual({ runId: first.body.data.id });
    await t.app.strapi.plugin('billy').service('sync').whenIdle();
    t.sandbox.control.setLatency(0);
    const reader = await t.app.adminTokenWith([PERMISSIONS.syncRead]);
    await t.app.http().post('/billy/sync/payments').set({ Authorization: `Bearer ${reader}` }).send({}).expect(403);
  });

  it('runs on its own cron rule in automatic mode, and not in manual mode', async () => {
    const job = () => (t.app.strapi.cron.jobs as Array<{ name?: string; job: { trigger(): Promise<void> } }>).find((entry) => entry.name === 'billy-payments');
    await t.settings({ syncMode: 'manual' });
    expect(job()).toBeUndefined();
    await t.settings({ syncMode: 'automatic' });
    t.sandbox.control.recordPayment({ invoiceId: 'paidInFull' });
    await job()!.job.trigger();
    const [latest] = (await t.app.http().get('/billy/runs').set(t.auth).expect(200)).body.data;
    expect(latest).toMatchObject({ trigger: 'payments', status: 'succeeded' });
    expect((await strapiInvoices()).get('paidInFull')).toMatchObject({ isPaid: true });
    await t.settings({ syncMode: 'manual' });
  });
});
