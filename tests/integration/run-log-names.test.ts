import { docs, useSyncTestApp } from '../helpers/sync';

/** The run log names each record as a person knows it, and a refused field by its Strapi name. */
const t = useSyncTestApp({ settings: { syncDirection: 'toBilly', priority: null } });

describe('records by name in the run log', () => {
  it('names a refused record and the Strapi field behind the Billy field refused', async () => {
    const bad = await docs(t.app, 'organization').create({ data: { name: 'Havnens Bageri I/S', country: 'XX' } });
    const run = await t.sync({ modules: ['organizations'] });
    expect(run.records.find((record) => record.documentId === bad.documentId)).toMatchObject({
      outcome: 'failed',
      reason: 'validation',
      label: 'Havnens Bageri I/S',
      fields: ['country'],
    });
    const status = await t.app.http().get(`/billy/records/plugin::billy.organization/${bad.documentId}`).set(t.auth).expect(200);
    expect(status.body.data.lastError).toMatchObject({ reason: 'validation', fields: ['country'] });
    expect(status.body.data.lastOutcomes[0]).toMatchObject({ label: 'Havnens Bageri I/S', fields: ['country'] });
  });

  it('keeps a deleted record’s last known name, and names a draft invoice by customer and date', async () => {
    const org = await docs(t.app, 'organization').create({ data: { name: 'Nordlys Design ApS', country: 'DK' } });
    const product = await docs(t.app, 'product').create({ data: { name: 'Rugbrød', prices: [{ currency: 'DKK', unitPrice: 45 }] } });
    await docs(t.app, 'invoice').create({
      data: { invoiceDate: '2026-11-30', organization: org.documentId, lines: [{ product: product.documentId, quantity: 2, unitPrice: 45 }] },
    });
    const first = await t.sync();
    expect(first.records.find((record) => record.module === 'invoices')).toMatchObject({ label: 'Nordlys Design ApS, 2026-11-30' });
    expect(first.records.find((record) => record.module === 'products')).toMatchObject({ label: 'Rugbrød' });

    await docs(t.app, 'product').update({ documentId: product.documentId, data: { archived: true } });
    await docs(t.app, 'invoice').delete({ documentId: (await docs(t.app, 'invoice').findMany())[0].documentId });
    await docs(t.app, 'product').delete({ documentId: product.documentId });
    const second = await t.sync({ modules: ['products'] });
    expect(second.records.find((record) => record.documentId === product.documentId)).toMatchObject({ outcome: 'archived', label: 'Rugbrød' });
  });
});
