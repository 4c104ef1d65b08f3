import { AxiosError, AxiosHeaders, type AxiosResponse } from 'axios';
import { firstValidationMessage } from '../../server/src/billy/error-mapping';
import { parseBillyBody } from '../../server/src/billy/json-body';
import { createRetryPolicy, fullJitterDelay, isTransientFailure, parseRetryAfter } from '../../server/src/billy/retry-policy';

function httpError(status: number, headers: Record<string, string> = {}): AxiosError {
  const config = { headers: new AxiosHeaders(), method: 'get' };
  const response = { status, statusText: '', headers, config, data: '' } as unknown as AxiosResponse;
  return new AxiosError('failed', 'ERR_BAD_RESPONSE', config, {}, response);
}
const networkError = (code: string) => new AxiosError('failed', code, { headers: new AxiosHeaders() });

describe('retry policy', () => {
  it('retries 429, 5xx, resets and timeouts, never another 4xx or a cancel', () => {
    for (const status of [429, 500, 502, 503, 504]) expect(isTransientFailure(httpError(status))).toBe(true);
    for (const status of [400, 401, 403, 404, 405, 409, 422]) expect(isTransientFailure(httpError(status))).toBe(false);
    for (const code of ['ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'ECONNREFUSED']) expect(isTransientFailure(networkError(code))).toBe(true);
    expect(isTransientFailure(networkError('ERR_CANCELED'))).toBe(false);
  });

  it('reads Retry-After as seconds or as an HTTP-date', () => {
    const now = Date.parse('2025-06-01T12:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('Sun, 01 Jun 2025 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sun, 01 Jun 2025 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('draws full-jitter delays between 0 and min(max, base × 2^attempt)', () => {
    expect(fullJitterDelay(0, 500, 30_000, () => 0.999)).toBe(499);
    expect(fullJitterDelay(3, 500, 30_000, () => 0.5)).toBe(2000);
    expect(fullJitterDelay(10, 500, 30_000, () => 0.999)).toBe(29_970);
    expect(fullJitterDelay(2, 500, 30_000, () => 0)).toBe(0);
  });

  it('waits what Retry-After says on 429 and 503, and gives up when that is longer than the cap', () => {
    const policy = createRetryPolicy(500, 10_000, () => 0.5);
    expect(policy.delayMs(1, httpError(429, { 'retry-after': '3' }))).toBe(3000);
    expect(policy.delayMs(1, httpError(503, { 'retry-after': '1' }))).toBe(1000);
    expect(policy.delayMs(2, httpError(500, { 'retry-after': '9' }))).toBe(500); // ignored on 500: jitter
    expect(policy.shouldRetry(httpError(429, { 'retry-after': '60' }))).toBe(false);
    expect(policy.shouldRetry(httpError(429, { 'retry-after': '10' }))).toBe(true);
  });
});

describe('response bodies', () => {
  it('parses JSON behind a logging prefix and tolerates garbage', () => {
    expect(parseBillyBody('{"a":1}')).toEqual({ a: 1 });
    expect(parseBillyBody('2025-06-01 12:00:00 INFO request done {"a":1}')).toEqual({ a: 1 });
    expect(parseBillyBody('<html>Bad gateway</html>')).toBeUndefined();
    expect(parseBillyBody('')).toBeUndefined();
  });

  it('finds the first validation message in either captured form', () => {
    expect(firstValidationMessage({ invoice: { message: 'Lines are required.' } })).toBe('Lines are required.');
    expect(firstValidationMessage({ c1: { message: 'Invalid contact', attributes: { name: 'Name is required' } } })).toBe(
      'Invalid contact (name: Name is required)',
    );
    expect(firstValidationMessage({ c1: { attributes: { countryId: 'is required' } } })).toBe('countryId: is required');
    expect(firstValidationMessage(undefined)).toBeUndefined();
  });
});
