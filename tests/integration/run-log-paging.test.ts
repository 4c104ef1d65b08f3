import { docs, useSyncTestApp } from '../helpers/sync';

const t = useSyncTestApp();
const get = (path: string) => t.app.http().get(path).set(t.auth);
const runRows = () => t.app.strapi.db.query('plugin::billy.sync-run');
const recordRows = () => t.app.strapi.db.query('plugin::billy.sync-run-record');
const DAY_MS = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  await t.reset();
});

/** Finished runs written straight to the log, oldest first, each with `records` records. */
const logRuns = async (count: number, { daysAgo = 0, records = 0 } = {}) => {
  const ids: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const startedAt = new Date(Date.now() - daysAgo * DAY_MS + index * 1000);
    const run = await runRows().create({ data: { trigger: 'cron', status: 'succeeded', dryRun: false, modules: [], startedAt, finishedAt: startedAt, counts: {} } });
    if (records > 0) {
      await recordRows().createMany({
        data: Array.from({ length: records }, (_, n) => ({ runId: run.id, module: 'contacts', targetDocumentId: `doc-${n}`, direction: 'toBilly', outcome: n % 3 === 0 ? 'failed' : 'created' })),
      });
    }
    ids.push(run.id);
  }
  return ids;
};

describe('GET /billy/runs?page&pageSize', () => {
  it('pages the log newest first with meta.pagination, 25 a page by default and at most 100', async () => {
    const ids = await logRuns(130);
    const first = await get('/billy/runs').expect(200);
    expect(first.body.data).toHaveLength(25);
    expect(first.body.data[0].id).toBe(ids[129]);
    expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 6, total: 130 });
    const last = await get('/billy/runs?page=2&pageSize=100').expect(200);
    expect(last.body.data.map((run: { id: number }) => run.id)).toEqual(ids.slice(0, 30).reverse());
    expect(last.body.meta.pagination).toEqual({ page: 2, pageSize: 100, pageCount: 2, total: 130 });
    for (const query of ['pageSize=101', 'pageSize=0', 'page=0', 'page=-1', 'page=1.5', 'page=0x2', 'pageSize=ten']) {
      const refused = await get(`/billy/runs?${query}`).expect(400);
      expect(refused.body.error.message).toMatch(/^page(Size)? must be/);
    }
  });
});

describe('GET /billy/runs/:id and /billy/runs/:id/records', () => {
  it('answers the run without its records, and its records page by page, optionally of some outcomes', async () => {
    const [runId] = await logRuns(1, { records: 120 });
    const run = await get(`/billy/runs/${runId}`).expect(200);
    expect(run.body.data).toMatchObject({ id: runId, status: 'succeeded' });
    expect(run.body.data).not.toHaveProperty('records');

    const page = await get(`/billy/runs/${runId}/records?page=3&pageSize=50`).expect(200);
    expect(page.body.data).toHaveLength(20);
    expect(page.body.data[0]).toMatchObject({ documentId: 'doc-100' });
    expect(page.body.meta.pagination).toEqual({ page: 3, pageSize: 50, pageCount: 3, total: 120 });
    const failed = await get(`/billy/runs/${runId}/records?outcome=failed&pageSize=100`).expect(200);
    expect(failed.body.meta.pagination.total).toBe(40);
    expect(failed.body.data.every((record: { outcome: string }) => record.outcome === 'failed')).toBe(true);
    expect((await get(`/billy/runs/${runId}/records?outcome=failed,created`).expect(200)).body.meta.pagination.total).toBe(120);

    await get(`/billy/runs/${runId}/records?outcome=exploded`).expect(400);
    await get(`/billy/runs/${runId + 1000}/records`).expect(404);
  });

  it('counts skipped records without a row for each', async () => {
    await docs(t.app, 'organization').create({ data: { name: 'Steady Co', country: 'DK' } });
    await docs(t.app, 'organization').create({ data: { name: 'Calm ApS', country: 'DK' } });
    await t.sync({ modules: ['organizations'] });
    const again = await t.sync({ modules: ['organizations'] });
    expect(again.counts.organizations).toMatchObject({ total: 2, done: 2, skipped: 2 });
    expect(await recordRows().count({ where: { runId: again.id } })).toBe(0);
  });
});

describe('the run log retention', () => {
  it('is a daily job on Strapi cron', () => {
    expect((t.app.strapi.cron.jobs as Array<{ name?: string }>).map((job) => job.name)).toContain('billy-run-retention');
  });

  it('deletes runs older than runRetentionDays and beyond runRetentionMax with their records, never a running run', async () => {
    const old = await logRuns(3, { daysAgo: 91, records: 4 });
    const running = await runRows().create({ data: { trigger: 'manual', status: 'running', dryRun: false, modules: [], startedAt: new Date(Date.now() - 200 * DAY_MS), counts: {} } });
    const recent = await logRuns(6, { daysAgo: 1, records: 2 });
    const config = t.app.strapi.config;
    const max = config.get('plugin::billy.runRetentionMax');
    config.set('plugin::billy.runRetentionMax', 4);
    try {
      expect(await t.app.strapi.plugin('billy').service('runs').prune()).toBe(5);
    } finally {
      config.set('plugin::billy.runRetentionMax', max);
    }
    const left = (await runRows().findMany({ select: ['id'], orderBy: { id: 'asc' } })).map((run: { id: number }) => run.id);
    expect(left).toEqual([running.id, ...recent.slice(2)]);
    expect(await recordRows().count({ where: { runId: { $in: [...old, ...recent.slice(0, 2)] } } })).toBe(0);
    expect(await recordRows().count({})).toBe(8);
    // Nothing left to prune.
    expect(await t.app.strapi.plugin('billy').service('runs').prune()).toBe(0);
  });
});
