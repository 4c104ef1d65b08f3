import type { Core } from '@strapi/strapi';
import type { RunSummary } from '../../contracts';
import type { RunningSandbox, SandboxOptions } from '../../sandbox/src';
import { startPlayground, type PlaygroundProcess } from '../helpers/playground-process';
import { startSandboxedStrapi, type SandboxedStrapi } from '../helpers/sandboxed-strapi';
import type { SqlRows } from '../helpers/twins';

/** BILLY_RELIABILITY_FULL=1 runs the suite at the sizes; unset, at a size that fits CI. */
export const FULL = process.env.BILLY_RELIABILITY_FULL === '1';

/** Short timeouts and no rate limit, so injected timeouts and retries cost little wall time. */
export const FAST_CLIENT_ENV = {
  BILLY_CLIENT_TIMEOUT_MS: '300',
  BILLY_CLIENT_RPS: '1000',
  BILLY_CLIENT_MAX_RPS: '1000',
};

/**
 * The playground as its own process on `dbFile`, wired to the sandbox, for kill -9 tests: no seed,
 * a fast client, and a 1 s lease so a restarted process takes over a dead holder's run quickly.
 */
export const startKillablePlayground = (dbFile: string, sandbox: RunningSandbox): Promise<PlaygroundProcess> =>
  startPlayground({
    DATABASE_FILENAME: dbFile,
    PLAYGROUND_SEED: 'false',
    BILLY_API_URL: sandbox.apiUrl,
    BILLY_ACCESS_TOKEN: sandbox.token,
    BILLY_LOCK_TTL_MS: '1000',
    STRAPI_LOG_LEVEL: 'warn',
    ...FAST_CLIENT_ENV,
  });

export type InProcessApp = SandboxedStrapi;

/** Strapi and the sandbox with the background loop quiet and a fast client. */
export const startInProcessApp = (env: Record<string, string> = {}, sandboxOptions: SandboxOptions = {}): Promise<InProcessApp> =>
  startSandboxedStrapi({ BILLY_BACKGROUND_POLL_MS: '3600000', ...FAST_CLIENT_ENV, ...env }, sandboxOptions);

const syncService = (strapi: Core.Strapi) =>
  strapi.plugin('billy').service('sync') as { start(trigger: 'manual'): Promise<RunSummary>; whenIdle(): Promise<void> };

/** One full sync in-process, waited for; its run as the log has it. */
export const syncOnce = async (strapi: Core.Strapi): Promise<RunSummary> => {
  const { id } = await syncService(strapi).start('manual');
  await syncService(strapi).whenIdle();
  const runs = (await strapi.plugin('billy').service('runs').list(10)) as RunSummary[];
  return runs.find((run) => run.id === id) as RunSummary;
};

const failedCount = (run: RunSummary) => Object.values(run.counts).reduce((sum, counts) => sum + (counts?.failed ?? 0), 0);

/** Syncs again until a run ends with nothing failed (faults may leave records for the next run); the runs it took. */
export const syncUntilClean = async (strapi: Core.Strapi, maxRuns: number): Promise<RunSummary[]> => {
  const runs: RunSummary[] = [];
  while (runs.length < maxRuns) {
    const run = await syncOnce(strapi);
    runs.push(run);
    if (run.status === 'succeeded' && failedCount(run) === 0) break;
  }
  return runs;
};

/** SQL against the in-process Strapi's own database. */
export const knexRows =
  (strapi: Core.Strapi): SqlRows =>
  async (sql) => {
    const result = await strapi.db.connection.raw(sql);
    return (Array.isArray(result) ? result : result.rows) as Array<Record<string, unknown>>;
  };
