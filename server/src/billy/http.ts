import axios, { type AxiosError, type AxiosRequestConfig } from 'axios';
import axiosRetry from 'axios-retry';
import { BillyError } from './errors';
import { toBillyError, type RequestContext } from './error-mapping';
import { parseBillyBody } from './json-body';
import { AdaptiveRate } from './rate-memory';
import type { SharedRate } from './adaptive-rate';
import { createRequestGate } from './request-gate';
import type { ResolvedBillyOptions } from './options';
import { createRedactor, createSafeLogger } from './redact';
import { createRetryPolicy } from './retry-policy';

export type BillyMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type QueryParams = Record<string, string | number | boolean | undefined>;

export interface BillyRequest {
  method: BillyMethod;
  /** below the API URL, starting with "/" */
  path: string;
  params?: QueryParams;
  body?: unknown;
  /** may this request be sent again after a 429/5xx/network failure? */
  retry: boolean;
  /** what the request is about, for messages ("contact") */
  subject: string;
}

export interface BillyHttpStats {
  /** HTTP attempts sent, retries included */
  requests: number;
  retries: number;
}

export interface BillyHttp {
  /** Sends the request and returns the parsed JSON body; throws BillyError only. */
  send(request: BillyRequest): Promise<unknown>;
  stats(): BillyHttpStats;
  /** the rate in force and what was learnt; null when rate limiting is off */
  rate(): SharedRate | null;
}

function describe(method: string | undefined, url: string | undefined, params: unknown): string {
  const defined = Object.entries((params ?? {}) as QueryParams).filter(([, value]) => value !== undefined);
  const query = defined.length ? `?${new URLSearchParams(defined.map(([k, v]): [string, string] => [k, String(v)])).toString()}` : '';
  return `${(method ?? 'GET').toUpperCase()} ${url ?? ''}${query}`;
}

function failureSummary(error: AxiosError): string {
  if (error.response) return `HTTP ${error.response.status}`;
  return error.code ?? 'network error';
}

/**
 * The one door to Billy: an axios instance with the token header, a per-attempt timeout,
 * axios-retry for backoff and a request gate wrapped around the transport, so every attempt
 * (retries included) waits for a concurrency slot and a rate token, while backoff sleeps hold none.
 */
export function createBillyHttp(options: ResolvedBillyOptions): BillyHttp {
  const redact = createRedactor(options.accessToken);
  const logger = createSafeLogger(options.logger, redact);
  const counters: BillyHttpStats = { requests: 0, retries: 0 };
  const host = new URL(options.baseUrl).host;

  const rate =
    options.requestsPerSecond > 0
      ? new AdaptiveRate({ startRate: options.requestsPerSecond, ceiling: options.maxRequestsPerSecond }, options.rateMemory, logger)
      : null;
  const gate = createRequestGate(options.maxConcurrent, rate);
  const transport = axios.getAdapter('http');

  if (new URL(options.baseUrl).protocol === 'http:' && !/^(localhost|127\.|\[::1\])/.test(host)) {
    logger.warn(`The Billy API URL uses plain http (${host}): the access token travels unencrypted.`);
  }

  const instance = axios.create({
    baseURL: options.baseUrl,
    timeout: options.timeoutMs,
    // A redirect would carry X-Access-Token to another host; Billy's API does not redirect.
    maxRedirects: 0,
    // Parsed by parseBillyBody, which tolerates a logging prefix before the JSON.
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    headers: {
      'X-Access-Token': options.accessToken,
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'strapi-plugin-billy',
    },
    adapter: (config) =>
      gate(() => {
        counters.requests += 1;
        return transport(config);
      }),
  });

  const policy = createRetryPolicy(options.retryBaseDelayMs, options.retryMaxDelayMs);
  axiosRetry(instance, {
    retries: options.maxRetries,
    // Each attempt gets the full timeout; axios-retry would otherwise shrink it after a slow failure.
    shouldResetTimeout: true,
    retryCondition: (error) => policy.shouldRetry(error),
    retryDelay: (retryNumber, error) => {
      const delay = policy.delayMs(retryNumber, error);
      const { config } = error;
      logger.warn(
        `Billy ${describe(config?.method, config?.url, config?.params)} failed (${failureSummary(error)}); ` +
          `retry ${retryNumber} of ${options.maxRetries} in ${delay} ms.`,
      );
      return delay;
    },
    onRetry: () => {
      counters.retries += 1;
    },
  });

  async function send(request: BillyRequest): Promise<unknown> {
    const config: AxiosRequestConfig = {
      method: request.method,
      url: request.path,
      params: request.params,
      data: request.body,
      'axios-retry': { retries: request.retry ? options.maxRetries : 0 },
    };
    const label = describe(request.method, request.path, request.params);
    const ctx: RequestContext = {
      method: request.method,
      path: request.path,
      subject: request.subject,
      host,
      timeoutMs: options.timeoutMs,
    };
    try {
      const response = await instance.request(config);
      logger.debug(`Billy ${label} → ${response.status}`);
      const body = parseBillyBody(response.data);
      if (body === undefined && request.method !== 'DELETE') {
        throw new BillyError({
          reason: 'billy',
          retryable: false,
          status: response.status,
          method: request.method,
          path: request.path,
          message: `Billy answered ${request.method} ${request.path} with something that is not JSON: try again later, and report it if it persists.`,
        });
      }
      return body;
    } catch (caught) {
      const error = toBillyError(caught, ctx);
      logger.debug(`Billy ${label} failed: ${error.reason}${error.status ? ` ${error.status}` : ''}${error.errorCode ? ` ${error.errorCode}` : ''}`);
      // Rebuilt only in the unlikely case that Billy's own text echoed the token.
      throw JSON.stringify(error).includes(options.accessToken) ? redactError(error, redact) : error;
    }
  }

  return { send, stats: () => ({ ...counters }), rate: () => rate?.current() ?? null };
}

/** Billy's own text could in theory echo the token; rebuild the error from redacted values. */
function redactError(error: BillyError, redact: <T>(value: T) => T): BillyError {
  return new BillyError({
    reason: error.reason,
    retryable: error.retryable,
    outcomeUnknown: error.outcomeUnknown,
    status: error.status,
    errorCode: redact(error.errorCode),
    validationErrors: redact(error.validationErrors),
    retryAfterMs: error.retryAfterMs,
    method: error.method,
    path: redact(error.path),
    message: redact(error.message),
  });
}
