/**
 * The figures a user waits for: the first push against a Billy that limits the rate, the same
 * push by a naive peer client, and a save until it is visible in Billy (on-save mode).
 */
import { createBillyClient, type BillyClient } from '../server/src/billy';
import { seedCrm, totalOf, type CrmCounts } from '../tests/helpers/crm-seed';
import { DEFAULT_SETTINGS_ENV, measureSync, percentile, startBenchApp, type MeasuredSync } from './harness';
import type { Figure } from './scenarios';
import { startSandboxProcess } from './sandbox-process';

const fixed = (value: number, digits = 2) => value.toFixed(digits);

/**
 * A first push with the plugin's default client settings (start rate, ceiling) against a sandbox
 * that allows `limit` requests per second per token: how close the adaptive rate gets to the limit
 * without running into it.
 */
export const rateLimitedPushFigures = async (counts: CrmCounts, limit: number, latencyMs: number): Promise<Figure[]> => {
  const bench = await startBenchApp({ BILLY_CLIENT_RPS: DEFAULT_SETTINGS_ENV.BILLY_CLIENT_RPS, BILLY_CLIENT_MAX_RPS: DEFAULT_SETTINGS_ENV.BILLY_CLIENT_MAX_RPS });
  try {
    await seedCrm(bench.strapi, counts);
    await bench.sandbox.control.setLatency(latencyMs);
    await bench.sandbox.control.setRateLimit({ requestsPerSecond: limit });
    // A write Billy refuses with 429 is not retried (billy-api.md §3.2: only reads are), so its record fails until the next sync.
    const push = await measureSync(bench, { allowFailures: true });
    const failed = Object.values(push.run.counts ?? {}).reduce((sum, phase) => sum + ((phase as { failed?: number }).failed ?? 0), 0);
    const achieved = push.requests / (push.ms / 1000) / limit;
    const limitedShare = push.rateLimited / push.requests;
    const records = totalOf(counts);
    return [
      {
        figure: `first push of ${records} records, sandbox limited to R = ${limit} requests/s, default client settings: achieved rate ÷ R (${push.requests} requests in ${fixed(push.ms / 1000, 1)} s)`,
        value: fixed(achieved),
        target: '≥ 0.9',
        met: achieved >= 0.9,
      },
      {
        figure: `the same push at R = ${limit}: 429 answers ÷ requests (${push.rateLimited} of ${push.requests}; ${failed} records failed on a refused write, left for the next sync)`,
        value: `${fixed(limitedShare * 100, 1)} %`,
        target: '≤ 1 %',
        met: limitedShare <= 0.01,
      },
    ];
  } finally {
    await bench.close();
  }
};

/**
 * The usual Billy integration (as in the public Magento, WHMCS and Joomla ones): record by record,
 * one request per contact person and per invoice line, each record read back after it is written.
 * Same data shapes as seedCrm; its own Strapi-side work is not counted, which favours it.
 */
const naivePush = async (client: BillyClient, counts: CrmCounts): Promise<void> => {
  const organizationIds: string[] = [];
  for (let i = 0; i < counts.organizations; i += 1) {
    const { record } = await client.contacts.create({ type: 'company', name: `Organization ${i}`, countryId: 'DK', cityText: 'Odense' });
    await client.contacts.get(record.id);
    organizationIds.push(record.id);
  }
  for (let i = 0; i < counts.contacts; i += 1) {
    if (i % 2 === 0 && organizationIds.length > 0) {
      const { record } = await client.contactPersons.create({ contactId: organizationIds[i % organizationIds.length], name: `Person ${i}`, email: `person${i}@crm.test` });
      await client.contactPersons.get(record.id);
    } else {
      const { record } = await client.contacts.create({ type: 'person', name: `Private ${i}`, countryId: 'DK' });
      await client.contacts.get(record.id);
    }
  }
  const productIds: string[] = [];
  for (let i = 0; i < counts.products; i += 1) {
    const { record } = await client.products.create({ name: `Product ${i}`, prices: [{ currencyId: 'DKK', unitPrice: 10 + (i % 90) }] });
    await client.products.get(record.id);
    productIds.push(record.id);
  }
  for (let i = 0; i < counts.invoices; i += 1) {
    const product = (offset: number) => productIds[(i + offset) % productIds.length];
    const line = (offset: number) => ({ productId: product(offset), description: `Line ${offset + 1}`, quantity: 1 + offset, unitPrice: 25 });
    // Billy refuses an invoice without lines: the first goes with it, the others one request each.
    const { record } = await client.invoices.create({ contactId: organizationIds[i % organizationIds.length], entryDate: '2026-01-15', lines: [line(0)] });
    for (const offset of [1, 2]) await client.invoiceLines.create({ invoiceId: record.id, ...line(offset) });
    await client.invoices.get(record.id);
  }
};

/**
 * The naive peer beside the plugin on the same records, at the same latency and with no rate
 * limit: the plugin's first push in a fresh app, then the peer's into a fresh sandbox; requests
 * per record and wall time, each peer ÷ plugin.
 */
export const naivePeerFigures = async (counts: CrmCounts, latencyMs: number): Promise<Figure[]> => {
  const bench = await startBenchApp();
  let plugin: MeasuredSync;
  try {
    await seedCrm(bench.strapi, counts);
    await bench.sandbox.control.setLatency(latencyMs);
    plugin = await measureSync(bench);
  } finally {
    await bench.close();
  }
  const sandbox = await startSandboxProcess();
  try {
    const client = createBillyClient({ baseUrl: sandbox.apiUrl, accessToken: sandbox.token, requestsPerSecond: 0 });
    await sandbox.control.setLatency(latencyMs);
    const started = performance.now();
    await naivePush(client, counts);
    const ms = performance.now() - started;
    const requests = (await sandbox.control.requests()).length;
    const records = totalOf(counts);
    return [
      {
        figure: `naive peer client, first push of ${records} records: Billy requests per record (${fixed(requests / records)}) ÷ the plugin's (${fixed(plugin.requests / records)})`,
        value: fixed(requests / plugin.requests),
        target: '—',
        met: null,
      },
      {
        figure: `naive peer client: wall time (${fixed(ms / 1000, 1)} s) ÷ the plugin's (${fixed(plugin.ms / 1000, 1)} s)`,
        value: fixed(ms / plugin.ms, 1),
        target: '—',
        met: null,
      },
    ];
  } finally {
    await sandbox.close();
  }
};

/**
 * Save → visible in Billy, on-save mode with the plugin's default settings (background poll,
 * client rate): `saves` saves of organizations in a synced book of `counts`, one every
 * `spacingMs`, each timed from the save's return until a poll of the sandbox's contact list
 * shows its value (the poll runs every 100 ms, so that is the resolution).
 */
export const saveToBillyFigure = async (counts: CrmCounts, saves: number, spacingMs: number, latencyMs: number): Promise<Figure[]> => {
  const bench = await startBenchApp(DEFAULT_SETTINGS_ENV);
  try {
    const seeded = await seedCrm(bench.strapi, counts);
    await measureSync(bench);
    await bench.sandbox.control.setLatency(latencyMs);
    const settings = bench.strapi.plugin('billy').service('settings') as { update(body: object): Promise<unknown> };
    await settings.update({ syncOnSave: true });
    const watcher = createBillyClient({ baseUrl: bench.sandbox.apiUrl, accessToken: bench.sandbox.token, requestsPerSecond: 0 });

    const waiting = new Map<string, { savedAt: number }>();
    const delays: number[] = [];
    let polling = true;
    const poll = async () => {
      while (polling) {
        const pollStarted = performance.now();
        if (waiting.size > 0) {
          for await (const page of watcher.contacts.iteratePages({ type: 'company' })) {
            const seenAt = performance.now();
            for (const contact of page) {
              const save = contact.phone ? waiting.get(contact.phone) : undefined;
              if (!save) continue;
              delays.push(seenAt - save.savedAt);
              waiting.delete(contact.phone!);
            }
          }
        }
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 100 - (performance.now() - pollStarted))));
      }
    };
    const poller = poll();
    for (let i = 0; i < saves; i += 1) {
      const documentId = seeded.organizations[i % seeded.organizations.length];
      const phone = `+45 7000 ${String(i).padStart(4, '0')}`;
      await bench.strapi.documents('plugin::billy.organization' as never).update({ documentId, data: { phone } } as never);
      waiting.set(phone, { savedAt: performance.now() });
      await new Promise((resolve) => setTimeout(resolve, spacingMs));
    }
    const deadline = performance.now() + 60_000;
    while (waiting.size > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    polling = false;
    await poller;
    const lost = waiting.size;
    const p50 = percentile(delays, 50) / 1000;
    const p95 = percentile(delays, 95) / 1000;
    const book = totalOf(counts);
    return [
      {
        figure: `save → visible in Billy, on-save mode, default settings, ${saves} saves (one every ${spacingMs} ms) in a ${book}-record book: p50 s${lost ? ` (${lost} never seen within 60 s)` : ''}`,
        value: fixed(p50),
        target: '—',
        met: null,
      },
      { figure: 'save → visible in Billy: p95 s', value: fixed(p95), target: '≤ 5', met: lost === 0 && p95 <= 5 },
    ];
  } finally {
    await bench.close();
  }
};
