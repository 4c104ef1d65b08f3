import { BillyError } from './errors';
import type { RateMemory } from './rate-memory';

/** Billy's production API. The playground and the tests point the client at the sandbox instead. */
export const DEFAULT_BILLY_API_URL = 'https://api.billysbilling.com/v2';

/** The plugin passes Strapi's logger; tests pass a recorder. Messages never contain the token. */
export interface BillyLogger {
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export interface BillyClientOptions {
  /** e.g. DEFAULT_BILLY_API_URL or the sandbox's apiUrl */
  baseUrl: string;
  accessToken: string;
  /** per attempt; default 30000 */
  timeoutMs?: number;
  /** requests in flight at once; default 4 */
  maxConcurrent?: number;
  /**
   * The rate the client starts at before it has learnt one; default 10 (Billy documents no limit).
   * It then raises the rate while Billy answers cleanly and backs off on a 429 or a rise in
   * latency. 0 or Infinity turns rate limiting off altogether (only maxConcurrent applies).
   */
  requestsPerSecond?: number;
  /** The ceiling of the learnt rate; default 40. */
  maxRequestsPerSecond?: number;
  /** Keeps the learnt rate across restarts and shares it between instances; without it each client learns alone. */
  rateMemory?: RateMemory;
  /** retries after the first attempt; default 4 */
  maxRetries?: number;
  /** backoff base; default 500 */
  retryBaseDelayMs?: number;
  /** backoff cap, and the longest Retry-After the client will wait for; default 30000 */
  retryMaxDelayMs?: number;
  logger?: BillyLogger;
}

export interface ResolvedBillyOptions {
  baseUrl: string;
  accessToken: string;
  timeoutMs: number;
  maxConcurrent: number;
  /** 0 when rate limiting is off */
  requestsPerSecond: number;
  maxRequestsPerSecond: number;
  rateMemory: RateMemory | null;
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  logger: BillyLogger;
}

export const DEFAULT_CLIENT_SETTINGS = {
  timeoutMs: 30_000,
  maxConcurrent: 4,
  requestsPerSecond: 10,
  maxRequestsPerSecond: 40,
  maxRetries: 4,
  retryBaseDelayMs: 500,
  retryMaxDelayMs: 30_000,
} as const;

const silentLogger: BillyLogger = { debug() {}, info() {}, warn() {}, error() {} };

function check(name: string, value: number, valid: boolean): number {
  const expected = name === 'maxConcurrent' ? 'a positive integer' : name === 'maxRequestsPerSecond' ? 'a positive number' : 'a non-negative number';
  if (!valid) throw new TypeError(`Billy client option ${name} must be ${expected}, got ${value}.`);
  return value;
}

/** Fills defaults and rejects nonsense early, so a typo in config fails at start-up, not mid-sync. */
export function resolveOptions(options: BillyClientOptions): ResolvedBillyOptions {
  const accessToken = typeof options.accessToken === 'string' ? options.accessToken.trim() : '';
  if (!accessToken) {
    throw new BillyError({
      reason: 'auth',
      message: 'No Billy access token is set: add one in Settings › Billy.',
      retryable: false,
    });
  }
  let url: URL;
  try {
    url = new URL(options.baseUrl);
  } catch {
    throw new TypeError(`The Billy API URL "${String(options.baseUrl)}" is not a valid URL: check it in Settings › Billy.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`The Billy API URL must start with https:// (got ${url.protocol}).`);
  }
  const d = DEFAULT_CLIENT_SETTINGS;
  const maxConcurrent = options.maxConcurrent ?? d.maxConcurrent;
  const rps = options.requestsPerSecond ?? d.requestsPerSecond;
  const maxRps = options.maxRequestsPerSecond ?? d.maxRequestsPerSecond;
  const num = (name: string, value: number) => check(name, value, Number.isFinite(value) && value >= 0);
  return {
    baseUrl: url.toString().replace(/\/+$/, ''),
    accessToken,
    timeoutMs: num('timeoutMs', options.timeoutMs ?? d.timeoutMs),
    maxConcurrent: check('maxConcurrent', maxConcurrent, Number.isInteger(maxConcurrent) && maxConcurrent >= 1),
    requestsPerSecond: Number.isFinite(check('requestsPerSecond', rps, rps >= 0)) ? rps : 0,
    maxRequestsPerSecond: check('maxRequestsPerSecond', maxRps, Number.isFinite(maxRps) && maxRps > 0),
    rateMemory: options.rateMemory ?? null,
    maxRetries: num('maxRetries', Math.floor(options.maxRetries ?? d.maxRetries)),
    retryBaseDelayMs: num('retryBaseDelayMs', options.retryBaseDelayMs ?? d.retryBaseDelayMs),
    retryMaxDelayMs: num('retryMaxDelayMs', options.retryMaxDelayMs ?? d.retryMaxDelayMs),
    logger: options.logger ?? silentLogger,
  };
}
