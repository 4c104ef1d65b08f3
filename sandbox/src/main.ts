/** `npm run sandbox`: the Billy sandbox on BILLY_SANDBOX_PORT (4010) with the token BILLY_SANDBOX_TOKEN (sandbox-token). */
import { startSandbox } from './server';

function portFromEnvironment(): number {
  const raw = process.env.BILLY_SANDBOX_PORT ?? '4010';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`BILLY_SANDBOX_PORT must be a port number, not "${raw}".`);
  return port;
}

function validationStatusFromEnvironment(): 400 | 422 {
  const raw = process.env.BILLY_SANDBOX_VALIDATION_STATUS ?? '400';
  if (raw !== '400' && raw !== '422') throw new Error(`BILLY_SANDBOX_VALIDATION_STATUS must be 400 or 422, not "${raw}".`);
  return raw === '422' ? 422 : 400;
}

/** BILLY_SANDBOX_RATE_LIMIT=N (requests per second per token), BILLY_SANDBOX_WRITE_RATE_LIMIT=M (writes, optional). */
function rateLimitFromEnvironment(): { requestsPerSecond: number; writesPerSecond?: number } | null {
  const perSecond = (name: string) => {
    const raw = process.env[name];
    if (!raw) return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a number of requests per second > 0, not "${raw}".`);
    return value;
  };
  const requestsPerSecond = perSecond('BILLY_SANDBOX_RATE_LIMIT');
  const writesPerSecond = perSecond('BILLY_SANDBOX_WRITE_RATE_LIMIT');
  if (requestsPerSecond === undefined) {
    if (writesPerSecond !== undefined) throw new Error('BILLY_SANDBOX_WRITE_RATE_LIMIT needs BILLY_SANDBOX_RATE_LIMIT as well.');
    return null;
  }
  return writesPerSecond === undefined ? { requestsPerSecond } : { requestsPerSecond, writesPerSecond };
}

async function main(): Promise<void> {
  const sandbox = await startSandbox({
    port: portFromEnvironment(),
    host: process.env.BILLY_SANDBOX_HOST,
    token: process.env.BILLY_SANDBOX_TOKEN || undefined,
    stateFile: process.env.BILLY_SANDBOX_STATE_FILE || undefined,
    switches: { validationStatus: validationStatusFromEnvironment() },
    rateLimit: rateLimitFromEnvironment(),
    log: (line) => console.log(`[billy-sandbox] ${line}`),
  });
  // A sandbox token guards nothing real, so printing it is fine.
  console.log(`Billy sandbox listening on ${sandbox.apiUrl} (X-Access-Token: ${sandbox.token})`);

  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Billy sandbox failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
