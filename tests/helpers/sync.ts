import type { ListRunRecordsResponse, RunDetail, RunRecordEntry } from '../../contracts';
import type { RunningSandbox } from '../../sandbox/src';
import { startSandboxedStrapi } from './sandboxed-strapi';
import type { TestApp } from './strapi';

export interface SyncTestApp {
  app: TestApp;
  sandbox: RunningSandbox;
  token: string;
  /** The super admin's Authorization header. */
  auth: { Authorization: string };
  /** POST /billy/sync and wait for the run to end (polling its status, never a timer assertion). */
  sync(body?: object): Promise<RunDetail>;
  settings(changes: object): Promise<void>;
  /** Billy writes in the sandbox log since the last clearRequests(). */
  writes(): Array<{ method: string; path: string }>;
  /** Empties Strapi's CRM documents, links and run log, and the sandbox. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

const UIDS = [
  'plugin::billy.invoice',
  'plugin::billy.contact',
  'plugin::billy.organization',
  'plugin::billy.product',
  'plugin::billy.sync-link',
  'plugin::billy.sync-run',
  'plugin::billy.sync-run-record',
] as const;

export const startSyncTestApp = async (env: Record<string, string> = {}): Promise<SyncTestApp> => {
  const { app, sandbox, close } = await startSandboxedStrapi(env);
  const token = await app.superAdminToken();
  const auth = { Authorization: `Bearer ${token}` };

  /** Every page of a run's records. */
  const recordsOf = async (id: number): Promise<RunRecordEntry[]> => {
    const records: RunRecordEntry[] = [];
    for (let page = 1; ; page += 1) {
      const body = (await app.http().get(`/billy/runs/${id}/records?page=${page}&pageSize=100`).set(auth).expect(200)).body as ListRunRecordsResponse;
      records.push(...body.data);
      if (page >= body.meta.pagination.pageCount) return records;
    }
  };

  const waitForRun = async (id: number): Promise<RunDetail> => {
    for (;;) {
      const response = await app.http().get(`/billy/runs/${id}`).set(auth).expect(200);
      if (response.body.data.status !== 'running') return { ...response.body.data, records: await recordsOf(id) } as RunDetail;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  return {
    app,
    sandbox,
    token,
    auth,
    async sync(body = {}) {
      const response = await app.http().post('/billy/sync').set(auth).send(body);
      if (response.status !== 202) throw new Error(`sync answered ${response.status}: ${JSON.stringify(response.body)}`);
      return waitForRun(response.body.data.id);
    },
    async settings(changes) {
      await app.http().put('/billy/settings').set(auth).send(changes).expect(200);
    },
    writes() {
      return sandbox.control.requests().filter((request) => request.method !== 'GET').map(({ method, path }) => ({ method, path }));
    },
    async reset() {
      for (const uid of UIDS) await app.strapi.db.query(uid).deleteMany({});
      sandbox.control.reset();
    },
    close,
  };
};

/**
 * One Strapi wired to a fresh sandbox for a whole test file: booted before its tests, closed after,
 * and (given `settings`) emptied and set to those settings before each test. The handle reads the
 * app booted in beforeAll, so it can be taken at the top of the file.
 */
export const useSyncTestApp = (options: { settings?: object; env?: Record<string, string> } = {}): SyncTestApp => {
  let current: SyncTestApp | undefined;
  beforeAll(async () => {
    current = await startSyncTestApp(options.env);
  });
  afterAll(async () => {
    await current?.close();
  });
  if (options.settings) {
    const settings = options.settings;
    beforeEach(async () => {
      await current!.reset();
      await current!.settings(settings);
    });
  }
  return new Proxy({} as SyncTestApp, {
    get(_, property) {
      if (!current) throw new Error(`useSyncTestApp: "${String(property)}" read before the app booted (in beforeAll)`);
      return current[property as keyof SyncTestApp];
    },
  });
};

/** Shorthand for the Document Service of one of the plugin's types. */
export const docs = (app: TestApp, type: 'organization' | 'contact' | 'product' | 'invoice') =>
  app.strapi.documents(`plugin::billy.${type}` as never) as unknown as {
    create(args: { data: Record<string, unknown> }): Promise<{ documentId: string } & Record<string, any>>;
    update(args: { documentId: string; data: Record<string, unknown> }): Promise<Record<string, any>>;
    delete(args: { documentId: string }): Promise<unknown>;
    findOne(args: { documentId: string; populate?: unknown }): Promise<Record<string, any> | null>;
    findMany(args?: { populate?: unknown; filters?: unknown }): Promise<Array<Record<string, any>>>;
  };
