import { performance } from 'perf_hooks';
import type { Core } from '@strapi/strapi';
import type { RunSummary } from '../contracts';
import { bootStrapi } from '../tests/helpers/strapi';
import { startSandboxProcess, type SandboxProcess } from './sandbox-process';

/** The Billy client's concurrency during the benchmark; the latency bound divides by it. */
export const BENCH_CONCURRENCY = 4;
/** High enough that the limiter's rate never binds: the figures measure the engine, not the throttle (start and ceiling alike). */
export const BENCH_REQUESTS_PER_SECOND = 1000;
/** The plugin's own settings, for the figures that measure what a user gets by default. */
export const DEFAULT_SETTINGS_ENV = { BILLY_CLIENT_RPS: '', BILLY_CLIENT_MAX_RPS: '', BILLY_BACKGROUND_POLL_MS: '' };

export interface BenchApp {
  strapi: Core.Strapi;
  sandbox: SandboxProcess;
  close(): Promise<void>;
}

/**
 * A fresh in-process Strapi (temp SQLite, unless `databaseEnv` names another database) wired to a
 * fresh sandbox in a process of its own (Billy's work is not Strapi's); the background loop is
 * kept quiet.
 */
export const startBenchApp = async (databaseEnv: Record<string, string> = {}): Promise<BenchApp> => {
  const sandbox = await startSandboxProcess();
  const app = await bootStrapi({
    BILLY_API_URL: sandbox.apiUrl,
    BILLY_ACCESS_TOKEN: sandbox.token,
    BILLY_CLIENT_MAX_CONCURRENT: String(BENCH_CONCURRENCY),
    BILLY_CLIENT_RPS: String(BENCH_REQUESTS_PER_SECOND),
    BILLY_CLIENT_MAX_RPS: String(BENCH_REQUESTS_PER_SECOND),
    BILLY_BACKGROUND_POLL_MS: String(3_600_000),
    ...databaseEnv,
  }).catch(async (error) => {
    await sandbox.close();
    throw error;
  });
  return {
    strapi: app.strapi,
    sandbox,
    async close() {
      await app.destroy();
      await sandbox.close();
    },
  };
};

export interface MeasuredSync {
  run: RunSummary;
  ms: number;
  reads: number;
  writes: number;
  requests: number;
  /** share of the wall time Strapi's event loop was busy (Node's eventLoopUtilization) */
  eventLoopBusy: number;
  /** CPU time of this process (Strapi and the client; the sandbox runs apart), user + system, ms */
  cpuMs: number;
  /** 429 answers in the sandbox's log */
  rateLimited: number;
}

const syncService = (strapi: Core.Strapi) =>
  strapi.plugin('billy').service('sync') as {
    start(trigger: 'manual'): Promise<RunSummary>;
    whenIdle(): Promise<void>;
  };

/** One full sync, timed, with the Billy requests it sent (from the sandbox's own log). */
export const measureSync = async ({ strapi, sandbox }: BenchApp, { allowFailures = false } = {}): Promise<MeasuredSync> => {
  await sandbox.control.clearRequests();
  const loopBefore = performance.eventLoopUtilization();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const { id } = await syncService(strapi).start('manual');
  await syncService(strapi).whenIdle();
  const ms = performance.now() - started;
  const eventLoopBusy = performance.eventLoopUtilization(loopBefore).utilization;
  const cpu = process.cpuUsage(cpuBefore);
  const run = (await strapi.plugin('billy').service('runs').list(5)).find((candidate: RunSummary) => candidate.id === id) as RunSummary;
  if (run.status !== 'succeeded' && !(allowFailures && run.status === 'partial')) throw new Error(`benchmark run ${id} ended ${run.status}: ${JSON.stringify(run.error ?? run.counts)}`);
  const log = await sandbox.control.requests();
  const reads = log.filter((request) => request.method === 'GET').length;
  const rateLimited = log.filter((request) => request.status === 429).length;
  return { run, ms, reads, writes: log.length - reads, requests: log.length, eventLoopBusy, cpuMs: (cpu.user + cpu.system) / 1000, rateLimited };
};

/** The `p`-th percentile (0–100), nearest rank. */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
