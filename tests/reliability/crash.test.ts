import fs from 'fs';
import os from 'os';
import path from 'path';
import { startSandbox, type RunningSandbox } from '../../sandbox/src';
import { adminHttp, syncToEnd } from '../helpers/admin-http';
import { mixedCounts, seedCrm, totalOf } from '../helpers/crm-seed';
import type { PlaygroundProcess } from '../helpers/playground-process';
import { seededRandom } from '../../sandbox/src/faults';
import { bootStrapi } from '../helpers/strapi';
import { compareTwins, type TwinReport } from '../helpers/twins';
import { FULL, startKillablePlayground } from './support';

// better-sqlite3 ships no type declarations here; the two calls this file makes are typed by hand.
type SqliteDatabase = { prepare(sql: string): { all(): unknown[] }; close(): void };
const Database = require('better-sqlite3') as new (file: string, options: { readonly: boolean }) => SqliteDatabase;

const COUNTS = mixedCounts(FULL ? 2000 : 120);
const CRASH_POINTS = FULL ? 20 : 10;
/** A crash comes after 1..this many Billy answers into the run (re-reads after a restart included). */
const MAX_REQUESTS_BEFORE_CRASH = FULL ? 300 : 24;
const SEED = 20_261_125;

let tmpDir: string;
let dbFile: string;
let sandbox: RunningSandbox;
/** Called after each API answer the sandbox sends. */
let onAnswered: () => void = () => {};

const startStrapi = () => startKillablePlayground(dbFile, sandbox);

/** Starts a sync in a fresh Strapi process and kill -9s it after `answers` Billy answers; false when the run ended first. */
const crashDuringSync = async (answers: number): Promise<boolean> => {
  const strapi: PlaygroundProcess = await startStrapi();
  let count = 0;
  onAnswered = () => {
    count += 1;
    if (count === answers) strapi.child.kill('SIGKILL');
  };
  const exited = new Promise<'killed'>((resolve) => strapi.child.once('exit', () => resolve('killed')));
  try {
    const admin = await adminHttp(strapi.url);
    const outcome = await Promise.race([exited, syncToEnd(admin).then(() => 'finished' as const)]);
    return outcome === 'killed';
  } catch (error) {
    // The kill can land while the test is talking to the process.
    if (strapi.child.killed) return true;
    throw error;
  } finally {
    onAnswered = () => {};
    await strapi.stop('SIGKILL');
  }
};

const twinsInDatabase = async (): Promise<TwinReport> => {
  const db = new Database(dbFile, { readonly: true });
  try {
    return await compareTwins(async (sql) => db.prepare(sql).all() as Array<Record<string, unknown>>, sandbox.control.state());
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'billy-crash-'));
  dbFile = path.join(tmpDir, 'crash.db');
  sandbox = await startSandbox({ port: 0, log: (line) => line.includes(' → ') && onAnswered() });
  const seeding = await bootStrapi({ DATABASE_FILENAME: dbFile });
  await seedCrm(seeding.strapi, COUNTS);
  await seeding.superAdminToken();
  await seeding.destroy();
}, 600_000);

afterAll(async () => {
  await sandbox?.close();
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe(`kill -9 of the Strapi process at ${CRASH_POINTS} seeded random points of a bulk sync of ${totalOf(COUNTS)} records`, () => {
  it('leaves, after a restart and one more sync, every record in Billy exactly once', async () => {
    const random = seededRandom(SEED);
    let crashes = 0;
    for (let point = 0; point < CRASH_POINTS; point += 1) {
      const killed = await crashDuringSync(1 + Math.floor(random() * MAX_REQUESTS_BEFORE_CRASH));
      if (!killed) break;
      crashes += 1;
    }
    expect(crashes).toBe(CRASH_POINTS);
    expect((await twinsInDatabase()).missing.length).toBeGreaterThan(0);

    const strapi = await startStrapi();
    try {
      const run = await syncToEnd(await adminHttp(strapi.url));
      expect(run.status).toBe('succeeded');
    } finally {
      await strapi.stop();
    }
    const twins = await twinsInDatabase();
    expect(twins).toMatchObject({ duplicates: [], missing: [], strays: [] });
    expect(Object.values(twins.counts).map(({ strapi: documents, billy }) => billy - documents)).toEqual([0, 0, 0, 0]);
  }, FULL ? 7_200_000 : 900_000);
});
