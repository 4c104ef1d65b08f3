import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny HTTP server for the few answers the sandbox does not give (403, 409, a logging prefix,
 * an HTTP-date Retry-After). Each request is answered by the next scripted reply; the last one repeats.
 */
export interface StubReply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export interface StubServer {
  url: string;
  requests: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders }>;
  reply(...replies: StubReply[]): void;
  close(): Promise<void>;
}

export async function startStubServer(): Promise<StubServer> {
  let replies: StubReply[] = [{ status: 200, body: '{}' }];
  const requests: StubServer['requests'] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => {
      const next = replies.length > 1 ? replies.shift()! : replies[0];
      res.writeHead(next.status, { 'Content-Type': 'application/json', ...next.headers });
      res.end(next.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v2`,
    requests,
    reply: (...next) => {
      replies = next;
      requests.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const billyError = (status: number, errorCode: string, errorMessage: string, extra: object = {}) =>
  JSON.stringify({ meta: { statusCode: status, success: false }, errorCode, errorMessage, helpUrl: 'https://billysbilling.com/api', ...extra });
