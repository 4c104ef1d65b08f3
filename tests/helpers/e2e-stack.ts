import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { startSandbox, type RunningSandbox } from '../../sandbox/src';
import { assertAdminBuiltWithBilly, launchBrowser, loginToAdmin, newPage, withFailureScreenshot } from './browser';
import { startPlayground, type PlaygroundProcess } from './playground-process';

export interface Credentials {
  email: string;
  password: string;
}

export interface PermissionGrant {
  action: string;
  subject?: string;
  properties?: Record<string, unknown>;
}

export interface E2eStack {
  sandbox: RunningSandbox;
  playground: PlaygroundProcess;
  browser: Browser;
  page: Page;
  /** The admin REST API as the logged-in super admin (setup and checks the browser steps do not cover). */
  api<T = Record<string, unknown>>(method: string, url: string, body?: unknown): Promise<T>;
  /** Creates an active admin whose only role holds exactly these permissions. */
  createAdminWith(permissions: PermissionGrant[], credentials: Credentials): Promise<void>;
  stop(): Promise<void>;
}

/**
 * What every browser suite stands on: the in-process Billy sandbox, the built playground as a real
 * `strapi start` process pointed at it (seeding the super admin from env), Debian's chromium, and a
 * page logged into the admin. Needs the plugin and the playground admin built (scripts/test.js does it).
 */
export const startE2eStack = async (name: string, admin: Credentials, sandboxToken: string): Promise<E2eStack> => {
  assertAdminBuiltWithBilly();
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), `billy-e2e-${name}-`));
  const sandbox = await startSandbox({ port: 0, token: sandboxToken });
  const playground = await startPlayground({
    DATABASE_FILENAME: path.join(tmpDir, 'e2e.db'),
    PLAYGROUND_ADMIN_EMAIL: admin.email,
    PLAYGROUND_ADMIN_PASSWORD: admin.password,
    BILLY_API_URL: sandbox.apiUrl,
    STRAPI_LOG_LEVEL: 'warn',
  });

  let adminToken: string | null = null;
  const api = async <T = Record<string, unknown>>(method: string, url: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${playground.url}${url}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(adminToken ? { Authorization: `Bearer ${adminToken}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as T;
    if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(json)}`);
    return json;
  };
  adminToken = (await api<{ data: { token: string } }>('POST', '/admin/login', admin)).data.token;

  const browser = await launchBrowser();
  const page = await newPage(browser);
  await withFailureScreenshot(page, `${name}-login`, () => loginToAdmin(page, playground.url, admin));

  return {
    sandbox,
    playground,
    browser,
    page,
    api,
    async createAdminWith(permissions, credentials) {
      const role = (await api<{ data: { id: number } }>('POST', '/admin/roles', { name: `Billy e2e ${credentials.email}`, description: 'e2e' })).data;
      await api('PUT', `/admin/roles/${role.id}/permissions`, {
        permissions: permissions.map(({ action, subject, properties }) => ({ action, subject: subject ?? null, properties: properties ?? {}, conditions: [] })),
      });
      const user = (await api<{ data: { registrationToken: string } }>('POST', '/admin/users', { firstname: 'E2e', lastname: 'Viewer', email: credentials.email, roles: [role.id] })).data;
      await api('POST', '/admin/register', { registrationToken: user.registrationToken, userInfo: { firstname: 'E2e', lastname: 'Viewer', password: credentials.password } });
    },
    async stop() {
      await browser.close();
      await playground.stop();
      await sandbox.close();
      fs.rmSync(tmpDir, { recursive: true, force: true });
    },
  };
};
