/**
 * The request gate's rate spacing on a controlled clock: jest's fake timers drive both the
 * limiter's clock (performance.now) and its waits (setTimeout), so the start times are exact and
 * a busy machine cannot make the test pass or fail.
 */
import { createRequestGate } from '../../server/src/billy/request-gate';
import { AdaptiveRate } from '../../server/src/billy/rate-memory';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
/** A rate that stays where it starts: the ceiling is the start, and no answer here is a 429. */
const fixedRate = (requestsPerSecond: number) =>
  requestsPerSecond > 0 ? new AdaptiveRate({ startRate: requestsPerSecond, ceiling: requestsPerSecond }, null, quiet) : null;

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
});

/**
 * Sends `count` attempts through the gate at once; each answers `answerMs` after it starts.
 * Returns when each attempt started (ms after the first call) and how many were in flight at most.
 */
const sendThrough = async (gate: ReturnType<typeof createRequestGate>, count: number, answerMs: number) => {
  const startedAt: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const origin = Date.now();
  const attempts = Array.from({ length: count }, () =>
    gate(async () => {
      startedAt.push(Date.now() - origin);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, answerMs));
      inFlight -= 1;
    }),
  );
  await jest.advanceTimersByTimeAsync(60_000);
  await Promise.all(attempts);
  return { startedAt, maxInFlight };
};

it('spaces attempts by the rate: with 4 per second one starts every 250 ms, so 100 ms answers never overlap', async () => {
  const { startedAt, maxInFlight } = await sendThrough(createRequestGate(4, fixedRate(4)), 4, 100);
  expect(startedAt).toEqual([0, 250, 500, 750]);
  expect(maxInFlight).toBe(1);
});

it('lets the first attempt through at once, then one per spacing however long the answers take', async () => {
  const { startedAt, maxInFlight } = await sendThrough(createRequestGate(2, fixedRate(10)), 5, 350);
  // 100 ms spacing, but only 2 slots: the third waits for the first answer (350 ms), and so on.
  expect(startedAt).toEqual([0, 100, 350, 450, 700]);
  expect(maxInFlight).toBe(2);
});

it('without a rate limit only the concurrency slots hold attempts back', async () => {
  const { startedAt, maxInFlight } = await sendThrough(createRequestGate(3, fixedRate(0)), 6, 100);
  expect(startedAt).toEqual([0, 0, 0, 100, 100, 100]);
  expect(maxInFlight).toBe(3);
});
