import type { BillyLogger } from './options';

const REDACTED = '[redacted]';

/**
 * Removes the token from text that came from elsewhere (Billy's answers, Node's error messages).
 * The client never puts the token into text itself; this is the second lock on that door.
 */
export function createRedactor(token: string): <T>(value: T) => T {
  const redactString = (text: string) => (text.includes(token) ? text.split(token).join(REDACTED) : text);
  const redact = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return redactString(value);
    if (depth > 8 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [redactString(key), redact(item, depth + 1)]));
  };
  return <T>(value: T) => redact(value, 0) as T;
}

/** Wraps the caller's logger so no line can carry the token, whatever ends up in it. */
export function createSafeLogger(logger: BillyLogger, redact: <T>(value: T) => T): BillyLogger {
  return {
    debug: (msg) => logger.debug(redact(msg)),
    info: (msg) => logger.info(redact(msg)),
    warn: (msg) => logger.warn(redact(msg)),
    error: (msg) => logger.error(redact(msg)),
  };
}
