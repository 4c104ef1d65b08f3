import { docs, useSyncTestApp } from '../helpers/sync';

// The loop's poll is an hour: every push these tests see was started by a save waking the loop.
const t = useSyncTestApp({ env: { BILLY_BACKGROUND_POLL_MS: String(60 * 60_000) } });

beforeEach(async () => {
  await t.settings({ syncOnSave: false, syncMode: 'manual' });
  await t.app.strapi.plugin('billy').service('sync').whenIdle();
  await t.reset();
  await t.app.strapi.db.connection('billy_pending_changes').delete();
  t.sandbox.control.setLatency(0);
});

const billyContactNames = () => t.sandbox.control.state().contacts.map((contact) => contact.name).sort();
const onSaveRuns = async () =>
  ((await t.app.http().get('/billy/runs').set(t.auth).expect(200)).body.data as Array<{ trigger: string; status: string }>).filter((run) => run.trigger === 'onSave');

const waitFor = async (what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('a save wakes the on-save push', () => {
  it('pushes a saved document without waiting for the next poll', async () => {
    await t.settings({ syncOnSave: true });
    await docs(t.app, 'organization').create({ data: { name: 'Vesterbro Cykler ApS' } });
    await waitFor('the organization to reach Billy', () => billyContactNames().length === 1);
    expect(billyContactNames()).toEqual(['Vesterbro Cykler ApS']);
    await waitFor('the run to end', async () => (await onSaveRuns()).every((run) => run.status !== 'running'));
    expect(await onSaveRuns()).toEqual([expect.objectContaining({ status: 'succeeded' })]);
  });

  it('pushes a save made during a push right after it, one run at a time', async () => {
    await t.settings({ syncOnSave: true });
    t.sandbox.control.setLatency(300);
    await docs(t.app, 'organization').create({ data: { name: 'Amager Glas ApS' } });
    await waitFor('the first push to start', async () => (await onSaveRuns()).some((run) => run.status === 'running'));
    await docs(t.app, 'organization').create({ data: { name: 'Nørrebro Tømrer ApS' } });

    await waitFor('both organizations to reach Billy', () => billyContactNames().length === 2);
    expect(billyContactNames()).toEqual(['Amager Glas ApS', 'Nørrebro Tømrer ApS']);
    await waitFor('the queue to empty', async () => (await t.app.strapi.plugin('billy').service('background').pendingCount()) === 0);
    // The second save did not join the run under way (it had read the queue): a second run, after it.
    const runs = await onSaveRuns();
    expect(runs).toHaveLength(2);
    expect(runs.every((run) => run.status === 'succeeded')).toBe(true);
  });
});
