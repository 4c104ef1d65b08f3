import type { RunSummary } from '../../contracts';

/** The admin that bootStrapi's superAdminToken() creates: real-process tests log in as it. */
export const SEEDED_ADMIN = { email: 'admin1@billy.test', password: 'Test-Passw0rd!' };

export interface AdminHttp {
  /** POST /billy/sync: the new run, or null when one is already going (409). */
  startSync(): Promise<RunSummary | null>;
  run(id: number): Promise<RunSummary>;
  runs(): Promise<RunSummary[]>;
  status(): Promise<{ connection: { state: string; reason: string | null; message: string | null }; currentRun: RunSummary | null }>;
}

/** Talks to a running Strapi (a separate process) through its admin routes, as a logged-in super admin. */
export const adminHttp = async (baseUrl: string): Promise<AdminHttp> => {
  const login = await fetch(`${baseUrl}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(SEEDED_ADMIN) });
  if (login.status !== 200) throw new Error(`admin login failed (${login.status}): ${await login.text()}`);
  const token = ((await login.json()) as { data: { token: string } }).data.token;
  const call = async (method: string, path: string) => {
    const response = await fetch(`${baseUrl}${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, ...(method === 'POST' ? { body: '{}' } : {}) });
    return { status: response.status, body: (await response.json()) as { data: any } };
  };
  const data = async (path: string) => {
    const { status, body } = await call('GET', path);
    if (status !== 200) throw new Error(`GET ${path} answered ${status}: ${JSON.stringify(body)}`);
    return body.data;
  };
  return {
    async startSync() {
      const { status, body } = await call('POST', '/billy/sync');
      if (status === 409) return null;
      if (status !== 202) throw new Error(`POST /billy/sync answered ${status}: ${JSON.stringify(body)}`);
      return body.data as RunSummary;
    },
    run: (id) => data(`/billy/runs/${id}`),
    runs: () => data('/billy/runs'),
    status: () => data('/billy/status'),
  };
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a sync (waiting out a lease still held by a killed holder) and waits for it to end. */
export const syncToEnd = async (admin: AdminHttp): Promise<RunSummary> => {
  let run = await admin.startSync();
  while (!run) {
    await pause(200);
    run = await admin.startSync();
  }
  while (run.status === 'running') {
    await pause(100);
    run = await admin.run(run.id);
  }
  return run;
};
