import type { Core } from '@strapi/strapi';
import type { RunSummary } from '../../contracts';
import type { SandboxOptions } from '../../sandbox/src';
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
