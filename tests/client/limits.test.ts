/**
 * The concurrency limit holds for every attempt, retries included, measured by a counting proxy.
 * The rate spacing is shown on a controlled clock in request-gate.test.ts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { clientFor, openSandbox, type Sandbox } from './sandbox-harness';

/** Forwards to the sandbox and records how many requests were open at once. */
async function countingProxy(target: string) {
  const counts = { inFlight: 0, maxInFlight: 0, total: 0 };
  const server = http.createServer((req, res) => {
    counts.total += 1;
    counts.inFlight += 1;
    counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight);
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        counts.inFlight -= 1;
      }
    };
    res.on('close', finish);
    const upstream = http.request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    counts,
    apiUrl: `http://127.0.0.1:${port}/v2`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let sandbox: Sandbox;
let proxy: Awaited<ReturnType<typeof countingProxy>>;

beforeAll(async () => {
  sandbox = await openSandbox();
  proxy = await countingProxy(sandbox.origin);
});
afterAll(async () => {
  await proxy.close();
  await sandbox.close();
});
beforeEach(() => {
  sandbox.control.reset();
  sandbox.control.setLatency(30);
  Object.assign(proxy.counts, { inFlight: 0, maxInFlight: 0, total: 0 });
});

it('keeps at most maxConcurrent requests in flight', async () => {
  const billy = clientFor(sandbox, { baseUrl: proxy.apiUrl, maxConcurrent: 3 });
  await Promise.all(Array.from({ length: 12 }, () => billy.getOrganization()));
  expect(proxy.counts.total).toBe(12);
  expect(proxy.counts.maxInFlight).toBe(3);
});

it('uses 4 at once by default', async () => {
  const billy = clientFor(sandbox, { baseUrl: proxy.apiUrl });
  await Promise.all(Array.from({ length: 10 }, () => billy.contacts.list()));
  expect(proxy.counts.maxInFlight).toBe(4);
});

it('counts retries against the same limit', async () => {
  sandbox.control.scriptFaults([{ kind: 'server_error', times: 6 }]);
  const billy = clientFor(sandbox, { baseUrl: proxy.apiUrl, maxConcurrent: 2 });
  await Promise.all(Array.from({ length: 8 }, () => billy.getOrganization()));
  expect(proxy.counts.total).toBe(14);
  expect(billy.stats()).toEqual({ requests: 14, retries: 6 });
  expect(proxy.counts.maxInFlight).toBe(2);
});
