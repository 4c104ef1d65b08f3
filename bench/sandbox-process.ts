import { spawn } from 'child_process';
import { randomBytes } from 'crypto';
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import type { RequestLogEntry } from '../sandbox/src';

/** The control calls the benchmark needs, over the sandbox's HTTP control API. */
export interface SandboxProcessControl {
  setLatency(ms: number): Promise<void>;
  setRateLimit(limit: { requestsPerSecond: number; writesPerSecond?: number } | null): Promise<void>;
  reset(): Promise<void>;
  clearRequests(): Promise<void>;
  requests(): Promise<RequestLogEntry[]>;
}

export interface SandboxProcess {
  apiUrl: string;
  token: string;
  control: SandboxProcessControl;
  close(): Promise<void>;
}

const READY_LINE = /listening on (http:\/\/\S+\/v2)/;

/** One control call on a fresh connection (no keep-alive socket the sandbox may have closed meanwhile). */
const controlCall = (origin: string, method: string, route: string, body?: object): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : undefined;
    const request = http.request(`${origin}/_sandbox/${route}`, { method, agent: false, headers: payload ? { 'content-type': 'application/json' } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if ((response.statusCode ?? 500) >= 300) reject(new Error(`sandbox control ${method} ${route}: ${response.statusCode} ${text}`));
        else resolve(text ? JSON.parse(text) : null);
      });
    });
    request.on('error', reject);
    request.end(payload);
  });

/**
 * The Billy sandbox in a process of its own, as Billy is for a real Strapi: its work and its
 * latency timers do not run on Strapi's event loop, so the figures measure the plugin alone.
 */
export const startSandboxProcess = async (): Promise<SandboxProcess> => {
  const root = path.resolve(__dirname, '..');
  const token = `bench-${randomBytes(8).toString('hex')}`;
  // Its request lines go to a file: a pipe nobody reads would stall it.
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'billy-bench-sandbox-')), 'sandbox.log');
  const out = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--no-experimental-require-module', '--require', 'tsx/cjs', path.join(root, 'sandbox', 'src', 'main.ts')], {
    cwd: root,
    env: { ...process.env, BILLY_SANDBOX_PORT: '0', BILLY_SANDBOX_TOKEN: token },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const apiUrl = await new Promise<string>((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    const poll = setInterval(() => {
      const match = READY_LINE.exec(fs.readFileSync(logFile, 'utf8'));
      if (match) {
        clearInterval(poll);
        resolve(match[1]);
      } else if (child.exitCode !== null || Date.now() > deadline) {
        clearInterval(poll);
        child.kill('SIGKILL');
        reject(new Error(`the sandbox did not start: ${fs.readFileSync(logFile, 'utf8').slice(-2000)}`));
      }
    }, 100);
  });
  const origin = apiUrl.replace(/\/v2$/, '');

  return {
    apiUrl,
    token,
    control: {
      setLatency: async (ms) => void (await controlCall(origin, 'PUT', 'latency', { ms })),
      setRateLimit: async (limit) => void (await (limit ? controlCall(origin, 'PUT', 'rate-limit', limit) : controlCall(origin, 'DELETE', 'rate-limit'))),
      reset: async () => void (await controlCall(origin, 'POST', 'reset')),
      clearRequests: async () => void (await controlCall(origin, 'DELETE', 'requests')),
      requests: async () => ((await controlCall(origin, 'GET', 'requests')) as { requests: RequestLogEntry[] }).requests,
    },
    async close() {
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
    },
  };
};
