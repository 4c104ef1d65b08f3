import { PERMISSIONS } from '../../contracts';
import { docs, startSyncTestApp, type SyncTestApp } from '../helpers/sync';

/** The list views' Billy column (one request per page) and the invoice title that names drafts (issue 19, item 4). */
let t: SyncTestApp;
const auth = () => ({ Authorization: `Bearer ${t.token}` });
const ORGANIZATION_UID = 'plugin::billy.organization';

beforeAll(async () => {
  t = await startSyncTestApp();
});

afterAll(async () => {
  await t?.close();
});

beforeEach(async () => {
  await t.reset();
  await t.settings({ syncDirection: 'toBilly', priority: null, approveInvoices: false });
});

describe('GET /billy/record-states/:uid', () => {
  it('answers a page of records\' states in the words the badge uses, in one request', async () => {
    const synced = await docs(t.app, 'organization').create({ data: { name: 'Synced ApS', country: 'DK' } });
    const changed = await docs(t.app, 'organization').create({ data: { name: 'Changed ApS', country: 'DK' } });
    const refused = await docs(t.app, 'organization').create({ data: { name: 'Refused ApS', country: 'XX' } });
    await t.sync({ modules: ['organizations'] });
    const never = await docs(t.app, 'organization').create({ data: { name: 'New ApS', country: 'DK' } });
    await docs(t.app, 'organization').update({ documentId: changed.documentId, data: { city: 'Vejle' } });

    const ids = [synced, changed, refused, never].map((doc) => doc.documentId);
    const response = await t.app.http().get(`/billy/record-states/${ORGANIZATION_UID}?documentIds=${[...ids, 'no-such-document'].join(',')}`).set(auth()).expect(200);
    expect(response.body.data).toEqual({
      [synced.documentId]: 'synced',
      [changed.documentId]: 'changed',
      [refused.documentId]: 'failed',
      [never.documentId]: 'never',
    });
  });

  it('refuses more documents than a list page holds, and a type Billy does not sync', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `doc${i}`).join(',');
    await t.app.http().get(`/billy/record-states/${ORGANIZATION_UID}?documentIds=${many}`).set(auth()).expect(400);
    await t.app.http().get('/billy/record-states/plugin::billy.sync-link?documentIds=a').set(auth()).expect(404);
    expect((await t.app.http().get(`/billy/record-states/${ORGANIZATION_UID}`).set(auth()).expect(200)).body.data).toEqual({});
  });

  it('is for admins who may read sync states', async () => {
    const settingsOnly = await t.app.adminTokenWith([PERMISSIONS.settingsRead]);
    await t.app.http().get(`/billy/record-states/${ORGANIZATION_UID}?documentIds=a`).set({ Authorization: `Bearer ${settingsOnly}` }).expect(403);
    const reader = await t.app.adminTokenWith([PERMISSIONS.syncRead]);
    await t.app.http().get(`/billy/record-states/${ORGANIZATION_UID}?documentIds=a`).set({ Authorization: `Bearer ${reader}` }).expect(200);
  });
});

describe('the invoice title', () => {
  const titleOf = async (documentId: string) => (await docs(t.app, 'invoice').findOne({ documentId }))!.title;

  it('names a draft by its customer and date, follows a rename, and becomes the number Billy gives it', async () => {
    const org = await docs(t.app, 'organization').create({ data: { name: 'Havnens Bageri I/S', country: 'DK' } });
    const product = await docs(t.app, 'product').create({ data: { name: 'Rugbrød', prices: [{ currency: 'DKK', unitPrice: 45 }] } });
    const invoice = await docs(t.app, 'invoice').create({
      data: { invoiceDate: '2026-11-30', organization: org.documentId, lines: [{ product: product.documentId, quantity: 2, unitPrice: 45 }] },
    });
    expect(await titleOf(invoice.documentId)).toBe('Havnens Bageri I/S, 2026-11-30');

    await docs(t.app, 'organization').update({ documentId: org.documentId, data: { name: 'Havnens Bageri ApS' } });
    expect(await titleOf(invoice.documentId)).toBe('Havnens Bageri ApS, 2026-11-30');

    await t.settings({ approveInvoices: true });
    await t.sync();
    const saved = await docs(t.app, 'invoice').findOne({ documentId: invoice.documentId });
    expect(saved!.invoiceNo).toBeTruthy();
    expect(saved!.title).toBe(saved!.invoiceNo);
    // The title is the plugin's, not a change of the user's: the invoice Billy just numbered reads synced, not "changed".
    const states = await t.app.http().get(`/billy/record-states/plugin::billy.invoice?documentIds=${invoice.documentId}`).set(auth()).expect(200);
    expect(states.body.data).toEqual({ [invoice.documentId]: 'synced' });
  });

  it('is the invoice\'s main field in the Content Manager, and no field a mapping may name', async () => {
    const configuration = await t.app.http().get('/content-manager/content-types/plugin::billy.invoice/configuration').set(auth()).expect(200);
    expect(configuration.body.data.contentType.settings.mainField).toBe('title');
    expect(configuration.body.data.contentType.metadatas.title.edit).toMatchObject({ visible: false, editable: false });
    const catalogue = await t.app.http().get('/billy/mapping').set(auth()).expect(200);
    const invoiceFields = (catalogue.body.data.strapiFields.invoices as Array<{ name: string }>).map((field) => field.name);
    expect(invoiceFields).toContain('invoiceNo');
    expect(invoiceFields).not.toContain('title');
  });
});
