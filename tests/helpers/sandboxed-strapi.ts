import type { Core } from '@strapi/strapi';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../sandbox/src';
import { bootStrapi, type TestApp } from './strapi';

export interface SandboxedStrapi {
  app: TestApp;
  strapi: Core.Strapi;
  sandbox: RunningSandbox;
  close(): Promise<void>;
}

/**
 * A fresh in-process Strapi (temp SQLite) whose plugin talks to a fresh sandbox with its token;
 * the one setup shared by the sync tests, the reliability suite and the benchmarks.
 */
export const startSandboxedStrapi = async (env: Record<string, string> = {}, sandboxOptions: SandboxOptions = {}): Promise<SandboxedStrapi> => {
  const sandbox = await startSandbox({ port: 0, ...sandboxOptions });
  const app = await bootStrapi({ BILLY_API_URL: sandbox.apiUrl, BILLY_ACCESS_TOKEN: sandbox.token, ...env }).catch(async (error) => {
    await sandbox.close();
    throw error;
  });
  return {
    app,
    strapi: app.strapi,
    sandbox,
    async close() {
      await app.destroy();
      await sandbox.close();
    },
  };
};
