import { createBillyClient } from '../../server/src/billy';
import type billyService from '../../server/src/services/billy';
import type requestRates from '../../server/src/services/request-rates';
import { REQUEST_RATE_UID } from '../../server/src/models/request-rate';
import { startSandboxedStrapi, type SandboxedStrapi } from '../helpers/sandboxed-strapi';

/** The learnt Billy request rate lives in the database: shared by every client on it, kept across a restart. */
let bench: SandboxedStrapi;
let rates: ReturnType<typeof requestRates>;

beforeAll(async () => {
  bench = await startSandboxedStrapi();
  rates = bench.strapi.plugin('billy').service('request-rates') as ReturnType<typeof requestRates>;
});
afterAll(async () => {
  await bench?.close();
});

const storedRows = () => bench.strapi.db.query(REQUEST_RATE_UID).findMany({}) as Promise<Array<Record<string, unknown>>>;

const waitFor = async <T>(read: () => Promise<T | undefined>): Promise<T> => {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the awaited value never came');
};

it("writes only over the version it last saw, so two instances' updates never overwrite each other unseen", async () => {
  const first = rates.memoryFor('http://billy.test/v2', 'token-a');
  const second = rates.memoryFor('http://billy.test/v2', 'token-a');
  const shared = { requestsPerSecond: 12, limitedAt: null, pausedUntil: 0 };
  expect(await first.write(shared, 0)).toBe(1);
  expect(await second.write({ ...shared, requestsPerSecond: 30 }, 0)).toBeNull();
  expect(await second.write({ ...shared, requestsPerSecond: 8 }, 1)).toBe(2);
  expect(await first.write(shared, 1)).toBeNull();
  expect(await first.read()).toEqual({ version: 2, shared: { requestsPerSecond: 8, limitedAt: null, pausedUntil: 0 } });
  expect(await rates.memoryFor('http://billy.test/v2', 'token-b').read()).toBeNull();
});

it('a 429 the plugin meets is learnt in the database, and a second client on it (another instance, or a restart) starts from that rate', async () => {
  bench.sandbox.control.setRateLimit({ requestsPerSecond: 3 });
  const plugin = await (bench.strapi.plugin('billy').service('billy') as ReturnType<typeof billyService>).client();
  await Promise.all(Array.from({ length: 12 }, () => plugin.getOrganization()));
  const limitedRequests = bench.sandbox.control.requests().filter((request) => request.status === 429).length;
  expect(limitedRequests).toBeGreaterThan(0);
  const learnt = plugin.rate()!;
  expect(learnt.limitedAt).not.toBeNull();
  expect(learnt.requestsPerSecond).toBeLessThan(10);

  const memory = rates.memoryFor(bench.sandbox.apiUrl, bench.sandbox.token);
  const stored = await waitFor(async () => {
    const row = await memory.read();
    return row?.shared.limitedAt !== null && row ? row : undefined;
  });
  expect(stored.shared.requestsPerSecond).toBeLessThan(10);

  const other = createBillyClient({ baseUrl: bench.sandbox.apiUrl, accessToken: bench.sandbox.token, rateMemory: memory });
  await other.getOrganization();
  expect(other.rate()!.requestsPerSecond).toBeLessThanOrEqual(stored.shared.requestsPerSecond);
  expect(other.rate()!.limitedAt).toBe(stored.shared.limitedAt);

  // The table is keyed by a hash: no column holds the token.
  const rows = await storedRows();
  expect(JSON.stringify(rows)).not.toContain(bench.sandbox.token);
});
