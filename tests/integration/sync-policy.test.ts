import type background from '../../server/src/services/background';
import { docs, useSyncTestApp } from '../helpers/sync';

const t = useSyncTestApp();

beforeEach(async () => {
  // The loop of the previous test may still be pushing: let it finish before the data goes.
  await t.settings({ syncOnSave: false, syncMode: 'manual' });
  await backgroundLoop().runOnce();
  await t.app.strapi.plugin('billy').service('sync').whenIdle();
  await t.reset();
  await t.app.strapi.db.connection('billy_pending_changes').delete();
});

const backgroundLoop = () => t.app.strapi.plugin('billy').service('background') as ReturnType<typeof background>;
const billyContacts = () => t.sandbox.control.state().contacts;
const runsByTrigger = async (trigger: string) =>
  ((await t.app.http().get('/billy/runs').set(t.auth).expect(200)).body.data as Array<{ trigger: string; status: string }>).filter((run) => run.trigger === trigger);

const waitFor = async (what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe('on-save push', () => {
  it('notes the change inside the save without calling Billy, then the background loop pushes it', async () => {
    await t.settings({ syncOnSave: true });
    t.sandbox.control.clearRequests();
    const organization = await docs(t.app, 'organization').create({ data: { name: 'Nordlys Design ApS', registrationNo: 'DK31245678' } });
    // The save itself sent nothing to Billy; it left one queued change.
    expect(t.sandbox.control.requests()).toHaveLength(0);
    expect(await backgroundLoop().pendingCount()).toBe(1);

    // No manual trigger: the loop's own timer pushes it.
    await waitFor('the organization to reach Billy', () => billyContacts().some((contact) => contact.registrationNo === 'DK31245678'));
    await waitFor('the queue to empty', async () => (await backgroundLoop().pendingCount()) === 0);
    expect(billyContacts()).toHaveLength(1);
    const [run] = await runsByTrigger('onSave');
    expect(run?.status).toBe('succeeded');
    const status = await t.app.http().get(`/billy/records/plugin::billy.organization/${organization.documentId}`).set(t.auth).expect(200);
    expect(status.body.data).toMatchObject({ state: 'synced', billyId: billyContacts()[0]!.id });
  });

  it('does not queue the writes the sync itself makes, and captures nothing when the setting is off', async () => {
    await docs(t.app, 'organization').create({ data: { name: 'Havnens Bageri I/S' } });
    expect(await backgroundLoop().pendingCount()).toBe(0);
    await t.sync();
    expect(await backgroundLoop().pendingCount()).toBe(0);

    await t.settings({ syncOnSave: true });
    t.sandbox.control.seed({ contacts: [{ type: 'company', name: 'Imported From Billy ApS', countryId: 'DK' }] });
    await t.sync({});
    // The sync wrote the imported company and the stamped key into Strapi: none of it is queued.
    expect(await backgroundLoop().pendingCount()).toBe(0);
  });

  it('retries a push Billy refuses with backoff, and pushes it once the record is fixed', async () => {
    await t.settings({ syncOnSave: true });
    const product = await docs(t.app, 'product').create({ data: { name: 'Konsulenttime', productNo: 'KONS-01', prices: [{ currency: 'XXX', unitPrice: 950 }] } });
    await backgroundLoop().runOnce();
    const row = await t.app.strapi.db.connection('billy_pending_changes').first();
    expect(row).toMatchObject({ module: 'products', document_id: product.documentId, attempts: 1 });
    expect(row.last_error).toEqual(expect.any(String));
    expect(t.sandbox.control.state().products).toHaveLength(0);

    await docs(t.app, 'product').update({ documentId: product.documentId, data: { prices: [{ currency: 'DKK', unitPrice: 950 }] } });
    await waitFor('the fixed product to reach Billy', () => t.sandbox.control.state().products.length === 1);
    expect(t.sandbox.control.state().products[0]).toMatchObject({ productNo: 'KONS-01' });
  });
});

describe('one run at a time', () => {
  it('answers a second trigger "already running" with the current run id', async () => {
    t.sandbox.control.setLatency(100);
    await docs(t.app, 'organization').create({ data: { name: 'Region Syddanmark' } });
    const first = await t.app.http().post('/billy/sync').set(t.auth).send({}).expect(202);
    const second = await t.app.http().post('/billy/sync').set(t.auth).send({});
    t.sandbox.control.setLatency(0);
    expect(second.status).toBe(409);
    expect(second.body.data).toEqual({ runId: first.body.data.id });
    const status = await t.app.http().get('/billy/status').set(t.auth).expect(200);
    expect(status.body.data.currentRun?.id ?? status.body.data.lastRun?.id).toBe(first.body.data.id);
    await waitFor('the run to end', async () => (await t.app.http().get('/billy/status').set(t.auth)).body.data.currentRun === null);
  });

  it('lets a record’s "Sync to Billy" wait out the push its save woke, and still answers 409 while a full run goes', async () => {
    await t.settings({ syncOnSave: true });
    const organization = await docs(t.app, 'organization').create({ data: { name: 'Lige Gemt ApS', country: 'DK' } });
    // The save's push is under way (Billy slow to answer) when the user clicks "Sync to Billy".
    t.sandbox.control.setLatency(300);
    const push = backgroundLoop().runOnce();
    await waitFor('the on-save push to hold the lease', async () => (await runsByTrigger('onSave')).some((run) => run.status === 'running'));
    const clicked = await t.app.http().post(`/billy/sync/plugin::billy.organization/${organization.documentId}`).set(t.auth);
    await push;
    expect(clicked.status).toBe(200);
    expect(clicked.body.data).toMatchObject({ run: { trigger: 'record', status: 'succeeded' }, status: { state: 'synced' } });
    expect(billyContacts().map((contact) => contact.name)).toEqual(['Lige Gemt ApS']);

    // A full run may take minutes: the record's sync says so at once rather than waiting.
    const full = await t.app.http().post('/billy/sync').set(t.auth).send({}).expect(202);
    const refused = await t.app.http().post(`/billy/sync/plugin::billy.organization/${organization.documentId}`).set(t.auth);
    t.sandbox.control.setLatency(0);
    expect(refused.status).toBe(409);
    expect(refused.body.data).toEqual({ runId: full.body.data.id });
    await t.app.strapi.plugin('billy').service('sync').whenIdle();
  });

  it('runs a sync from the cron job, and skips the job while another run holds the lease', async () => {
    await t.settings({ syncMode: 'automatic' });
    const job = (t.app.strapi.cron.jobs as Array<{ name?: string; job: { trigger(): Promise<void> } }>).find((entry) => entry.name === 'billy-sync');
    expect(job).toBeDefined();
    await docs(t.app, 'organization').create({ data: { name: 'Cron ApS' } });

    const lease = await t.app.strapi.plugin('billy').service('lease-lock').acquire('sync', 60_000);
    await job!.job.trigger();
    expect(await runsByTrigger('cron')).toHaveLength(0);
    await lease.release();

    await job!.job.trigger();
    await waitFor('the cron run to finish', async () => (await runsByTrigger('cron')).some((run) => run.status === 'succeeded'));
    expect(billyContacts().map((contact) => contact.name)).toEqual(['Cron ApS']);
  });
});
