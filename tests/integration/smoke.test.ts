import fs from 'fs';
import os from 'os';
import path from 'path';
import { startPlayground, type PlaygroundProcess } from '../helpers/playground-process';

const email = 'smoke@billy.test';
const password = 'Smoke-Passw0rd!';
let tmpDir: string;
let playground: PlaygroundProcess;

beforeAll(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'billy-smoke-'));
  playground = await startPlayground({
    DATABASE_FILENAME: path.join(tmpDir, 'smoke.db'),
    PLAYGROUND_ADMIN_EMAIL: email,
    PLAYGROUND_ADMIN_PASSWORD: password,
    STRAPI_LOG_LEVEL: 'info',
  });
});

afterAll(async () => {
  await playground?.stop();
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe('the playground as a real node process', () => {
  it('answers /_health and serves the admin panel', async () => {
    expect((await fetch(`${playground.url}/_health`)).status).toBe(204);
    const admin = await fetch(`${playground.url}/admin`);
    expect(admin.status).toBe(200);
    expect(await admin.text()).toContain('<div id="strapi"');
  });

  it('seeds the demo data and prints the admin login once, on the first start', async () => {
    expect(playground.output()).toContain(`admin login: ${email}`);
    const login = await fetch(`${playground.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(login.status).toBe(200);
    const token = ((await login.json()) as { data: { token: string } }).data.token;
    const counts: Record<string, number> = {};
    for (const type of ['organization', 'contact', 'product', 'invoice']) {
      const list = await fetch(`${playground.url}/content-manager/collection-types/plugin::billy.${type}`, { headers: { Authorization: `Bearer ${token}` } });
      counts[type] = ((await list.json()) as { pagination: { total: number } }).pagination.total;
    }
    // invoices: the 4 drafts of seed-data.ts and the 11 booked invoices of seed-accounting.ts (paid, part-paid, overdue).
    expect(counts).toEqual({ organization: 3, contact: 5, product: 4, invoice: 15 });
  });
});
