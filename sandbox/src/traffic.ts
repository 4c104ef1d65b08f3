/** What happens to an API request before and around Billy's answer: logging, the rate limit, latency and injected faults. */
import { billyErrorBody } from './errors';
import type { Exchange, Handler } from './exchange';
import type { Fault } from './faults';
import type { SandboxRuntime } from './runtime';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Waits `ms`, or less when the sandbox closes. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

/** Resolves once the client hangs up or the sandbox closes. */
async function untilAbandoned(exchange: Exchange, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  let stopWaiting = () => {};
  const closing = new Promise<void>((resolve) => (stopWaiting = resolve));
  signal.addEventListener('abort', stopWaiting);
  await Promise.race([exchange.closed(), closing]);
  signal.removeEventListener('abort', stopWaiting);
}

function dropConnection(exchange: Exchange): null {
  exchange.drop();
  return null;
}

function failWith(exchange: Exchange, status: number, errorCode: string, message: string): number {
  exchange.answer(status, billyErrorBody(status, errorCode, message));
  return status;
}

/** Answers the request, or fails it the way `fault` says; the status sent, or null when none was. */
async function answer(exchange: Exchange, handler: Handler, fault: Fault | undefined, closing: AbortSignal): Promise<number | null> {
  if (closing.aborted) return dropConnection(exchange);
  switch (fault?.kind) {
    case undefined:
      await handler(exchange);
      return exchange.status;
    case 'rate_limit':
      // Billy documents no rate limit (billy-api.md §3.2); this is the common 429 + Retry-After form.
      exchange.setHeader('Retry-After', String(fault.retryAfterSeconds));
      return failWith(exchange, 429, 'RATE_LIMIT', 'Too many requests. Retry after the number of seconds in Retry-After.');
    case 'server_error':
      return failWith(exchange, 500, 'INTERNAL_ERROR', 'An internal error occurred.');
    case 'unavailable':
      return failWith(exchange, 503, 'SERVICE_UNAVAILABLE', 'The service is temporarily unavailable.');
    case 'reset':
      return dropConnection(exchange);
    case 'timeout':
      await untilAbandoned(exchange, closing);
      return dropConnection(exchange);
    case 'lost_response':
      // The write happens in full; only the answer is lost. A read just loses the connection.
      if (WRITE_METHODS.has(exchange.method)) await handler(exchange);
      return dropConnection(exchange);
  }
}

export function withTraffic(rt: SandboxRuntime, handler: Handler): Handler {
  return async (exchange) => {
    const entry = rt.requestLog.arrive({
      method: exchange.method,
      path: exchange.path,
      query: exchange.query,
      organizationId: rt.store.organizationIdOf(exchange.header('X-Access-Token')),
    });
    // The limit counts requests as they arrive; a refused one still takes Billy's latency to answer.
    const retryAfterSeconds = rt.rateLimiter?.refuse(exchange.header('X-Access-Token'), exchange.method);
    await pause(rt.latencyMs, rt.closing.signal);
    const fault: Fault | undefined = retryAfterSeconds === undefined ? rt.faults.decide(exchange.method, exchange.path) : { kind: 'rate_limit', retryAfterSeconds };
    const status = await answer(exchange, handler, fault, rt.closing.signal);
    rt.requestLog.settle(entry, status, fault?.kind);
    rt.log(`${exchange.method} ${exchange.url} → ${status ?? 'connection dropped'}${fault ? ` (injected ${fault.kind})` : ''}`);
  };
}
