import { startSandbox, type RunningSandbox } from '../../sandbox/src';
import { bootStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let sandbox: RunningSandbox;
let auth: { Authorization: string };

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  app = await bootStrapi({ BILLY_API_URL: sandbox.apiUrl, BILLY_ACCESS_TOKEN: sandbox.token });
  auth = { Authorization: `Bearer ${await app.superAdminToken()}` };
});

afterAll(async () => {
  await app?.destroy();
  await sandbox?.close();
});

describe('a token given by the server (BILLY_ACCESS_TOKEN)', () => {
  it('wins, is reported as locked, and is never returned', async () => {
    const response = await app.http().get('/billy/settings').set(auth).expect(200);
    expect(response.body.data.accessToken).toEqual({ isSet: true, lastFour: sandbox.token.slice(-4), source: 'env', locked: true });
    expect(JSON.stringify(response.body)).not.toContain(sandbox.token);
    const check = await app.http().post('/billy/connection/check').set(auth).expect(200);
    expect(check.body.data.state).toBe('connected');
  });

  it('cannot be replaced from the settings page', async () => {
    const response = await app.http().put('/billy/settings').set(auth).send({ accessToken: 'another-token' }).expect(400);
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['accessToken'] })]);
  });
});
