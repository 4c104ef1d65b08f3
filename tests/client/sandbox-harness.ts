import { createBillyClient, type BillyClient, type BillyClientOptions } from '../../server/src/billy';
import { startSandbox } from '../../sandbox/src';
import { fastRetries } from './helpers';

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

/** A sandbox on a free port; suites reset it between tests. */
export function openSandbox(): Promise<Sandbox> {
  return startSandbox({ port: 0 });
}

/** A client pointed at the sandbox with instant retries; override per test. */
export function clientFor(sandbox: Sandbox, overrides: Partial<BillyClientOptions> = {}): BillyClient {
  return createBillyClient({ baseUrl: sandbox.apiUrl, accessToken: sandbox.token, ...fastRetries, ...overrides });
}

/** The sandbox's log of API requests, reduced to what the assertions compare. */
export function logOf(sandbox: Sandbox) {
  return sandbox.control.requests().map(({ method, path, status, fault }) => ({ method, path, status, ...(fault ? { fault } : {}) }));
}
