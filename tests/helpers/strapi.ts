import fs from 'fs';
import os from 'os';
import path from 'path';
import request from 'supertest';
import { createStrapi, type Core } from '@strapi/strapi';

export const PLAYGROUND_DIR = path.resolve(__dirname, '..', '..', 'playground');
const ADMIN_PASSWORD = 'Test-Passw0rd!';

export interface TestApp {
  strapi: Core.Strapi;
  http: () => ReturnType<typeof request>;
  /** Bearer token of a super admin (created on first call). */
  superAdminToken: () => Promise<string>;
  /** Bearer token of an admin whose only role holds exactly these permission actions. */
  adminTokenWith: (actions: string[]) => Promise<string>;
  destroy: () => Promise<void>;
}

const login = async (server: Core.Strapi['server']['httpServer'], email: string) => {
  const response = await request(server).post('/admin/login').send({ email, password: ADMIN_PASSWORD });
  if (response.status !== 200) throw new Error(`admin login failed (${response.status}): ${JSON.stringify(response.body)}`);
  return response.body.data.token as string;
};

/**
 * Boots the playground's Strapi in-process on a fresh temporary SQLite file (one per test file),
 * mounts its routes and returns helpers for calling it as a logged-in admin.
 * The plugin's dist/ must have been built first (scripts/test.js does it).
 */
export const bootStrapi = async (env: Record<string, string> = {}): Promise<TestApp> => {
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'billy-test-'));
  // jest runs every file in one process: the env this boot sets is put back in destroy().
  const testEnv: Record<string, string> = {
    DATABASE_FILENAME: path.join(tmpDir, 'test.db'),
    PLAYGROUND_SEED: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL ?? 'error',
    ...env,
  };
  const previousEnv = Object.fromEntries(Object.keys(testEnv).map((key) => [key, process.env[key]]));
  Object.assign(process.env, testEnv);
  const strapi = await createStrapi({ appDir: PLAYGROUND_DIR, distDir: path.join(PLAYGROUND_DIR, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  strapi.server.mount();
  const server = strapi.server.httpServer;

  let userCount = 0;
  const createAdmin = async (roleId: number) => {
    userCount += 1;
    const email = `admin${userCount}@billy.test`;
    await strapi.service('admin::user').create({
      email, firstname: 'Test', lastname: `Admin ${userCount}`, password: ADMIN_PASSWORD, isActive: true, roles: [roleId], registrationToken: null,
    });
    return login(server, email);
  };

  let superToken: string | undefined;
  return {
    strapi,
    http: () => request(server),
    async superAdminToken() {
      if (!superToken) {
        await strapi.service('admin::role').createRolesIfNoneExist();
        const superAdmin = await strapi.service('admin::role').getSuperAdmin();
        superToken = await createAdmin(superAdmin.id);
      }
      return superToken;
    },
    async adminTokenWith(actions: string[]) {
      const role = await strapi.service('admin::role').create({ name: `role-${Date.now()}-${userCount}`, description: 'test role' });
      await strapi.service('admin::role').assignPermissions(
        role.id,
        actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
      );
      return createAdmin(role.id);
    },
    async destroy() {
      await strapi.destroy();
      for (const [key, value] of Object.entries(previousEnv)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      fs.rmSync(tmpDir, { recursive: true, force: true });
    },
  };
};
