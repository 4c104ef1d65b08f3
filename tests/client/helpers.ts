import type { BillyLogger } from '../../server/src/billy';

export interface RecordedLog {
  level: keyof BillyLogger;
  msg: string;
}

/** A logger that keeps every line, to assert on retries and on the absence of the token. */
export function recordingLogger(): BillyLogger & { lines: RecordedLog[] } {
  const lines: RecordedLog[] = [];
  const at = (level: keyof BillyLogger) => (msg: string) => {
    lines.push({ level, msg });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Runs a promise expected to fail and returns what it threw. */
export async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Options that keep retries instant in tests; the rate limit is off so suites stay fast. */
export const fastRetries = { retryBaseDelayMs: 1, retryMaxDelayMs: 5_000, requestsPerSecond: 0 } as const;
