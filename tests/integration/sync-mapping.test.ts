import { defaultMappingPairs } from '../../server/src/sync/mapping';
import type { FieldMappingPair, MappingCatalogueResponse, RunDetail } from '../../contracts';
import { PERMISSIONS } from '../../contracts';
import { docs, useSyncTestApp } from '../helpers/sync';

const t = useSyncTestApp({ settings: { syncDirection: 'toBilly', priority: null, mapping: { mode: 'default', custom: {} } } });

const billyClient = () => t.app.strapi.plugin('billy').service('billy').client();
/** The default pairs of a module with some replaced (by Strapi field) and some added. */
const customPairs = (module: 'organizations' | 'products' | 'invoices', replace: Record<string, FieldMappingPair | null>, add: FieldMappingPair[] = []) => [
  ...defaultMappingPairs(module).flatMap((pair) => (pair.strapiField in replace ? (replace[pair.strapiField] ? [replace[pair.strapiField]!] : []) : [pair])),
  ...add,
];
const putMapping = (custom: object) => t.app.http().put('/billy/settings').set(t.auth).send({ mapping: { mode: 'custom', custom } });

describe('GET /billy/mapping', () => {
  it('answers the defaults, both sides’ fields with their types and the transforms', async () => {
    const { body } = (await t.app.http().get('/billy/mapping').set(t.auth).expect(200)) as { body: MappingCatalogueResponse };
    expect(body.data.defaults.organizations).toEqual(defaultMappingPairs('organizations'));
    expect(body.data.defaults.invoices).toContainEqual({ strapiField: 'netAmount', billyField: 'amount', direction: 'fromBilly' });
    expect(body.data.strapiFields.organizations).toEqual(expect.arrayContaining([
      { name: 'city', type: 'string' },
      { name: 'archived', type: 'boolean' },
      { name: 'name', type: 'string', required: true },
    ]));
    expect(body.data.strapiFields.organizations.map((field) => field.name)).not.toContain('createdAt');
    expect(body.data.billyFields.organizations).toEqual(expect.arrayContaining([
      { name: 'name', type: 'string', required: true },
      { name: 'countryId', type: 'country', required: true },
      { name: 'fax', type: 'string' },
      { name: 'createdTime', type: 'date', readOnly: true },
    ]));
    expect(body.data.billyFields.invoices).toContainEqual({ name: 'amount', type: 'number', readOnly: true });
    expect(body.data.transforms).toEqual(['trim', 'upperCase', 'lowerCase', 'countryNameToIso', 'isoToCountryName']);
  });

  it('needs the settings.read permission', async () => {
    const syncOnly = await t.app.adminTokenWith([PERMISSIONS.syncRead]);
    await t.app.http().get('/billy/mapping').set({ Authorization: `Bearer ${syncOnly}` }).expect(403);
  });
});

describe('custom mapping', () => {
  it('round-trips: a transform on the way to Billy, a Billy-only field flowing back, and nothing written twice', async () => {
    const organizations = customPairs('organizations', {
      city: { strapiField: 'city', billyField: 'cityText', direction: 'both', transform: 'upperCase' },
      name: { strapiField: 'name', billyField: 'name', direction: 'toBilly', transform: 'trim' },
      // Strapi's phone field shows Billy's fax number, which Strapi never sends.
      phone: { strapiField: 'phone', billyField: 'fax', direction: 'fromBilly' },
    });
    await putMapping({ organizations }).expect(200);
    const org = await docs(t.app, 'organization').create({ data: { name: '  Fjord ApS ', city: 'Aarhus', country: 'DK', phone: '+45 1111' } });

    const first = await t.sync();
    expect(first.records).toEqual([expect.objectContaining({ documentId: org.documentId, outcome: 'created' })]);
    const company = t.sandbox.control.state().contacts[0]!;
    expect(company).toMatchObject({ name: 'Fjord ApS', cityText: 'AARHUS', phone: null, fax: null });

    await (await billyClient()).contacts.update(company.id, { fax: '+45 2222' } as never);
    await t.sync();
    expect(await docs(t.app, 'organization').findOne({ documentId: org.documentId })).toMatchObject({ phone: '+45 2222', city: 'Aarhus' });

    t.sandbox.control.clearRequests();
    const third = await t.sync();
    expect(t.writes()).toEqual([]);
    expect(third.records.every((record) => record.outcome === 'skipped')).toBe(true);
  });

  it('a module left out keeps the default mapping', async () => {
    await putMapping({ organizations: customPairs('organizations', { city: { strapiField: 'city', billyField: 'cityText', direction: 'both', transform: 'lowerCase' } }) }).expect(200);
    await docs(t.app, 'product').create({ data: { name: 'Widget', productNo: 'W-1', description: 'Blue', prices: [] } });
    await t.sync();
    expect(t.sandbox.control.state().products[0]).toMatchObject({ name: 'Widget', productNo: 'W-1', description: 'Blue' });
  });

  it.each([
    ['an unknown Strapi field', { organizations: customPairs('organizations', {}, [{ strapiField: 'shoeSize', billyField: 'fax', direction: 'both' }]) }, ['organizations', '15', 'strapiField'], /shoeSize/],
    ['an unknown Billy field', { organizations: customPairs('organizations', { phone: { strapiField: 'phone', billyField: 'mobile', direction: 'both' } }) }, ['organizations', '8', 'billyField'], /mobile/],
    ['incompatible types', { organizations: customPairs('organizations', { city: { strapiField: 'city', billyField: 'isSupplier', direction: 'both' } }) }, ['organizations', '6', 'billyField'], /"city" \(string\) cannot hold Billy's "isSupplier" \(boolean\)/],
    ['a relation to the wrong type', { invoices: customPairs('invoices', { creditedInvoice: { strapiField: 'contact', billyField: 'creditedInvoiceId', direction: 'both' } }) }, ['invoices', '9', 'billyField'], /plugin::billy\.invoice/],
    ['a read-only Billy field sent to Billy', { invoices: customPairs('invoices', { netAmount: { strapiField: 'netAmount', billyField: 'amount', direction: 'both' } }) }, ['invoices', '14', 'direction'], /read-only/],
    ['a Billy field mapped twice', { organizations: customPairs('organizations', {}, [{ strapiField: 'street', billyField: 'name', direction: 'toBilly' }]) }, ['organizations', '15', 'billyField'], /already mapped in row 1/],
    ['a transform on a non-text field', { organizations: customPairs('organizations', { archived: { strapiField: 'archived', billyField: 'isArchived', direction: 'both', transform: 'upperCase' } }) }, ['organizations', '14', 'transform'], /only applies to text/],
    ['a required Billy field left unmapped', { products: customPairs('products', { name: null }) }, ['products'], /requires "name"/],
    ['a required Billy field only mapped fromBilly', { invoices: customPairs('invoices', { invoiceDate: { strapiField: 'invoiceDate', billyField: 'entryDate', direction: 'fromBilly' } }) }, ['invoices'], /requires "entryDate"/],
  ])('answers 400 naming %s, and saves nothing', async (_kind, custom, path, message) => {
    const response = await putMapping(custom).expect(400);
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['mapping', 'custom', ...path], message: expect.stringMatching(message) })]);
    expect((await t.app.http().get('/billy/settings').set(t.auth)).body.data.mapping).toEqual({ mode: 'default', custom: {} });
  });
});

describe('two-way, field by field', () => {
  const setUp = async (priority: 'strapi' | 'billy') => {
    await t.settings({ syncDirection: 'both', priority });
    const org = await docs(t.app, 'organization').create({ data: { name: 'Mole ApS', city: 'Aarhus', phone: '111', country: 'DK' } });
    await t.sync();
    return { org, billyId: t.sandbox.control.state().contacts[0]!.id };
  };

  it('keeps an edit to a different field on each side', async () => {
    const { org, billyId } = await setUp('billy');
    await docs(t.app, 'organization').update({ documentId: org.documentId, data: { name: 'Mole A/S' } });
    await (await billyClient()).contacts.update(billyId, { phone: '222' });

    const run = await t.sync();
    expect(run.records.find((record) => record.documentId === org.documentId)).toMatchObject({ outcome: 'updated' });
    expect(t.sandbox.control.state().contacts[0]).toMatchObject({ name: 'Mole A/S', phone: '222' });
    expect(await docs(t.app, 'organization').findOne({ documentId: org.documentId })).toMatchObject({ name: 'Mole A/S', phone: '222' });
  });

  it.each(['strapi', 'billy'] as const)('gives a field changed on both sides to the priority side (%s) and logs the conflict with both values', async (priority) => {
    const { org, billyId } = await setUp(priority);
    await docs(t.app, 'organization').update({ documentId: org.documentId, data: { city: 'Vejle', name: 'Mole Strapi' } });
    await (await billyClient()).contacts.update(billyId, { cityText: 'Skagen', phone: '333' });

    const run = await t.sync();
    const winner = priority === 'strapi' ? 'Vejle' : 'Skagen';
    expect(t.sandbox.control.state().contacts[0]).toMatchObject({ cityText: winner, name: 'Mole Strapi', phone: '333' });
    expect(await docs(t.app, 'organization').findOne({ documentId: org.documentId })).toMatchObject({ city: winner, name: 'Mole Strapi', phone: '333' });
    const entry = run.records.find((record) => record.documentId === org.documentId)!;
    // Resolved by the priority side: an update with a conflict note, counted once as an update, never as a failure.
    expect(entry).toMatchObject({ outcome: 'updated', reason: `kept_${priority}`, message: expect.stringContaining('cityText') });
    expect(entry.changes).toEqual({ cityText: { strapi: 'Vejle', billy: 'Skagen' } });
    expect(run.counts.organizations).toMatchObject({ done: 1, updated: 1, failed: 0, conflict: 1 });
    const failures = await t.app.http().get(`/billy/runs/${run.id}/records?outcome=failed`).set(t.auth).expect(200);
    expect(failures.body.data).toEqual([]);
  });

  it('does not erase a filled value with one the other side never had', async () => {
    await t.settings({ syncDirection: 'both', priority: 'strapi' });
    t.sandbox.control.seed({ contacts: [{ id: 'c1', type: 'company', name: 'Seeded', registrationNo: '555', countryId: 'DK', phone: '999' }] });
    const org = await docs(t.app, 'organization').create({ data: { name: 'Seeded', registrationNo: '555', country: 'DK' } });
    await t.sync();
    // Strapi's priority does not blank Billy's phone: Strapi simply never had one.
    expect(t.sandbox.control.state().contacts[0]).toMatchObject({ phone: '999' });
    expect(await docs(t.app, 'organization').findOne({ documentId: org.documentId })).toMatchObject({ phone: '999' });

    // Cleared by the user in Strapi: that is a change, and it goes over.
    await docs(t.app, 'organization').update({ documentId: org.documentId, data: { phone: null } });
    await t.sync();
    expect(t.sandbox.control.state().contacts[0]!.phone).toBeNull();
  });
});

describe('dry run', () => {
  const snapshotStrapi = async () => ({
    organizations: await docs(t.app, 'organization').findMany({}),
    contacts: await docs(t.app, 'contact').findMany({ populate: ['organization'] }),
    products: await docs(t.app, 'product').findMany({ populate: ['prices'] }),
    links: await t.app.strapi.db.query('plugin::billy.sync-link').findMany({}),
  });
  /** Each record's outcome; an imported record has its documentId only once the real run made it. */
  const outcomes = (run: RunDetail) =>
    run.records
      .map(({ module, documentId, outcome, direction }) => ({ module, documentId: direction === 'fromBilly' && outcome === 'created' ? null : documentId, outcome, direction }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  it('plans everything, writes nothing anywhere, and matches what the real run then does', async () => {
    await t.settings({ syncDirection: 'both', priority: 'strapi' });
    const synced = await docs(t.app, 'organization').create({ data: { name: 'Old Name ApS', city: 'Aarhus', country: 'DK' } });
    await t.sync();
    const billyId = t.sandbox.control.state().contacts[0]!.id;
    // An update each way on the synced company, a conflict, a new company with a person under it, and a Billy-only product.
    await docs(t.app, 'organization').update({ documentId: synced.documentId, data: { name: 'New Name ApS', phone: '123' } });
    await (await billyClient()).contacts.update(billyId, { cityText: 'Odense', phone: '456' });
    const fresh = await docs(t.app, 'organization').create({ data: { name: 'Fresh ApS', country: 'DK' } });
    await docs(t.app, 'contact').create({ data: { name: 'Fay Fresh', email: 'fay@fresh.dk', organization: fresh.documentId } });
    t.sandbox.control.seed({ products: [{ id: 'billy-only', name: 'From Billy', productNo: 'B-1', prices: [] }] });

    const before = await snapshotStrapi();
    t.sandbox.control.clearRequests();
    const preview = await t.sync({ dryRun: true });

    expect(t.sandbox.control.requests().filter((request) => request.method !== 'GET')).toHaveLength(0);
    expect(await snapshotStrapi()).toEqual(before);
    expect(preview).toMatchObject({ dryRun: true, status: 'succeeded' });
    expect(preview.counts).toMatchObject({
      organizations: { total: 2, done: 2, created: 1, updated: 1, conflict: 1 },
      contacts: { total: 1, done: 1, created: 1 },
      products: { total: 1, done: 1, created: 1 },
    });
    const planned = preview.records.find((record) => record.documentId === synced.documentId)!;
    expect(planned).toMatchObject({ outcome: 'updated', reason: 'kept_strapi' });
    expect(planned.changes).toEqual({
      name: { strapi: 'New Name ApS', billy: 'Old Name ApS' },
      phone: { strapi: '123', billy: '456' },
      cityText: { strapi: 'Aarhus', billy: 'Odense' },
    });
    expect(preview.records.find((record) => record.documentId === fresh.documentId)!.changes).toMatchObject({ name: { strapi: 'Fresh ApS', billy: null } });
    expect(preview.records.find((record) => record.module === 'products')).toMatchObject({ documentId: null, billyId: 'billy-only', direction: 'fromBilly', changes: { name: { strapi: null, billy: 'From Billy' } } });

    // A preview is not history: the record's status shows no outcome from it, found by the outcome
    // rows' own flag (no read of the runs table for a list of dry-run ids).
    const runTableReads: string[] = [];
    const listen = (query: { sql: string }) => {
      if (/[`"]billy_sync_runs[`"]/.test(query.sql)) runTableReads.push(query.sql);
    };
    t.app.strapi.db.connection.on('query', listen);
    const freshStatus = await Promise.resolve(t.app.http().get(`/billy/records/plugin::billy.organization/${fresh.documentId}`).set(t.auth).expect(200)).finally(() =>
      t.app.strapi.db.connection.off('query', listen),
    );
    expect(freshStatus.body.data.lastOutcomes).toEqual([]);
    expect(runTableReads).toEqual([]);

    const real = await t.sync();
    expect(real.dryRun).toBe(false);
    expect(real.counts).toEqual(preview.counts);
    expect(outcomes(real)).toEqual(outcomes(preview));
    // What the preview said each side would get is what each side now holds.
    const company = t.sandbox.control.state().contacts.find((contact) => contact.id === billyId)!;
    expect(company).toMatchObject({ name: 'New Name ApS', phone: '123', cityText: 'Odense' });
    expect(await docs(t.app, 'organization').findOne({ documentId: synced.documentId })).toMatchObject({ name: 'New Name ApS', phone: '123', city: 'Odense' });
  });

  it('refuses a non-boolean dryRun with 400', async () => {
    await t.app.http().post('/billy/sync').set(t.auth).send({ dryRun: 'yes' }).expect(400);
  });
});

describe('progress', () => {
  it('sets each phase’s total from its plan, and done reaches it', async () => {
    for (const name of ['A', 'B', 'C']) await docs(t.app, 'organization').create({ data: { name: `${name} ApS`, country: 'DK' } });
    await docs(t.app, 'product').create({ data: { name: 'P', prices: [] } });
    const run = await t.sync();
    expect(run.counts).toMatchObject({
      organizations: { total: 3, done: 3, created: 3 },
      contacts: { total: 0, done: 0 },
      products: { total: 1, done: 1 },
    });
  });
});
