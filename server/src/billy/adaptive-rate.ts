/**
 * The request rate the client allows itself per Billy token, learnt from Billy's answers. Billy
 * documents no limit (billy-api.md §3.2), so the client starts at a safe rate, raises it while
 * Billy answers cleanly, and backs off at once on a 429 (pausing for its Retry-After) or on a
 * clear rise in latency; it never goes above the configured ceiling.
 *
 * Everything here is pure: each transition takes the time it happens at, so tests drive it on a
 * controlled clock. The gate (request-gate.ts) feeds it answers and applies the rate it answers.
 */

/** The part of the state worth keeping across restarts and sharing between Strapi instances. */
export interface SharedRate {
  /** requests per second the client allows itself now */
  requestsPerSecond: number;
  /** the rate at which Billy last answered 429: the limit learnt so far; null until one was seen */
  limitedAt: number | null;
  /** no request before this time (ms since epoch): Billy's Retry-After */
  pausedUntil: number;
}

export interface AdaptiveRateSettings {
  /** the rate before anything is learnt */
  startRate: number;
  /** client.maxRequestsPerSecond: never above it */
  ceiling: number;
}

/** An answer Billy gave (or the lack of one), as the gate saw it. */
export interface RateObservation {
  /** when the answer arrived */
  at: number;
  /** HTTP status; null when no answer came (network failure, timeout) */
  status: number | null;
  /** from sending the attempt to its answer */
  latencyMs: number;
  /** Billy's Retry-After on a 429, when given */
  retryAfterMs?: number;
}

export interface AdaptiveRateState {
  shared: SharedRate;
  /** the current window of answers, the unit a raise is decided on */
  windowStartedAt: number;
  cleanAnswersInWindow: number;
  troubleInWindow: boolean;
  /** no raise before this time: the cool-down after a backoff */
  holdUntil: number;
  /** when the rate was last cut, so the 429s of requests already in flight cut it once */
  lastCutAt: number;
  /** smoothed latency, and the lowest it has been (rising slowly, so it follows a lasting change) */
  latencyMs: number | null;
  baselineLatencyMs: number | null;
}

/** The tuning, named once; the unit tests and docs/performance.md refer to these. */
export const ADAPTIVE_RATE = {
  /** a raise is decided once per window of clean answers */
  windowMs: 1000,
  /** before any 429: multiply per clean window (slow start) */
  slowStartFactor: 1.5,
  /** after a 429, back to this share of the learnt limit quickly … */
  recoveryFactor: 1.1,
  recoveryUpTo: 0.9,
  /**
   * … then probe upward by this share of the learnt limit per clean window: slow enough that the
   * 429 each probe ends with stays under 1 % of the requests (a probe from 0.9 × the limit takes
   * about 20 s; at 2 % it took 5 s and cost 1.8 % at 8 requests/s, docs/performance.md)
   */
  probeShare: 0.005,
  /** a 429 cuts the rate to this share (after slow start: to the last rate that was clean) */
  cutFactor: 0.85,
  /** a rise in latency cuts it to this share */
  latencyCutFactor: 0.9,
  /** windows without a raise after a cut */
  holdWindows: 2,
  /** a 429 without Retry-After pauses this long */
  defaultPauseMs: 1000,
  /** the lowest rate the client backs off to */
  floor: 0.5,
  /** "latency rose": the smoothed latency above baseline × factor + margin */
  latencyRiseFactor: 2,
  latencyRiseMarginMs: 200,
  /** a window raises only if at least this share of its rate was used (the rate was what bound) */
  busyShareToRaise: 0.5,
} as const;

const clamp = (rate: number, settings: AdaptiveRateSettings) => Math.min(settings.ceiling, Math.max(Math.min(ADAPTIVE_RATE.floor, settings.ceiling), rate));

/** A fresh state: the stored one when there is one (clamped to today's ceiling), else the start rate. */
export function initialRateState(settings: AdaptiveRateSettings, now: number, stored: SharedRate | null = null): AdaptiveRateState {
  const shared: SharedRate = stored
    ? { requestsPerSecond: clamp(stored.requestsPerSecond, settings), limitedAt: stored.limitedAt, pausedUntil: stored.pausedUntil }
    : { requestsPerSecond: clamp(settings.startRate, settings), limitedAt: null, pausedUntil: 0 };
  return { shared, windowStartedAt: now, cleanAnswersInWindow: 0, troubleInWindow: false, holdUntil: 0, lastCutAt: -Infinity, latencyMs: null, baselineLatencyMs: null };
}

/** The rate after a clean window. */
function raised(shared: SharedRate, settings: AdaptiveRateSettings): number {
  const rate = shared.requestsPerSecond;
  const limit = shared.limitedAt;
  if (limit === null) return clamp(rate * ADAPTIVE_RATE.slowStartFactor, settings);
  if (rate < limit * ADAPTIVE_RATE.recoveryUpTo) return clamp(Math.min(rate * ADAPTIVE_RATE.recoveryFactor, limit * ADAPTIVE_RATE.recoveryUpTo), settings);
  return clamp(rate + limit * ADAPTIVE_RATE.probeShare, settings);
}

function cut(state: AdaptiveRateState, settings: AdaptiveRateSettings, at: number, rate: number): AdaptiveRateState {
  return {
    ...state,
    shared: { ...state.shared, requestsPerSecond: clamp(rate, settings) },
    holdUntil: at + ADAPTIVE_RATE.holdWindows * ADAPTIVE_RATE.windowMs,
    lastCutAt: at,
    windowStartedAt: at,
    cleanAnswersInWindow: 0,
    troubleInWindow: false,
  };
}

/** 429s of requests that were already in flight when the first came back cut only once. */
const cutSpacingMs = (state: AdaptiveRateState) => Math.max(500, 2 * (state.latencyMs ?? 0));

function rateLimited(state: AdaptiveRateState, settings: AdaptiveRateSettings, observation: RateObservation): AdaptiveRateState {
  const { at } = observation;
  const pausedUntil = Math.max(state.shared.pausedUntil, at + (observation.retryAfterMs ?? ADAPTIVE_RATE.defaultPauseMs));
  if (at - state.lastCutAt < cutSpacingMs(state)) return { ...state, shared: { ...state.shared, pausedUntil }, troubleInWindow: true };
  const rate = state.shared.requestsPerSecond;
  // In slow start the last clean window ran at rate ÷ factor: the limit lies between.
  const next = state.shared.limitedAt === null ? rate / ADAPTIVE_RATE.slowStartFactor : rate * ADAPTIVE_RATE.cutFactor;
  const after = cut(state, settings, at, next);
  return { ...after, shared: { ...after.shared, limitedAt: rate, pausedUntil } };
}

function withLatency(state: AdaptiveRateState, latencyMs: number): AdaptiveRateState {
  const smoothed = state.latencyMs === null ? latencyMs : state.latencyMs * 0.8 + latencyMs * 0.2;
  const baseline = state.baselineLatencyMs === null ? smoothed : Math.min(smoothed, state.baselineLatencyMs + (smoothed - state.baselineLatencyMs) * 0.01);
  return { ...state, latencyMs: smoothed, baselineLatencyMs: baseline };
}

const latencyRose = (state: AdaptiveRateState) =>
  state.latencyMs !== null &&
  state.baselineLatencyMs !== null &&
  state.latencyMs > state.baselineLatencyMs * ADAPTIVE_RATE.latencyRiseFactor + ADAPTIVE_RATE.latencyRiseMarginMs;

/** The state after one answer. */
export function observeAnswer(state: AdaptiveRateState, settings: AdaptiveRateSettings, observation: RateObservation): AdaptiveRateState {
  if (observation.status === 429) return rateLimited(state, settings, observation);
  const { at } = observation;
  // No answer or a Billy failure: neither a reason to slow down (the retry policy backs off) nor a clean answer.
  if (observation.status === null || observation.status >= 500) return { ...state, troubleInWindow: true };

  let next = withLatency(state, observation.latencyMs);
  if (latencyRose(next) && at >= next.holdUntil) {
    // Billy slowing down is the early sign of a limit; the baseline is kept, so it takes a real recovery to raise again.
    return cut(next, settings, at, next.shared.requestsPerSecond * ADAPTIVE_RATE.latencyCutFactor);
  }
  next = { ...next, cleanAnswersInWindow: next.cleanAnswersInWindow + 1 };
  if (at - next.windowStartedAt < ADAPTIVE_RATE.windowMs) return next;

  const elapsedSeconds = (at - next.windowStartedAt) / 1000;
  const busy = next.cleanAnswersInWindow >= next.shared.requestsPerSecond * elapsedSeconds * ADAPTIVE_RATE.busyShareToRaise;
  const raise = !next.troubleInWindow && busy && at >= next.holdUntil && !latencyRose(next);
  return {
    ...next,
    shared: raise ? { ...next.shared, requestsPerSecond: raised(next.shared, settings) } : next.shared,
    windowStartedAt: at,
    cleanAnswersInWindow: 0,
    troubleInWindow: false,
  };
}

/** Another instance's (or a restart's) view taken over, keeping this instance's latency memory. */
export function adoptShared(state: AdaptiveRateState, settings: AdaptiveRateSettings, shared: SharedRate): AdaptiveRateState {
  return { ...state, shared: { ...shared, requestsPerSecond: clamp(shared.requestsPerSecond, settings) } };
}

/** Two views that changed independently: the more careful of each. */
export function saferOf(a: SharedRate, b: SharedRate): SharedRate {
  const limits = [a.limitedAt, b.limitedAt].filter((limit): limit is number => limit !== null);
  return {
    requestsPerSecond: Math.min(a.requestsPerSecond, b.requestsPerSecond),
    limitedAt: limits.length ? Math.min(...limits) : null,
    pausedUntil: Math.max(a.pausedUntil, b.pausedUntil),
  };
}

export const sameShared = (a: SharedRate, b: SharedRate) =>
  a.requestsPerSecond === b.requestsPerSecond && a.limitedAt === b.limitedAt && a.pausedUntil === b.pausedUntil;

/** What the database holds for a token: the shared rate and a version that every write bumps. */
export interface StoredRate {
  shared: SharedRate;
  version: number;
}

export type Reconciled = { shared: SharedRate; write: boolean };

/**
 * What to do at a sync with the database, given this instance's view (`changed`: it moved since
 * the last sync, which saw `seenVersion`). Unchanged on both sides: nothing. Changed here only:
 * write it. Changed elsewhere only: take it. Changed on both: the safer of the two, written.
 */
export function reconcile(local: SharedRate, changed: boolean, seenVersion: number, stored: StoredRate | null): Reconciled {
  const storedMoved = stored !== null && stored.version !== seenVersion;
  if (!storedMoved) return { shared: local, write: changed || stored === null };
  if (!changed) return { shared: stored.shared, write: false };
  return { shared: saferOf(local, stored.shared), write: true };
}
