import fs from 'fs';
import os from 'os';
import path from 'path';
import { startSandbox, type RunningSandbox } from '../../sandbox/src';
import { mixedCounts, seedCrm, totalOf } from '../helpers/crm-seed';
import { freePort } from '../helpers/playground-process';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { compareTwins } from '../helpers/twins';
import { FAST_CLIENT_ENV, FULL, knexRows, syncOnce } from './support';

const COUNTS = mixedCounts(FULL ? 1000 : 100);
/** The token is revoked when the sandbox has answered this many API requests: well inside the run. */
const REVOKE_AFTER_REQUESTS = Math.floor(totalOf(COUNTS) / 2);

let tmpDir: string;
let port: number;
let sandbox: RunningSandbox;
let app: TestApp;

/**
 * The sandbox keeps its data in a state file; a revoked token stays revoked until the sandbox
 * restarts, which stands for the user fixing the token (Billy issuing a good one).
 */
const startBilly = async (revokeAfterRequests: number | null) => {
  let answered = 0;
  const started: RunningSandbox = await startSandbox({
    port,
    stateFile: path.join(tmpDir, 'billy.json'),
    log: (line) => {
      if (!line.startsWith('GET ') && !line.startsWith('POST ') && !line.startsWith('PUT ')) return;
      answered += 1;
      if (answered === revokeAfterRequests) started.control.revokeToken(started.token);
    },
  });
  return started;
};

beforeAll(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'billy-revoke-'));
  port = await freePort();
  sandbox = await startBilly(REVOKE_AFTER_REQUESTS);
  app = await bootStrapi({ BILLY_API_URL: sandbox.apiUrl, BILLY_ACCESS_TOKEN: sandbox.token, BILLY_BACKGROUND_POLL_MS: '3600000', ...FAST_CLIENT_ENV });
  await seedCrm(app.strapi, COUNTS);
}, 300_000);

afterAll(async () => {
  await app?.destroy();
  await sandbox?.close();
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe('the Billy token revoked in the middle of a run', () => {
  it('stops the run cleanly, turns the light red with the reason, and a later run with a good token completes the rest', async () => {
    const auth = { Authorization: `Bearer ${await app.superAdminToken()}` };

    const stopped = await syncOnce(app.strapi);
    expect(stopped.status).toBe('failed');
    expect(stopped.error?.reason).toBe('auth');
    const red = (await app.http().get('/billy/status').set(auth).expect(200)).body.data;
    expect(red.connection).toMatchObject({ state: 'failed', reason: 'auth' });
    expect(red.currentRun).toBeNull();
    const partly = await compareTwins(knexRows(app.strapi), sandbox.control.state());
    expect(partly.missing.length).toBeGreaterThan(0);
    expect(partly.missing.length).toBeLessThan(totalOf(COUNTS));

    await sandbox.close();
    sandbox = await startBilly(null);
    const completed = await syncOnce(app.strapi);
    expect(completed.status).toBe('succeeded');
    const twins = await compareTwins(knexRows(app.strapi), sandbox.control.state());
    expect(twins).toMatchObject({ duplicates: [], missing: [], strays: [] });
    const green = (await app.http().get('/billy/status').set(auth).expect(200)).body.data;
    expect(green.connection).toMatchObject({ state: 'connected', reason: null });
  }, 600_000);
});
