import fs from 'fs';
import os from 'os';
import path from 'path';
import { startSandbox, type RunningSandbox } from '../../sandbox/src';
import { SEEDED_ADMIN } from '../helpers/admin-http';
import { bootStrapi, type TestApp } from '../helpers/strapi';

const KEY_A = 'first-encryption-key-0123456789';
const KEY_B = 'second-encryption-key-012345678';
const KEY_C = 'third-encryption-key-0123456789';

let tmpDir: string;
let dbFile: string;
let sandbox: RunningSandbox;
let boots = 0;

beforeAll(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'billy-key-'));
  dbFile = path.join(tmpDir, 'keys.db');
  sandbox = await startSandbox({ port: 0 });
});

afterAll(async () => {
  await sandbox?.close();
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

/** Strapi on the same database file each time, with the given key (and env), as the seeded super admin. */
const withStrapi = async (env: Record<string, string>, work: (app: TestApp, auth: { Authorization: string }) => Promise<void>) => {
  const app = await bootStrapi({ DATABASE_FILENAME: dbFile, BILLY_API_URL: sandbox.apiUrl, BILLY_BACKGROUND_POLL_MS: '3600000', ...env });
  try {
    if (boots === 0) await app.strapi.service('admin::role').createRolesIfNoneExist();
    // A fresh super admin per boot: Strapi rate-limits logins per e-mail address.
    boots += 1;
    const email = `keys${boots}@billy.test`;
    const superAdmin = await app.strapi.service('admin::role').getSuperAdmin();
    await app.strapi.service('admin::user').create({ email, firstname: 'Key', lastname: `${boots}`, password: SEEDED_ADMIN.password, isActive: true, roles: [superAdmin.id], registrationToken: null });
    const token = (await app.http().post('/admin/login').send({ email, password: SEEDED_ADMIN.password }).expect(200)).body.data.token;
    await work(app, { Authorization: `Bearer ${token}` });
  } finally {
    await app.destroy();
  }
};

describe('a stored token sealed with another ENCRYPTION_KEY', () => {
  it('leaves Strapi up with a red light and sync refused, and is recovered through the admin routes', async () => {
    await withStrapi({ ENCRYPTION_KEY: KEY_A }, async (app, auth) => {
      const saved = await app.http().put('/billy/settings').set(auth).send({ accessToken: sandbox.token }).expect(200);
      expect(saved.body.connection.state).toBe('connected');
    });

    await withStrapi({ ENCRYPTION_KEY: KEY_B }, async (app, auth) => {
      const settings = await app.http().get('/billy/settings').set(auth).expect(200);
      expect(settings.body.data.accessToken).toMatchObject({ isSet: true, unreadable: true, locked: false });
      expect(settings.body.connection).toMatchObject({ state: 'failed', reason: 'token_unreadable', message: "The stored token can't be read — the encryption key changed; paste the token again." });
      expect((await app.http().get('/billy/status').set(auth).expect(200)).body.data.connection.reason).toBe('token_unreadable');

      const refused = await app.http().post('/billy/sync').set(auth).send({}).expect(400);
      expect(refused.body.error).toMatchObject({ name: 'ApplicationError', message: expect.stringMatching(/encryption key changed/), details: { reason: 'token_unreadable' } });
      expect(await app.strapi.db.query('plugin::billy.sync-run').count({})).toBe(0);

      const cleared = await app.http().put('/billy/settings').set(auth).send({ accessToken: null }).expect(200);
      expect(cleared.body.data.accessToken).toEqual({ isSet: false, lastFour: null, source: null, locked: false });
      expect(cleared.body.connection.state).toBe('unconfigured');
      const pasted = await app.http().put('/billy/settings').set(auth).send({ accessToken: sandbox.token }).expect(200);
      expect(pasted.body.connection.state).toBe('connected');
    });
  }, 300_000);

  it('is sealed again at start with the new key when the old one is listed in previousEncryptionKeys', async () => {
    await withStrapi({ ENCRYPTION_KEY: KEY_C, BILLY_PREVIOUS_ENCRYPTION_KEYS: `not-this-one-0123456789, ${KEY_B}` }, async (app, auth) => {
      const check = await app.http().post('/billy/connection/check').set(auth).expect(200);
      expect(check.body.data.state).toBe('connected');
    });
    // Without the old key now: the token was re-sealed with KEY_C.
    await withStrapi({ ENCRYPTION_KEY: KEY_C }, async (app, auth) => {
      const settings = await app.http().get('/billy/settings').set(auth).expect(200);
      expect(settings.body.data.accessToken).toEqual({ isSet: true, lastFour: sandbox.token.slice(-4), source: 'store', locked: false });
    });
  }, 300_000);

  it('can be cleared with PUT { accessToken: null } while BILLY_ACCESS_TOKEN is set', async () => {
    await withStrapi({ ENCRYPTION_KEY: KEY_A, BILLY_ACCESS_TOKEN: sandbox.token }, async (app, auth) => {
      expect((await app.http().get('/billy/settings').set(auth).expect(200)).body.data.accessToken).toMatchObject({ source: 'env', locked: true });
      await app.http().put('/billy/settings').set(auth).send({ accessToken: 'a-replacement-token' }).expect(400);
      await app.http().put('/billy/settings').set(auth).send({ accessToken: null }).expect(200);
    });
    await withStrapi({ ENCRYPTION_KEY: KEY_A }, async (app, auth) => {
      expect((await app.http().get('/billy/settings').set(auth).expect(200)).body.connection.state).toBe('unconfigured');
    });
  }, 300_000);
});
