/**
 * One HTTP request and the answer being built for it, over plain node:http.
 * (Koa fails under tsx on Node 20: its generator-function dependency resolves to an ES module namespace there.)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery, type ParsedUrlQuery } from 'node:querystring';

export type Handler = (exchange: Exchange) => Promise<void>;

export class Exchange {
  readonly method: string;
  readonly path: string;
  readonly querystring: string;
  readonly query: ParsedUrlQuery;
  status = 404;
  private body: object | undefined;
  private raw: Buffer | undefined;
  private readonly headers: Record<string, string> = {};
  private dropped = false;

  constructor(
    readonly request: IncomingMessage,
    private readonly response: ServerResponse,
  ) {
    const url = request.url ?? '/';
    const queryStart = url.indexOf('?');
    this.method = (request.method ?? 'GET').toUpperCase();
    this.path = queryStart === -1 ? url : url.slice(0, queryStart);
    this.querystring = queryStart === -1 ? '' : url.slice(queryStart + 1);
    this.query = parseQuery(this.querystring);
  }

  get url(): string {
    return this.request.url ?? '/';
  }

  header(name: string): string {
    const value = this.request.headers[name.toLowerCase()];
    return (Array.isArray(value) ? value[0] : value) ?? '';
  }

  setHeader(name: string, value: string): void {
    this.headers[name] = value;
  }

  /** A JSON answer, or an empty one when `body` is undefined. */
  answer(status: number, body?: object): void {
    this.status = status;
    this.body = body;
  }

  /** A non-JSON answer: a file or a page. */
  answerRaw(status: number, contentType: string, body: Buffer | string, headers: Record<string, string> = {}): void {
    this.status = status;
    this.raw = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
    Object.assign(this.headers, headers, { 'Content-Type': contentType });
  }

  /** Closes the connection without an answer; the client sees a reset. */
  drop(): void {
    this.dropped = true;
    this.request.socket.destroy();
  }

  /** Resolves once the client hangs up. */
  closed(): Promise<void> {
    const socket = this.request.socket;
    return socket.destroyed ? Promise.resolve() : new Promise((resolve) => socket.once('close', () => resolve()));
  }

  send(): void {
    if (this.dropped || this.response.headersSent || this.request.socket.destroyed) return;
    if (this.raw) {
      this.headers['Content-Length'] = String(this.raw.length);
      this.response.writeHead(this.status, this.headers);
      this.response.end(this.raw);
      return;
    }
    const json = this.body === undefined ? undefined : JSON.stringify(this.body);
    if (json !== undefined) {
      this.headers['Content-Type'] = 'application/json; charset=utf-8';
      this.headers['Content-Length'] = String(Buffer.byteLength(json));
    }
    this.response.writeHead(this.status, this.headers);
    this.response.end(json);
  }
}
