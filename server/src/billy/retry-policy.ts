import type { AxiosError } from 'axios';
import { isNetworkError } from 'axios-retry';

/** Axios codes for "no answer in time"; axios-retry's own network check leaves these out. */
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT']);

export function isTimeout(error: AxiosError): boolean {
  return !error.response && !!error.code && TIMEOUT_CODES.has(error.code);
}

/** 429, 5xx, or no answer at all: the failures where asking again can help. Never other 4xx. */
export function isTransientFailure(error: AxiosError): boolean {
  const status = error.response?.status;
  if (status !== undefined) return status === 429 || (status >= 500 && status <= 599);
  if (error.code === 'ERR_CANCELED') return false;
  return isTimeout(error) || isNetworkError(error);
}

/** Retry-After in ms (seconds or an HTTP-date), or undefined when absent or unreadable. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Retry-After only counts on the statuses where it means "come back later". */
export function retryAfterOf(error: AxiosError): number | undefined {
  const status = error.response?.status;
  if (status !== 429 && status !== 503) return undefined;
  const headers = error.response?.headers as Record<string, unknown> | undefined;
  return parseRetryAfter(headers?.['retry-after']);
}

/** Full jitter (AWS architecture blog): uniform in [0, min(max, base × 2^attempt)], attempt from 0. */
export function fullJitterDelay(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}

export interface RetryPolicy {
  shouldRetry(error: AxiosError): boolean;
  /** retryNumber counts from 1, as axios-retry passes it */
  delayMs(retryNumber: number, error: AxiosError): number;
}

export function createRetryPolicy(baseMs: number, maxMs: number, random: () => number = Math.random): RetryPolicy {
  return {
    // A Retry-After longer than our cap is honoured by not retrying early: the error carries
    // retryAfterMs so the sync can reschedule instead of holding a worker for minutes.
    shouldRetry: (error) => isTransientFailure(error) && (retryAfterOf(error) ?? 0) <= maxMs,
    delayMs: (retryNumber, error) => retryAfterOf(error) ?? fullJitterDelay(retryNumber - 1, baseMs, maxMs, random),
  };
}
