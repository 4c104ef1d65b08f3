import { bulkSeedFlat, seedCrm, totalOf, type CrmCounts, type SeededCrm } from '../tests/helpers/crm-seed';
import { createTestDatabase } from '../tests/helpers/postgres';
import { spawn } from 'child_process';
import type { Core } from '@strapi/strapi';
import { moduleForUid } from '../contracts';
import { createBillyClient } from '../server/src/billy';
import { BENCH_CONCURRENCY, BENCH_REQUESTS_PER_SECOND, measureSync, median, startBenchApp, type BenchApp, type MeasuredSync } from './harness';
import { startSandboxProcess } from './sandbox-process';

export interface Figure {
  figure: string;
  value: string;
  target: string;
  met: boolean | null;
  /** the machine's 1-minute load average when the figure was taken (the machine may be shared) */
  load?: number;
}

const fixed = (value: number, digits = 2) => value.toFixed(digits);
const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * First push, unchanged re-sync and 1 % changed, side by side on one app and one sandbox with
 * `latencyMs` on every request.
 */
export const syncFigures = async (counts: CrmCounts, latencyMs: number): Promise<Figure[]> => {
  const bench = await startBenchApp();
  try {
    const seeded = await seedCrm(bench.strapi, counts);
    const records = totalOf(counts);
    await bench.sandbox.control.setLatency(latencyMs);

    const first = await measureSync(bench);
    const bound = (first.requests * latencyMs) / BENCH_CONCURRENCY;
    const again = await measureSync(bench);
    const changed = await changeOnePercent(bench, seeded);
    const afterChange = await measureSync(bench);
    const perChange = afterChange.requests / changed;
    const marginalPerChange = (afterChange.requests - again.requests) / changed;
    const cpuPerRecord = (sync: MeasuredSync) => `${fixed(sync.cpuMs / records)} ms`;
    const figures: Figure[] = [
      { figure: `first push of ${records} records: Billy requests per record`, value: fixed(first.requests / records), target: '—', met: null },
      { figure: 'first push: wall time ÷ (requests × latency ÷ concurrency)', value: fixed(first.ms / bound), target: '≤ 1.2', met: first.ms / bound <= 1.2 },
      { figure: 'first push: share of the wall time Strapi’s event loop was busy', value: percent(first.eventLoopBusy), target: '—', met: null },
      { figure: 'unchanged re-sync: Billy writes', value: String(again.writes), target: '0', met: again.writes === 0 },
      { figure: 'unchanged re-sync: Billy reads (list pages)', value: String(again.reads), target: '—', met: null },
      { figure: 'unchanged re-sync: time ÷ first push time', value: fixed(again.ms / first.ms, 3), target: '—', met: null },
      { figure: `${changed} records changed (1 %): requests per changed record, all requests`, value: fixed(perChange), target: '≤ 1.05', met: perChange <= 1.05 },
      {
        figure: '1 % changed: requests per changed record beyond the unchanged re-sync',
        value: fixed(marginalPerChange),
        target: '≤ 1.05',
        met: marginalPerChange <= 1.05,
      },
      { figure: 'first push: Strapi process CPU time (user + system) per synced record', value: cpuPerRecord(first), target: '—', met: null },
      { figure: 'unchanged re-sync: Strapi process CPU time per record', value: cpuPerRecord(again), target: '—', met: null },
    ];
    return figures;
  } finally {
    await bench.close();
  }
};

/**
 * The first push again on a fresh app and sandbox while a second process spins on one core: on
 * these 2-core machines it leaves Strapi the other core to share with the sandbox, as a busy server
 * would. The ratio then shows how much the plugin's own CPU work per record stretches the push.
 */
export const busyFirstPushFigure = async (counts: CrmCounts, latencyMs: number): Promise<Figure> => {
  const bench = await startBenchApp();
  const spinner = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  try {
    await seedCrm(bench.strapi, counts);
    await bench.sandbox.control.setLatency(latencyMs);
    const first = await measureSync(bench);
    const ratio = first.ms / ((first.requests * latencyMs) / BENCH_CONCURRENCY);
    return { figure: 'first push beside a second CPU-bound process: wall time ÷ (requests × latency ÷ concurrency)', value: fixed(ratio), target: '≤ 1.2', met: ratio <= 1.2 };
  } finally {
    spinner.kill('SIGKILL');
    await bench.close();
  }
};

/**
 * The first push again with Strapi on PostgreSQL (127.0.0.1:5432, started when it is down, a fresh
 * database dropped afterwards): its writes do not block the event loop as SQLite's do.
 */
export const postgresFirstPushFigure = async (counts: CrmCounts, latencyMs: number): Promise<Figure> => {
  const database = await createTestDatabase('billy_bench');
  try {
    const bench = await startBenchApp({ DATABASE_CLIENT: 'postgres', DATABASE_NAME: database.name, DATABASE_POOL_MAX: '10' });
    try {
      await seedCrm(bench.strapi, counts);
      await bench.sandbox.control.setLatency(latencyMs);
      const first = await measureSync(bench);
      const ratio = first.ms / ((first.requests * latencyMs) / BENCH_CONCURRENCY);
      return { figure: 'first push on PostgreSQL: wall time ÷ (requests × latency ÷ concurrency)', value: fixed(ratio), target: '≤ 1.2', met: ratio <= 1.2 };
    } finally {
      await bench.close();
    }
  } finally {
    await database.drop();
  }
};

/**
 * The floor under the first-push ratio: the Billy client alone (no Strapi, no database) creating
 * `creates` contacts in the sandbox, with as many calls waiting as a sync phase keeps. What it
 * measures above 1.00 is the cost of HTTP, the client and the sandbox on each request.
 */
export const clientFloorFigures = async (creates: number, latencyMs: number): Promise<Figure[]> => {
  const sandbox = await startSandboxProcess();
  try {
    const client = createBillyClient({
      baseUrl: sandbox.apiUrl,
      accessToken: sandbox.token,
      maxConcurrent: BENCH_CONCURRENCY,
      requestsPerSecond: BENCH_REQUESTS_PER_SECOND,
    });
    await sandbox.control.setLatency(latencyMs);
    let next = 0;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const caller = async () => {
      for (let index = next++; index < creates; index = next++) await client.contacts.create({ type: 'company', name: `Floor ${index}`, countryId: 'DK' });
    };
    await Promise.all(Array.from({ length: BENCH_CONCURRENCY * 2 }, caller));
    const ratio = (performance.now() - started) / ((creates * latencyMs) / BENCH_CONCURRENCY);
    const cpu = process.cpuUsage(cpuBefore);
    return [
      { figure: `Billy client alone, ${creates} creates, no Strapi: wall time ÷ (requests × latency ÷ concurrency)`, value: fixed(ratio), target: '—', met: null },
      { figure: 'Billy client alone: CPU time per create (the floor under the CPU per record)', value: `${fixed((cpu.user + cpu.system) / 1000 / creates)} ms`, target: '—', met: null },
    ];
  } finally {
    await sandbox.close();
  }
};

/** Edits 1 % of the records (at least one of each kind) as a user would. */
const changeOnePercent = async ({ strapi }: BenchApp, seeded: SeededCrm): Promise<number> => {
  let changed = 0;
  for (const [type, ids] of Object.entries(seeded) as Array<[keyof SeededCrm, string[]]>) {
    const picked = ids.filter((_, index) => index % 100 === 0);
    const uid = `plugin::billy.${type.slice(0, -1)}` as never;
    for (const documentId of picked) {
      const data = {
        organizations: { phone: `+45 ${changed}` },
        contacts: { name: `Changed ${documentId}` },
        products: { description: `Changed ${documentId}` },
        invoices: { message: `Changed ${documentId}` },
      }[type];
      await strapi.documents(uid).update({ documentId, data } as never);
      changed += 1;
    }
  }
  return changed;
};

/** Median document save time with on-save capture on ÷ off, alternating blocks of saves on one app. */
export const saveFigure = async (saves: number): Promise<Figure> => {
  const bench = await startBenchApp();
  try {
    const settings = bench.strapi.plugin('billy').service('settings') as { update(body: object): Promise<unknown> };
    const { organizations } = await seedCrm(bench.strapi, { organizations: 20, contacts: 0, products: 0, invoices: 0 });
    const timings = { on: [] as number[], off: [] as number[] };
    const blockSize = 25;
    for (let block = 0; block * blockSize < saves * 2; block += 1) {
      const mode = block % 2 === 0 ? 'off' : 'on';
      await settings.update({ syncOnSave: mode === 'on' });
      for (let i = 0; i < blockSize; i += 1) {
        const documentId = organizations[i % organizations.length];
        const started = performance.now();
        await bench.strapi.documents('plugin::billy.organization' as never).update({ documentId, data: { phone: `${block}-${i}` } } as never);
        timings[mode].push(performance.now() - started);
      }
    }
    const ratio = median(timings.on) / median(timings.off);
    return {
      figure: `document save time, on-save capture on ÷ off (median of ${timings.on.length} saves each)`,
      value: fixed(ratio, 3),
      target: '≤ 1.05',
      met: ratio <= 1.05,
    };
  } finally {
    await bench.close();
  }
};

/**
 * The phase a sync is in, as seen from the Document Service: each phase reads and writes only its
 * own module's documents (the payment pass only invoices), so the module of the latest plugin
 * document call names it. Reads Strapi's public API only, so it holds across engine refactors.
 */
const watchPhases = (strapi: Core.Strapi): { current(): string; restore(): void } => {
  let phase = 'start';
  const original = strapi.documents;
  const watched = new Proxy(original, {
    apply(target, thisArg, args: Parameters<typeof original>) {
      const module = moduleForUid(String(args[0]));
      if (module) phase = module;
      return Reflect.apply(target, thisArg, args);
    },
  });
  Object.defineProperty(strapi, 'documents', { value: watched, configurable: true });
  return { current: () => phase, restore: () => delete (strapi as { documents?: unknown }).documents };
};

/**
 * Peak RSS during a first push of `records` records (no latency), over the RSS of the same Strapi
 * idle after seeding, and each phase's own peak over that idle level (which phase dominates).
 * The records are bulk-inserted organizations and private contacts.
 */
export const memoryFigure = async (records: number): Promise<Figure[]> => {
  const bench = await startBenchApp();
  try {
    await bulkSeedFlat(bench.strapi, records);
    (globalThis as { gc?: () => void }).gc?.();
    const { rss: idle, heapUsed: idleHeap } = process.memoryUsage();
    let peak = idle;
    // Per phase: the highest RSS and heap in use while in it (RSS is rarely given back, so a phase's
    // own share is how far it raised the peak the phases before it had reached).
    const ofPhase = new Map<string, { rss: number; heap: number }>();
    const phases = watchPhases(bench.strapi);
    const sampler = setInterval(() => {
      const { rss, heapUsed } = process.memoryUsage();
      peak = Math.max(peak, rss);
      const seen = ofPhase.get(phases.current()) ?? { rss: idle, heap: idleHeap };
      ofPhase.set(phases.current(), { rss: Math.max(seen.rss, rss), heap: Math.max(seen.heap, heapUsed) });
    }, 50);
    try {
      await measureSync(bench);
    } finally {
      clearInterval(sampler);
      phases.restore();
    }
    const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
    let peakSoFar = idle;
    const phaseFigures = [...ofPhase].map(([phase, { rss, heap }]) => {
      const raised = Math.max(0, rss - peakSoFar);
      peakSoFar = Math.max(peakSoFar, rss);
      return {
        figure: `the same sync, ${phase} phase: MB it raised the peak RSS by (its own peak of heap in use, over idle)`,
        value: `+${mb(raised)} (${mb(heap - idleHeap)})`,
        target: '—',
        met: null,
      };
    });
    return [
      { figure: `peak RSS syncing ${records} bulk-inserted organizations and contacts: MB over an idle Strapi of ${mb(idle)} MB`, value: `+${mb(peak - idle)}`, target: '≤ +200', met: mb(peak - idle) <= 200 },
      ...phaseFigures,
    ];
  } finally {
    await bench.close();
  }
};
