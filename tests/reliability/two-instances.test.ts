import { startSandbox, type RunningSandbox } from '../../sandbox/src';
import { adminHttp, syncToEnd, type AdminHttp } from '../helpers/admin-http';
import { mixedCounts, seedCrm, totalOf } from '../helpers/crm-seed';
import { startPlayground, type PlaygroundProcess } from '../helpers/playground-process';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres';
import { bootStrapi } from '../helpers/strapi';
import { compareTwins } from '../helpers/twins';
import { FAST_CLIENT_ENV, FULL } from './support';

const COUNTS = mixedCounts(FULL ? 2000 : 80);
/** Runs (from either instance, by cron or button) to see end before the holder is killed. */
const RUNS_BEFORE_KILL = FULL ? 12 : 4;
const POSTGRES_ENV = { DATABASE_CLIENT: 'postgres', DATABASE_POOL_MAX: '4' };

interface RunRow {
  id: number;
  trigger: string;
  status: string;
  started_at: Date;
  finished_at: Date | null;
  error: { reason?: string } | string | null;
}

let database: TestDatabase;
let sandbox: RunningSandbox;
const instances: PlaygroundProcess[] = [];

const startInstance = async () => {
  const instance = await startPlayground({
    ...POSTGRES_ENV,
    DATABASE_NAME: database.name,
    PLAYGROUND_SEED: 'false',
    BILLY_API_URL: sandbox.apiUrl,
    BILLY_ACCESS_TOKEN: sandbox.token,
    BILLY_SYNC_CRON_RULE: '*/2 * * * * *',
    BILLY_LOCK_TTL_MS: '2000',
    STRAPI_LOG_LEVEL: 'warn',
    ...FAST_CLIENT_ENV,
  });
  instances.push(instance);
  return instance;
};

const runRows = async () => (await database.rows('SELECT id, "trigger", status, started_at, finished_at, error FROM billy_sync_runs ORDER BY started_at, id')) as unknown as RunRow[];
const reasonOf = (row: RunRow) => (typeof row.error === 'string' ? (JSON.parse(row.error) as { reason?: string }) : row.error)?.reason;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Presses the Sync button on both instances, again and again, until `runs` runs have ended. */
const pressBothUntil = async (admins: AdminHttp[], runs: number) => {
  while ((await runRows()).filter((row) => row.finished_at).length < runs) {
    await Promise.all(admins.map((admin) => admin.startSync()));
    await pause(150);
  }
};

beforeAll(async () => {
  database = await createTestDatabase('billy_reliability');
  sandbox = await startSandbox({ port: 0, latencyMs: 2 });
  const seeding = await bootStrapi({ ...POSTGRES_ENV, DATABASE_NAME: database.name });
  try {
    await seedCrm(seeding.strapi, COUNTS);
    await seeding.superAdminToken();
    await (seeding.strapi.plugin('billy').service('settings') as { update(body: object): Promise<unknown> }).update({ syncMode: 'automatic' });
  } finally {
    await seeding.destroy();
  }
}, 600_000);

afterAll(async () => {
  for (const instance of instances) await instance.stop('SIGKILL');
  await sandbox?.close();
  await database?.drop();
});

describe(`two Strapi instances on one PostgreSQL database, cron every 2 s and the Sync button on both (${totalOf(COUNTS)} records)`, () => {
  it('never runs two syncs at once, duplicates nothing, and takes over the run of a holder killed with kill -9', async () => {
    const [first, second] = [await startInstance(), await startInstance()];
    const [firstAdmin, secondAdmin] = [await adminHttp(first.url), await adminHttp(second.url)];
    await pressBothUntil([firstAdmin, secondAdmin], RUNS_BEFORE_KILL);

    let held = await firstAdmin.startSync();
    while (!held) {
      await pause(50);
      held = await firstAdmin.startSync();
    }
    await first.stop('SIGKILL');
    const takeover = await syncToEnd(secondAdmin);
    await second.stop();

    const rows = await runRows();
    const killed = rows.find((row) => row.id === held!.id);
    expect(killed).toMatchObject({ status: 'interrupted' });
    expect(reasonOf(killed!)).toBe('interrupted');
    expect(takeover.status).toBe('succeeded');
    // Only a run whose holder died has an end written by its successor; every other run ends before the next starts.
    const overlaps = rows.slice(1).filter((row, index) => {
      const before = rows[index];
      return reasonOf(before) !== 'interrupted' && (!before.finished_at || new Date(before.finished_at) > new Date(row.started_at));
    });
    expect(overlaps).toEqual([]);
    expect(rows.filter((row) => reasonOf(row) === 'interrupted').map((row) => row.id)).toEqual([held!.id]);
    expect(new Set(rows.map((row) => row.status))).not.toContain('running');
    expect(new Set(rows.map((row) => row.trigger))).toEqual(new Set(['cron', 'manual']));

    const twins = await compareTwins(database.rows, sandbox.control.state());
    expect(twins).toMatchObject({ duplicates: [], missing: [], strays: [] });
  }, FULL ? 3_600_000 : 600_000);
});
