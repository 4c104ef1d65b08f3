import {
  ADAPTIVE_RATE,
  initialRateState,
  observeAnswer,
  reconcile,
  saferOf,
  type AdaptiveRateSettings,
  type AdaptiveRateState,
  type SharedRate,
} from '../../server/src/billy/adaptive-rate';
import { AdaptiveRate, type RateMemory } from '../../server/src/billy/rate-memory';
import type { StoredRate } from '../../server/src/billy';
import { RateLimiter } from '../../sandbox/src/rate-limit';

/** The controller on a controlled clock: every answer carries the time it arrives at. */
const settings: AdaptiveRateSettings = { startRate: 10, ceiling: 40 };

/** Answers arriving as fast as the state's rate allows, clean (200, 30 ms) unless `status` says otherwise, for `ms`. */
function answerAtRate(state: AdaptiveRateState, from: number, ms: number, answer: { status?: number; latencyMs?: number } = {}) {
  let at = from;
  const rates: number[] = [];
  while (at < from + ms) {
    at += 1000 / state.shared.requestsPerSecond;
    state = observeAnswer(state, settings, { at, status: answer.status ?? 200, latencyMs: answer.latencyMs ?? 30 });
    rates.push(state.shared.requestsPerSecond);
  }
  return { state, at, rates };
}

describe('adaptive request rate', () => {
  it('starts at the start rate, or at the ceiling when that is lower', () => {
    expect(initialRateState(settings, 0).shared).toEqual({ requestsPerSecond: 10, limitedAt: null, pausedUntil: 0 });
    expect(initialRateState({ startRate: 10, ceiling: 4 }, 0).shared.requestsPerSecond).toBe(4);
  });

  it('raises the rate while Billy answers cleanly: by half each clean second before any 429', () => {
    const { state, rates } = answerAtRate(initialRateState(settings, 0), 0, 2100);
    expect(rates[0]).toBe(10);
    expect(state.shared.requestsPerSecond).toBeCloseTo(22.5);
    expect(state.shared.limitedAt).toBeNull();
  });

  it('never goes above the ceiling', () => {
    const { state, rates } = answerAtRate(initialRateState(settings, 0), 0, 60_000);
    expect(Math.max(...rates)).toBe(40);
    expect(state.shared.requestsPerSecond).toBe(40);
  });

  it('does not raise while the client sends far below its rate (the rate is not what binds)', () => {
    let state = initialRateState(settings, 0);
    for (let at = 250; at <= 10_000; at += 250) state = observeAnswer(state, settings, { at, status: 200, latencyMs: 30 });
    expect(state.shared.requestsPerSecond).toBe(10);
  });

  it('backs off at once on a 429, pauses for its Retry-After, and remembers the rate Billy refused', () => {
    const warm = answerAtRate(initialRateState(settings, 0), 0, 2100);
    const refusedAt = warm.state.shared.requestsPerSecond;
    const state = observeAnswer(warm.state, settings, { at: warm.at + 5, status: 429, latencyMs: 30, retryAfterMs: 3000 });
    expect(state.shared.limitedAt).toBe(refusedAt);
    // In slow start it falls back to the last rate that was clean.
    expect(state.shared.requestsPerSecond).toBeCloseTo(refusedAt / ADAPTIVE_RATE.slowStartFactor);
    expect(state.shared.pausedUntil).toBe(warm.at + 5 + 3000);
  });

  it('pauses a default second when a 429 carries no Retry-After, and cuts by the cut factor once a limit is known', () => {
    let state = observeAnswer(initialRateState(settings, 0), settings, { at: 100, status: 429, latencyMs: 30 });
    expect(state.shared.pausedUntil).toBe(100 + ADAPTIVE_RATE.defaultPauseMs);
    const rate = state.shared.requestsPerSecond;
    state = observeAnswer(state, settings, { at: 5000, status: 429, latencyMs: 30 });
    expect(state.shared.requestsPerSecond).toBeCloseTo(rate * ADAPTIVE_RATE.cutFactor);
    expect(state.shared.limitedAt).toBeCloseTo(rate);
  });

  it('cuts once for the 429s of requests that were in flight together', () => {
    let state = initialRateState({ startRate: 20, ceiling: 40 }, 0);
    for (const at of [1000, 1010, 1020, 1030]) state = observeAnswer(state, settings, { at, status: 429, latencyMs: 30, retryAfterMs: 1000 });
    expect(state.shared.requestsPerSecond).toBeCloseTo(20 / ADAPTIVE_RATE.slowStartFactor);
    expect(state.shared.pausedUntil).toBe(2030);
  });

  it('after a 429 climbs back towards the refused rate and probes slowly past it, without raising during the cool-down', () => {
    let state = initialRateState({ startRate: 30, ceiling: 40 }, 0);
    state = observeAnswer(state, settings, { at: 0, status: 429, latencyMs: 30, retryAfterMs: 0 });
    const cut = state.shared.requestsPerSecond;
    const cooling = answerAtRate(state, 0, ADAPTIVE_RATE.holdWindows * ADAPTIVE_RATE.windowMs - 100);
    expect(cooling.state.shared.requestsPerSecond).toBe(cut);
    const { state: after } = answerAtRate(cooling.state, cooling.at, 20_000);
    expect(after.shared.requestsPerSecond).toBeGreaterThan(30 * ADAPTIVE_RATE.recoveryUpTo);
    // Probing past the refused 30 goes probeShare of it per clean second: 20 s cannot pass 30 × (0.9 + 20 × probeShare).
    expect(after.shared.requestsPerSecond).toBeLessThanOrEqual(30 * (ADAPTIVE_RATE.recoveryUpTo + 20 * ADAPTIVE_RATE.probeShare));
  });

  it('backs off when latency rises well above what it was', () => {
    const warm = answerAtRate(initialRateState(settings, 0), 0, 3100);
    const before = warm.state.shared.requestsPerSecond;
    const slow = answerAtRate(warm.state, warm.at, 2000, { latencyMs: 900 });
    expect(slow.state.shared.requestsPerSecond).toBeLessThan(before);
    expect(slow.state.shared.limitedAt).toBeNull();
  });

  it('neither raises nor cuts on 5xx or a lost connection (the retry policy backs off those)', () => {
    const state = answerAtRate(initialRateState(settings, 0), 0, 3000, { status: 503 }).state;
    expect(state.shared.requestsPerSecond).toBe(10);
    const lost = observeAnswer(state, settings, { at: 4000, status: null, latencyMs: 30_000 });
    expect(lost.shared.requestsPerSecond).toBe(10);
  });
});

describe('sharing the learnt rate', () => {
  const shared = (requestsPerSecond: number, limitedAt: number | null = null, pausedUntil = 0): SharedRate => ({ requestsPerSecond, limitedAt, pausedUntil });

  it('takes the more careful value of each field when both sides changed', () => {
    expect(saferOf(shared(20, null, 5), shared(12, 18, 3))).toEqual(shared(12, 18, 5));
  });

  it('writes a local change, adopts a change made elsewhere, and merges when both changed', () => {
    expect(reconcile(shared(15), true, 3, { shared: shared(10), version: 3 })).toEqual({ shared: shared(15), write: true });
    expect(reconcile(shared(15), false, 3, { shared: shared(10), version: 3 })).toEqual({ shared: shared(15), write: false });
    expect(reconcile(shared(15), false, 3, { shared: shared(8, 9, 100), version: 4 })).toEqual({ shared: shared(8, 9, 100), write: false });
    expect(reconcile(shared(15), true, 3, { shared: shared(20, null, 100), version: 4 })).toEqual({ shared: shared(15, null, 100), write: true });
    expect(reconcile(shared(15), false, 0, null)).toEqual({ shared: shared(15), write: true });
  });

  /** One "database row", with the conditional write the plugin's table does. */
  const memoryOverOneRow = () => {
    let row: StoredRate | null = null;
    const memory: RateMemory = {
      read: async () => (row ? structuredClone(row) : null),
      write: async (value, expectedVersion) => {
        if ((row?.version ?? 0) !== expectedVersion) return null;
        row = { shared: { ...value }, version: expectedVersion + 1 };
        return row.version;
      },
    };
    return { memory, row: () => row };
  };
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };

  it('a 429 seen by one client pauses and slows the other, and a new client (a restart) starts from the learnt rate', async () => {
    let now = 10_000;
    const clock = () => now;
    const database = memoryOverOneRow();
    const first = new AdaptiveRate({ startRate: 20, ceiling: 40 }, database.memory, quiet, clock);
    const second = new AdaptiveRate({ startRate: 20, ceiling: 40 }, database.memory, quiet, clock);
    await first.beforeSend();
    await second.beforeSend();

    first.answered({ status: 429, latencyMs: 30, retryAfterMs: 5000 });
    await first.settled();
    expect(database.row()?.shared).toEqual({ requestsPerSecond: 20 / ADAPTIVE_RATE.slowStartFactor, limitedAt: 20, pausedUntil: 15_000 });

    now += 10;
    second.answered({ status: 200, latencyMs: 30 });
    await second.sync();
    expect(second.current()).toEqual(first.current());

    const restarted = new AdaptiveRate({ startRate: 20, ceiling: 40 }, database.memory, quiet, clock);
    now = 20_000;
    await restarted.beforeSend();
    expect(restarted.current().requestsPerSecond).toBeCloseTo(20 / ADAPTIVE_RATE.slowStartFactor);
    expect(restarted.current().limitedAt).toBe(20);
  });

  it('a restart under a lower ceiling starts at that ceiling', async () => {
    const database = memoryOverOneRow();
    await database.memory.write({ requestsPerSecond: 35, limitedAt: null, pausedUntil: 0 }, 0);
    const rate = new AdaptiveRate({ startRate: 10, ceiling: 25 }, database.memory, quiet, () => 0);
    await rate.beforeSend();
    expect(rate.current().requestsPerSecond).toBe(25);
  });
});

describe('adaptive request rate against a fixed limit (the sandbox rate-limit switch, on a controlled clock)', () => {
  /**
   * Sends as fast as the controller allows for `seconds` against the sandbox's own token bucket of
   * `limit` requests per second, and counts what a push would meet.
   */
  const pushAgainst = (limit: number, seconds: number) => {
    let at = 0;
    let state = initialRateState(settings, 0);
    const bucket = new RateLimiter({ requestsPerSecond: limit }, () => at);
    let sent = 0;
    let refused = 0;
    while (at < seconds * 1000) {
      at = Math.max(at + 1000 / state.shared.requestsPerSecond, state.shared.pausedUntil);
      const retryAfterSeconds = bucket.refuse('token', 'POST');
      sent += 1;
      if (retryAfterSeconds !== undefined) refused += 1;
      state = observeAnswer(state, settings, {
        at,
        status: retryAfterSeconds === undefined ? 200 : 429,
        latencyMs: 30,
        ...(retryAfterSeconds === undefined ? {} : { retryAfterMs: retryAfterSeconds * 1000 }),
      });
    }
    return { achievedShare: (sent - refused) / seconds / limit, refusedShare: refused / sent };
  };

  it.each([8, 20])('at %i requests/s: keeps 429s under 1 % of the requests and reaches at least 0.9 of the limit over a 10-minute push', (limit) => {
    const { achievedShare, refusedShare } = pushAgainst(limit, 600);
    expect(refusedShare).toBeLessThanOrEqual(0.01);
    expect(achievedShare).toBeGreaterThanOrEqual(0.9);
  });
});
