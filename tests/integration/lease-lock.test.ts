import { bootStrapi, type TestApp } from '../helpers/strapi';
import type leaseLock from '../../server/src/services/lease-lock';

let app: TestApp;
let lock: ReturnType<typeof leaseLock>;

beforeAll(async () => {
  app = await bootStrapi();
  lock = app.strapi.plugin('billy').service('lease-lock') as ReturnType<typeof leaseLock>;
});

afterAll(async () => {
  await app?.destroy();
});

describe('the lease lock in the database', () => {
  it('is held by one caller at a time, even when many ask at once', async () => {
    const attempts = await Promise.all(Array.from({ length: 8 }, () => lock.acquire('concurrent', 60_000)));
    const winners = attempts.filter(Boolean);
    expect(winners).toHaveLength(1);
    expect((await lock.current('concurrent')).holder).toBe(winners[0]!.holder);
    await winners[0]!.release();
    expect((await lock.current('concurrent')).holder).toBeNull();
    const next = await lock.acquire('concurrent', 60_000);
    expect(next).not.toBeNull();
    await next!.release();
  });

  it('is taken over once a holder that stopped renewing lets it expire, and the old holder learns it lost it', async () => {
    const crashed = await lock.acquire('takeover', 1);
    expect(crashed).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const successor = await lock.acquire('takeover', 60_000);
    expect(successor).not.toBeNull();
    expect(await crashed!.renew()).toBe(false);
    await crashed!.release(); // must not free the successor's lease
    expect((await lock.current('takeover')).holder).toBe(successor!.holder);
    expect(await successor!.renew()).toBe(true);
    await successor!.setRunId(42);
    expect((await lock.current('takeover')).runId).toBe(42);
    await successor!.release();
  });
});
