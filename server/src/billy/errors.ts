export type BillyErrorReason = 'auth' | 'validation' | 'rate_limit' | 'not_found' | 'conflict' | 'network' | 'billy';

export interface BillyErrorInit {
  reason: BillyErrorReason;
  /** A sentence a user can act on. Never contains the token. */
  message: string;
  retryable: boolean;
  status?: number;
  errorCode?: string;
  validationErrors?: unknown;
  retryAfterMs?: number;
  outcomeUnknown?: boolean;
  method?: string;
  path?: string;
}

/**
 * The only error the Billy client throws. It deliberately carries plain data only — never the
 * axios error, its config or headers — so logging, JSON.stringify or inspect can't leak the token.
 */
export class BillyError extends Error {
  override readonly name = 'BillyError';
  readonly reason: BillyErrorReason;
  // Optional fields are `declare`d (not initialised) so absent ones stay absent from inspect and logs.
  /** HTTP status, when Billy answered */
  declare readonly status?: number;
  /** Billy's errorCode, e.g. INVALID_RECORD, RECORD_NOT_FOUND */
  declare readonly errorCode?: string;
  /** Billy's validationErrors as sent (keyed by record name or _clientId) */
  declare readonly validationErrors?: unknown;
  /** Whether the same request could succeed later (429, 5xx, network). */
  readonly retryable: boolean;
  /** How long Billy asked us to wait (Retry-After), when it said so. */
  declare readonly retryAfterMs?: number;
  /**
   * A write failed without a trustworthy answer (connection lost, timeout, 5xx): Billy may or may not
   * have applied it. Look the record up by its stable key before trying again.
   */
  readonly outcomeUnknown: boolean;
  declare readonly method?: string;
  /** Path below the API URL, without the query */
  declare readonly path?: string;

  constructor(init: BillyErrorInit) {
    super(init.message);
    this.reason = init.reason;
    this.retryable = init.retryable;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
    if (init.status !== undefined) this.status = init.status;
    if (init.errorCode !== undefined) this.errorCode = init.errorCode;
    if (init.validationErrors !== undefined) this.validationErrors = init.validationErrors;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.method !== undefined) this.method = init.method;
    if (init.path !== undefined) this.path = init.path;
  }

  /** JSON.stringify(error) would otherwise drop the message. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      reason: this.reason,
      status: this.status,
      errorCode: this.errorCode,
      validationErrors: this.validationErrors,
      retryable: this.retryable,
      retryAfterMs: this.retryAfterMs,
      outcomeUnknown: this.outcomeUnknown,
      method: this.method,
      path: this.path,
    };
  }
}

export function isBillyError(value: unknown): value is BillyError {
  return value instanceof BillyError;
}
