import type { RunSummary } from '../../contracts';
import { startSandboxedStrapi, type SandboxedStrapi } from '../helpers/sandboxed-strapi';

const LOCK_TTL_MS = 1000;
let t: SandboxedStrapi;
let token: string;

beforeAll(async () => {
  t = await startSandboxedStrapi({ BILLY_LOCK_TTL_MS: String(LOCK_TTL_MS), BILLY_BACKGROUND_POLL_MS: '3600000' });
  token = await t.app.superAdminToken();
});

afterAll(async () => {
  await t?.close();
});

const get = async (path: string) => (await t.app.http().get(path).set('Authorization', `Bearer ${token}`).expect(200)).body.data;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What an instance that died mid-run leaves behind: the lease it stopped renewing and its run "running" with what it had written. */
const runOfADeadHolder = async (): Promise<number> => {
  const lease = await t.strapi.plugin('billy').service('lease-lock').acquire('sync', LOCK_TTL_MS);
  expect(lease).not.toBeNull();
  const counts = { organizations: { total: 3, done: 1, created: 1, updated: 0, skipped: 0, failed: 0, conflict: 0 } };
  const run = await t.strapi.db.query('plugin::billy.sync-run').create({ data: { trigger: 'manual', status: 'running', dryRun: false, modules: ['organizations'], startedAt: new Date(), counts } });
  await t.strapi.db.query('plugin::billy.sync-run-record').create({ data: { runId: run.id, module: 'organizations', targetDocumentId: 'doc-1', billyId: 'b-1', direction: 'toBilly', outcome: 'created' } });
  await lease.setRunId(run.id);
  return run.id;
};

describe('a run whose holder is gone', () => {
  it('shows as going while its lease lives, and is ended as interrupted, with what it had finished, once the lease expired', async () => {
    const runId = await runOfADeadHolder();
    expect((await get('/billy/status')).currentRun).toMatchObject({ id: runId, status: 'running' });
    await pause(LOCK_TTL_MS + 200);

    const status = await get('/billy/status');
    expect(status.currentRun).toBeNull();
    expect(status.lastRun).toMatchObject({ id: runId, status: 'interrupted', finishedAt: expect.any(String), error: { reason: 'interrupted' } });
    const run = (await get(`/billy/runs/${runId}`)) as RunSummary;
    expect(run).toMatchObject({ status: 'interrupted', counts: { organizations: { done: 1, created: 1 } } });
    const records = await t.strapi.db.query('plugin::billy.sync-run-record').findMany({ where: { runId } });
    expect(records).toHaveLength(1);
  });

  it('is ended by the background loop when nobody reads the status', async () => {
    const runId = await runOfADeadHolder();
    await t.strapi.plugin('billy').service('background').runOnce();
    expect(await t.strapi.db.query('plugin::billy.sync-run').findOne({ where: { id: runId } })).toMatchObject({ status: 'running' });
    await pause(LOCK_TTL_MS + 200);
    await t.strapi.plugin('billy').service('background').runOnce();
    expect(await t.strapi.db.query('plugin::billy.sync-run').findOne({ where: { id: runId } })).toMatchObject({ status: 'interrupted' });
  });

  it('leaves a live run alone: a sync going now is not ended by another look at the lease', async () => {
    t.sandbox.control.setLatency(400);
    await t.strapi.documents('plugin::billy.organization' as never).create({ data: { name: 'Live Co', country: 'DK' } } as never);
    const started = await t.app.http().post('/billy/sync').set('Authorization', `Bearer ${token}`).send({ modules: ['organizations'] }).expect(202);
    expect(await t.strapi.plugin('billy').service('runs').endRunsOfLostHolders()).toBe(0);
    await t.strapi.plugin('billy').service('sync').whenIdle();
    t.sandbox.control.setLatency(0);
    expect(await get(`/billy/runs/${started.body.data.id}`)).toMatchObject({ status: 'succeeded' });
  });
});
