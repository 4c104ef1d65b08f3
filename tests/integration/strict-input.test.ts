import { docs, useSyncTestApp } from '../helpers/sync';

const t = useSyncTestApp();

beforeEach(async () => {
  await t.reset();
});

describe('strict input', () => {
  it.each(['0x1', '-1', '1.5', '1e0', '01', ' 1'])('refuses the run id %j with 400 naming the id', async (id) => {
    const response = await t.app.http().get(`/billy/runs/${encodeURIComponent(id)}`).set(t.auth).expect(400);
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['id'] })]);
    await t.app.http().get(`/billy/runs/${encodeURIComponent(id)}/records`).set(t.auth).expect(400);
  });

  it('accepts only JSON bodies on writes (415 otherwise) and changes nothing', async () => {
    const form = await t.app.http().put('/billy/settings').set(t.auth).type('form').send('syncMode=automatic').expect(415);
    expect(form.body.error).toMatchObject({ status: 415, name: 'UnsupportedMediaTypeError' });
    expect((await t.app.http().get('/billy/settings').set(t.auth).expect(200)).body.data.syncMode).toBe('manual');
    await t.app.http().post('/billy/sync').set(t.auth).type('text').send('go').expect(415);
    expect(await t.app.strapi.db.query('plugin::billy.sync-run').count({})).toBe(0);
    // A write without a body is fine.
    await t.app.http().post('/billy/connection/check').set(t.auth).expect(200);
  });

  it('names the field in a validation message, without a leading ": " for the body itself', async () => {
    const root = await t.app.http().put('/billy/settings').set(t.auth).set('Content-Type', 'application/json').send('[1]').expect(400);
    expect(root.body.error.message).not.toMatch(/^:/);
    expect(root.body.error.message.length).toBeGreaterThan(0);
    const field = await t.app.http().put('/billy/settings').set(t.auth).send({ syncMode: 'sometimes' }).expect(400);
    expect(field.body.error.message).toMatch(/^syncMode: /);
  });

  it('refuses amounts beyond Billy\'s range before anything is sent', async () => {
    await expect(docs(t.app, 'product').create({ data: { name: 'Too dear', prices: [{ currency: 'DKK', unitPrice: 1e20 }] } })).rejects.toThrow(/unitPrice|must be less/i);
    await expect(docs(t.app, 'product').create({ data: { name: 'Not a number', prices: [{ currency: 'DKK', unitPrice: Number.POSITIVE_INFINITY }] } })).rejects.toThrow();
    const org = await docs(t.app, 'organization').create({ data: { name: 'Fine Co', country: 'DK' } });
    await expect(docs(t.app, 'invoice').create({ data: { invoiceDate: '2026-04-01', organization: org.documentId, lines: [{ description: 'x', quantity: 1, unitPrice: 1e20 }] } })).rejects.toThrow();
    expect(await docs(t.app, 'product').findMany()).toEqual([]);
  });
});

describe('an invoice whose customer is not in Billy', () => {
  it('is not sent: it fails with reason dependency, naming what to sync first', async () => {
    const org = await docs(t.app, 'organization').create({ data: { name: 'Not Yet ApS', country: 'DK' } });
    const product = await docs(t.app, 'product').create({ data: { name: 'Widget', prices: [{ currency: 'DKK', unitPrice: 10 }] } });
    const invoice = await docs(t.app, 'invoice').create({ data: { invoiceDate: '2026-04-01', organization: org.documentId, lines: [{ product: product.documentId, quantity: 1, unitPrice: 10 }] } });
    t.sandbox.control.clearRequests();
    const run = await t.sync({ modules: ['invoices'] });
    expect(run.records.find((record) => record.documentId === invoice.documentId)).toMatchObject({ outcome: 'failed', reason: 'dependency', message: expect.stringMatching(/sync its organization/) });
    expect(t.writes().filter((write) => write.path.startsWith('/v2/invoices'))).toEqual([]);
  });
});
