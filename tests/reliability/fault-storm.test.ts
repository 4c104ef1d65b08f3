import { FAULT_KINDS } from '../../sandbox/src/public-types';
import { billySnapshot } from '../helpers/billy-snapshot';
import { mixedCounts, seedCrm, totalOf } from '../helpers/crm-seed';
import { compareTwins } from '../helpers/twins';
import { FULL, knexRows, startInProcessApp, syncUntilClean, type InProcessApp } from './support';

const COUNTS = mixedCounts(FULL ? 2000 : 200);
const MAX_RUNS = 10;

/** Seeds the same CRM data into a fresh app and syncs it until a run ends clean; faults as given. */
const syncedWorld = async (faultRate: number) => {
  // The 300 ms client timeout keeps injected timeouts cheap; with no faults it would only turn a busy
  // machine's slow answer into a failure, so the clean world waits as long as a real client does.
  const world: InProcessApp = await startInProcessApp(faultRate > 0 ? {} : { BILLY_CLIENT_TIMEOUT_MS: '30000' });
  try {
    await seedCrm(world.strapi, COUNTS);
    world.sandbox.control.setRandomFaults(faultRate > 0 ? { rate: faultRate, kinds: [...FAULT_KINDS], seed: 8, retryAfterSeconds: 0 } : null);
    const runs = await syncUntilClean(world.strapi, MAX_RUNS);
    world.sandbox.control.setRandomFaults(null);
    const faults = world.sandbox.control.requests().flatMap((request) => (request.fault ? [request.fault] : []));
    return { runs, faults, twins: await compareTwins(knexRows(world.strapi), world.sandbox.control.state()), billy: billySnapshot(world.sandbox.control.state()) };
  } finally {
    await world.close();
  }
};

describe(`a sync of ${totalOf(COUNTS)} records through a storm of 20 % faults of every kind`, () => {
  it('finishes with no duplicate, nothing lost, and the same Billy data as a clean run', async () => {
    const clean = await syncedWorld(0);
    const storm = await syncedWorld(0.2);

    expect(clean.runs).toHaveLength(1);
    expect(storm.faults.length).toBeGreaterThan(totalOf(COUNTS) / 5);
    expect(new Set(storm.faults)).toEqual(new Set(FAULT_KINDS));
    expect(storm.runs.at(-1)?.status).toBe('succeeded');
    expect(storm.twins.duplicates).toEqual([]);
    expect(storm.twins.missing).toEqual([]);
    expect(storm.twins.strays).toEqual([]);
    expect(storm.twins.counts).toEqual(clean.twins.counts);
    expect(storm.billy).toEqual(clean.billy);
  }, FULL ? 3_600_000 : 600_000);
});
