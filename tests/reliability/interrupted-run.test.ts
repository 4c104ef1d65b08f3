import fs from 'fs';
import os from 'os';
import path from 'path';
import { startSandbox, type RunningSandbox } from '../../sandbox/src';
import { adminHttp } from '../helpers/admin-http';
import { mixedCounts, seedCrm } from '../helpers/crm-seed';
import { bootStrapi } from '../helpers/strapi';
import { startKillablePlayground } from './support';

let tmpDir: string;
let dbFile: string;
let sandbox: RunningSandbox;
let onAnswered: () => void = () => {};

const startStrapi = () => startKillablePlayground(dbFile, sandbox);

beforeAll(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'billy-interrupted-'));
  dbFile = path.join(tmpDir, 'interrupted.db');
  sandbox = await startSandbox({ port: 0, log: (line) => line.includes(' → ') && onAnswered() });
  const seeding = await bootStrapi({ DATABASE_FILENAME: dbFile });
  await seedCrm(seeding.strapi, mixedCounts(60));
  await seeding.superAdminToken();
  await seeding.destroy();
}, 600_000);

afterAll(async () => {
  await sandbox?.close();
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe('kill -9 of the Strapi process during a sync', () => {
  it('ends the run as interrupted at restart, before any other run starts, and the status shows nothing going', async () => {
    const first = await startStrapi();
    let answers = 0;
    const killed = new Promise<void>((resolve) => first.child.once('exit', () => resolve()));
    onAnswered = () => {
      answers += 1;
      if (answers === 12) first.child.kill('SIGKILL');
    };
    const run = await (await adminHttp(first.url)).startSync();
    await killed;
    onAnswered = () => {};
    expect(run).not.toBeNull();

    const second = await startStrapi();
    try {
      const admin = await adminHttp(second.url);
      expect(await admin.run(run!.id)).toMatchObject({ id: run!.id, status: 'interrupted', finishedAt: expect.any(String), error: { reason: 'interrupted' } });
      const status = await admin.status();
      expect(status.currentRun).toBeNull();
      expect((await admin.runs()).filter((listed) => listed.status === 'running')).toEqual([]);
    } finally {
      await second.stop();
    }
  }, 600_000);
});
