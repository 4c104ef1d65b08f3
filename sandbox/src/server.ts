/** startSandbox: builds the sandbox, listens, and shuts down cleanly. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestListener } from './app';
import { createControl } from './control/control';
import { loadStateFile, StateFileWriter } from './persistence';
import type { RunningSandbox, SandboxOptions } from './public-types';
import { SandboxRuntime } from './runtime';

const DEFAULT_PORT = 4010;
const DEFAULT_HOST = '127.0.0.1';

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

async function shutdown(server: Server, rt: SandboxRuntime): Promise<void> {
  rt.closing.abort();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive and held (timeout-fault) connections would otherwise keep close() waiting.
  server.closeAllConnections();
  await closed;
  await rt.stateFile?.flush();
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const rt = new SandboxRuntime(options);
  if (options.stateFile) {
    const saved = loadStateFile(options.stateFile);
    if (saved) rt.store.restore(saved);
    rt.stateFile = new StateFileWriter(options.stateFile, () => rt.store.toPersisted(), (line) => rt.log(line));
  }
  const control = createControl(rt);
  const server = createServer(createRequestListener(rt, control));
  const host = options.host ?? DEFAULT_HOST;
  const port = await listen(server, options.port ?? DEFAULT_PORT, host);
  rt.origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    origin: rt.origin,
    apiUrl: `${rt.origin}/v2`,
    token: rt.store.defaultToken,
    control,
    close: () => (closing ??= shutdown(server, rt)),
  };
}
