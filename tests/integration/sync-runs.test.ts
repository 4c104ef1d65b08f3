import { docs, useSyncTestApp } from '../helpers/sync';

const t = useSyncTestApp({ settings: { syncDirection: 'toBilly', priority: null } });

const waitUntilIdle = () => t.app.strapi.plugin('billy').service('sync').whenIdle();

describe('POST /billy/sync and the run log', () => {
  it('answers 202 with the run; the run log shows counts per module and each record’s outcome', async () => {
    await docs(t.app, 'organization').create({ data: { name: 'Good Co', country: 'DK' } });
    const response = await t.app.http().post('/billy/sync').set(t.auth).send({ modules: ['organizations'] }).expect(202);
    expect(response.body.data).toMatchObject({ id: expect.any(Number), trigger: 'manual', status: 'running' });
    await waitUntilIdle();

    const list = await t.app.http().get('/billy/runs').set(t.auth).expect(200);
    expect(list.body.data[0]).toMatchObject({ id: response.body.data.id, status: 'succeeded', finishedAt: expect.any(String) });
    const detail = await t.app.http().get(`/billy/runs/${response.body.data.id}`).set(t.auth).expect(200);
    expect(detail.body.data).toMatchObject({ counts: { organizations: { total: 1, created: 1, updated: 0, skipped: 0, failed: 0 } } });
    expect(detail.body.data.records).toBeUndefined();
    const records = await t.app.http().get(`/billy/runs/${response.body.data.id}/records`).set(t.auth).expect(200);
    expect(records.body.data).toMatchObject([{ module: 'organizations', outcome: 'created', direction: 'toBilly', billyId: expect.any(String) }]);
    // Only the modules asked for were synced.
    expect(Object.keys(detail.body.data.counts)).toEqual(['organizations']);
  });

  it('refuses a malformed body with 400 and an unknown run with 404', async () => {
    await t.app.http().post('/billy/sync').set(t.auth).send({ modules: ['planets'] }).expect(400);
    await t.app.http().post('/billy/sync').set(t.auth).send({ everything: true }).expect(400);
    await t.app.http().get('/billy/runs/999').set(t.auth).expect(404);
  });

  it('answers 409 with the current run’s id while a run is going', async () => {
    await docs(t.app, 'organization').create({ data: { name: 'Slow Co', country: 'DK' } });
    t.sandbox.control.setLatency(300);
    const first = await t.app.http().post('/billy/sync').set(t.auth).send({}).expect(202);
    const second = await t.app.http().post('/billy/sync').set(t.auth).send({}).expect(409);
    expect(second.body.data).toEqual({ runId: first.body.data.id });
    expect(second.body.error.message).toMatch(/already running/);
    await waitUntilIdle();
    t.sandbox.control.setLatency(0);
  });

  it('a record Billy refuses fails alone, with its reason, while the others sync', async () => {
    const bad = await docs(t.app, 'organization').create({ data: { name: 'Nowhere Ltd', country: 'XX' } });
    const good = await docs(t.app, 'organization').create({ data: { name: 'Somewhere ApS', country: 'DK' } });
    const run = await t.sync();
    expect(run.status).toBe('partial');
    expect(run.counts.organizations).toMatchObject({ created: 1, failed: 1 });
    expect(run.records.find((r) => r.documentId === bad.documentId)).toMatchObject({ outcome: 'failed', reason: 'validation', message: expect.any(String) });
    expect(run.records.find((r) => r.documentId === good.documentId)).toMatchObject({ outcome: 'created' });
    const status = await t.app.http().get(`/billy/records/plugin::billy.organization/${bad.documentId}`).set(t.auth).expect(200);
    expect(status.body.data).toMatchObject({ state: 'failed', attempts: 1, lastError: { reason: 'validation' } });
    expect(t.sandbox.control.state().contacts.map((c) => c.name)).toEqual(['Somewhere ApS']);
  });

  it('an auth failure stops the run and turns the connection red', async () => {
    await docs(t.app, 'organization').create({ data: { name: 'Any', country: 'DK' } });
    t.sandbox.control.revokeToken(t.sandbox.token);
    const run = await t.sync();
    expect(run).toMatchObject({ status: 'failed', error: { reason: 'auth' } });
    const status = await t.app.http().get('/billy/status').set(t.auth).expect(200);
    expect(status.body.data.connection).toMatchObject({ state: 'failed', reason: 'auth' });
  });
});

describe('POST /billy/sync/:uid/:documentId', () => {
  it('syncs one record at once and answers its outcome and status', async () => {
    const org = await docs(t.app, 'organization').create({ data: { name: 'Solo', country: 'DK' } });
    await docs(t.app, 'organization').create({ data: { name: 'Not me', country: 'DK' } });
    const response = await t.app.http().post(`/billy/sync/plugin::billy.organization/${org.documentId}`).set(t.auth).expect(200);
    expect(response.body.data).toMatchObject({
      run: { trigger: 'record', status: 'succeeded' },
      record: { documentId: org.documentId, outcome: 'created' },
      status: { state: 'synced', billyId: expect.any(String) },
    });
    expect(t.sandbox.control.state().contacts.map((c) => c.name)).toEqual(['Solo']);
    // The answer's status is the one GET /billy/records gives, history included: the admin need not ask again.
    const read = await t.app.http().get(`/billy/records/plugin::billy.organization/${org.documentId}`).set(t.auth).expect(200);
    expect(response.body.data.status).toEqual(read.body.data);
    expect(response.body.data.status.lastOutcomes).toEqual([expect.objectContaining({ runId: response.body.data.run.id, outcome: 'created' })]);
    await t.app.http().post('/billy/sync/plugin::billy.organization/nope').set(t.auth).expect(404);
  });

  it('tells a contact whose organization is not in Billy yet to sync that first', async () => {
    const org = await docs(t.app, 'organization').create({ data: { name: 'Later', country: 'DK' } });
    const person = await docs(t.app, 'contact').create({ data: { name: 'Early', email: 'e@later.dk', organization: org.documentId } });
    const response = await t.app.http().post(`/billy/sync/plugin::billy.contact/${person.documentId}`).set(t.auth).expect(200);
    expect(response.body.data.record).toMatchObject({ outcome: 'failed', reason: 'dependency', message: expect.stringMatching(/organization/) });
  });

  it('reads a linked record by id, not the whole list, when it syncs it alone; an unlinked one is matched against the list', async () => {
    const orgs = [];
    for (const name of ['One', 'Two', 'Three']) orgs.push(await docs(t.app, 'organization').create({ data: { name, country: 'DK' } }));
    await t.sync({ modules: ['organizations'] });
    await docs(t.app, 'organization').update({ documentId: orgs[1].documentId, data: { phone: '+45 1234' } });
    t.sandbox.control.clearRequests();
    const edited = await t.app.http().post(`/billy/sync/plugin::billy.organization/${orgs[1].documentId}`).set(t.auth).expect(200);
    const { billyId } = edited.body.data.record;
    expect(edited.body.data.record).toMatchObject({ outcome: 'updated' });
    expect(t.sandbox.control.requests().map(({ method, path }) => `${method} ${path}`)).toEqual([`GET /v2/contacts/${billyId}`, `PUT /v2/contacts/${billyId}`]);
    expect(t.sandbox.control.state().contacts.find((contact) => contact.id === billyId)?.phone).toBe('+45 1234');

    const fresh = await docs(t.app, 'organization').create({ data: { name: 'Four', country: 'DK' } });
    t.sandbox.control.clearRequests();
    await t.app.http().post(`/billy/sync/plugin::billy.organization/${fresh.documentId}`).set(t.auth).expect(200);
    expect(t.sandbox.control.requests().map(({ method, path }) => `${method} ${path}`)).toEqual(['GET /v2/contacts', 'POST /v2/contacts']);
  });

  it('reads only the record’s own link with its merge base, however many links its module has', async () => {
    const orgs = [];
    for (let i = 0; i < 12; i += 1) orgs.push(await docs(t.app, 'organization').create({ data: { name: `Linked ${i}`, country: 'DK' } }));
    await t.sync({ modules: ['organizations'] });
    /** The sync-link rows each statement read, by whether the row came with its merge base. */
    const linkReads = { withBase: 0, idsOnly: 0, moduleScans: 0 };
    const listen = (response: unknown, query: { sql: string }) => {
      if (!/^select .* from [`"]billy_sync_links[`"]/i.test(query.sql)) return;
      // A findOne answers with its row, a findMany with a list.
      const rows = (Array.isArray(response) ? response : response ? [response] : []) as Array<Record<string, unknown>>;
      if (/where \([`"]t0[`"]\.[`"]module[`"] = \?\)/i.test(query.sql) && /^select [`"]t0[`"]\.\*/i.test(query.sql)) linkReads.moduleScans += 1;
      for (const row of rows) linkReads[Object.prototype.hasOwnProperty.call(row, 'base_snapshot') ? 'withBase' : 'idsOnly'] += 1;
    };
    const knex = t.app.strapi.db.connection;
    const readsOfOneRecordSync = async (documentId: string) => {
      Object.assign(linkReads, { withBase: 0, idsOnly: 0, moduleScans: 0 });
      knex.on('query-response', listen);
      try {
        return (await t.app.http().post(`/billy/sync/plugin::billy.organization/${documentId}`).set(t.auth).expect(200)).body.data;
      } finally {
        knex.off('query-response', listen);
      }
    };

    await docs(t.app, 'organization').update({ documentId: orgs[3].documentId, data: { phone: '+45 4321' } });
    expect((await readsOfOneRecordSync(orgs[3].documentId)).record).toMatchObject({ outcome: 'updated' });
    // Its own link for the phase, and again for the status the answer carries; no other link's merge base.
    expect(linkReads).toMatchObject({ withBase: 2, moduleScans: 0 });

    // A document not linked yet is matched among Billy's records: it reads what the others claim, still without their merge bases.
    const fresh = await docs(t.app, 'organization').create({ data: { name: 'Unlinked', country: 'DK' } });
    expect((await readsOfOneRecordSync(fresh.documentId)).record).toMatchObject({ outcome: 'created' });
    expect(linkReads).toMatchObject({ withBase: 1, moduleScans: 0 });
  });
});

describe('content API', () => {
  it('starts a sync and reads its run with an API token', async () => {
    await docs(t.app, 'product').create({ data: { name: 'Via API', prices: [] } });
    const { accessKey } = await t.app.strapi.service('admin::api-token').create({ name: `billy-${Date.now()}`, type: 'full-access', lifespan: null });
    // Only an API token authenticates these routes.
    await t.app.http().post('/api/billy/sync').send({}).expect(401);
    const started = await t.app.http().post('/api/billy/sync').set('Authorization', `Bearer ${accessKey}`).send({ modules: ['products'] }).expect(202);
    expect(started.body.data).toMatchObject({ trigger: 'api' });
    await waitUntilIdle();
    const run = await t.app.http().get(`/api/billy/runs/${started.body.data.id}`).set('Authorization', `Bearer ${accessKey}`).expect(200);
    expect(run.body.data).toMatchObject({ status: 'succeeded', counts: { products: { created: 1 } } });
  });
});
