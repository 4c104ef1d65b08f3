import { isAxiosError, type AxiosError } from 'axios';
import { BillyError } from './errors';
import { isRecord, parseBillyBody } from './json-body';
import { isTimeout, retryAfterOf } from './retry-policy';

/** What the client was doing when it failed; used for messages only (no headers, no token). */
export interface RequestContext {
  method: string;
  path: string;
  /** e.g. "contact", for "Billy rejected the contact: …" */
  subject: string;
  /** the API host, for "could not be reached" messages */
  host: string;
  timeoutMs: number;
}

interface BillyErrorBody {
  errorCode?: string;
  errorMessage?: string;
  validationErrors?: unknown;
}

function readErrorBody(raw: unknown): BillyErrorBody {
  const body = parseBillyBody(raw);
  if (!isRecord(body)) return {};
  return {
    errorCode: typeof body.errorCode === 'string' ? body.errorCode : undefined,
    errorMessage: typeof body.errorMessage === 'string' ? body.errorMessage.trim() : undefined,
    validationErrors: body.validationErrors ?? undefined,
  };
}

/**
 * The first human message inside validationErrors. Billy keys them by record name or _clientId:
 * { invoice: { message, attributes: { contactId: "…" } } } (billy-api.md §3.1).
 */
export function firstValidationMessage(validationErrors: unknown): string | undefined {
  if (!isRecord(validationErrors)) return typeof validationErrors === 'string' ? validationErrors : undefined;
  for (const entry of Object.values(validationErrors)) {
    if (typeof entry === 'string' && entry.trim()) return entry.trim();
    if (!isRecord(entry)) continue;
    const attributes = isRecord(entry.attributes) ? Object.entries(entry.attributes) : [];
    const attribute = attributes.find(([, text]) => typeof text === 'string' && text.trim());
    const attributeText = attribute ? `${attribute[0]}: ${String(attribute[1]).trim()}` : undefined;
    const message = typeof entry.message === 'string' && entry.message.trim() ? entry.message.trim() : undefined;
    if (message && attributeText && !message.includes(String(attribute?.[1]).trim())) return `${stripStop(message)} (${attributeText})`;
    if (message ?? attributeText) return message ?? attributeText;
  }
  return undefined;
}

const stripStop = (text: string) => text.replace(/[.\s]+$/, '');
const sentence = (...parts: Array<string | undefined>) =>
  parts
    .filter((part): part is string => !!part)
    .map(stripStop)
    .join(' — ') + '.';

function fromResponse(error: AxiosError, ctx: RequestContext, isWrite: boolean): BillyError {
  const status = error.response!.status;
  const { errorCode, errorMessage, validationErrors } = readErrorBody(error.response!.data);
  const where = `${ctx.method} ${ctx.path}`;
  const base = { status, errorCode, validationErrors, method: ctx.method, path: ctx.path };

  if (status === 401 || status === 403) {
    const detail = status === 403 ? ' (the token may lack access to this part of Billy, or the plan may not include it)' : '';
    return new BillyError({
      ...base,
      reason: 'auth',
      retryable: false,
      message: `Billy refused the access token${detail}: check it in Settings › Billy.`,
    });
  }
  if (status === 422 || (status === 400 && errorCode === 'INVALID_RECORD')) {
    const first = firstValidationMessage(validationErrors);
    const detail = first && errorMessage && errorMessage.includes(stripStop(first)) ? undefined : first;
    return new BillyError({
      ...base,
      reason: 'validation',
      retryable: false,
      message: sentence(`Billy rejected the ${ctx.subject}: ${errorMessage ?? 'the record is not valid'}`, detail) + ' Correct the record and sync again.',
    });
  }
  if (status === 400) {
    return new BillyError({
      ...base,
      reason: 'validation',
      retryable: false,
      message: sentence(`The plugin sent Billy a request it could not accept (${where}, ${errorCode ?? 'HTTP 400'})`, errorMessage) + ' This is a bug in the plugin: please report it.',
    });
  }
  if (status === 404) {
    const missing = errorCode === 'RECORD_NOT_FOUND' ? `The ${ctx.subject} no longer exists in Billy` : `Billy does not know ${where}`;
    return new BillyError({ ...base, reason: 'not_found', retryable: false, message: sentence(missing, errorMessage) });
  }
  if (status === 409) {
    return new BillyError({
      ...base,
      reason: 'conflict',
      retryable: false,
      message: sentence(`Billy refused to save the ${ctx.subject} because it conflicts with its current state`, errorMessage) + ' Sync again to fetch the latest version.',
    });
  }
  if (status === 429) {
    const retryAfterMs = retryAfterOf(error);
    const when = retryAfterMs !== undefined ? `in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s` : 'in a minute';
    return new BillyError({
      ...base,
      reason: 'rate_limit',
      retryable: true,
      retryAfterMs,
      message: `Billy is limiting how fast the plugin may send requests: try again ${when}.`,
    });
  }
  if (status >= 500) {
    return new BillyError({
      ...base,
      reason: 'billy',
      retryable: true,
      retryAfterMs: retryAfterOf(error),
      outcomeUnknown: isWrite,
      message: sentence(`Billy had a problem answering ${where} (HTTP ${status})`, errorMessage) + ' Try again later.',
    });
  }
  // 405 METHOD_NOT_ALLOWED, 3xx (redirects are not followed: they would carry the token elsewhere), other 4xx.
  return new BillyError({
    ...base,
    reason: 'billy',
    retryable: false,
    message: sentence(`Billy does not accept ${where} (HTTP ${status}${errorCode ? `, ${errorCode}` : ''})`, errorMessage) + ' This is a bug in the plugin: please report it.',
  });
}

function fromNoResponse(error: AxiosError, ctx: RequestContext, isWrite: boolean): BillyError {
  const code = error.code;
  let why: string;
  if (isTimeout(error)) why = `no answer within ${ctx.timeoutMs < 1000 ? `${ctx.timeoutMs} ms` : `${Math.round(ctx.timeoutMs / 1000)} s`}`;
  else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') why = `the address ${ctx.host} could not be looked up`;
  else if (code === 'ECONNREFUSED') why = `${ctx.host} refused the connection`;
  else if (code === 'ECONNRESET' || code === 'EPIPE') why = 'the connection was cut';
  else why = code ? `network error ${code}` : 'network error';
  const unknown = isWrite ? ' The change may or may not have been saved in Billy.' : '';
  return new BillyError({
    reason: 'network',
    retryable: true,
    outcomeUnknown: isWrite,
    errorCode: code,
    method: ctx.method,
    path: ctx.path,
    message: `Billy could not be reached (${why}): check the server's internet connection and the API URL in Settings › Billy, then try again.${unknown}`,
  });
}

/**
 * Turns whatever axios threw into a BillyError built from plain values only. The axios error is
 * dropped here on purpose: its config.headers hold the access token.
 */
export function toBillyError(error: unknown, ctx: RequestContext): BillyError {
  if (error instanceof BillyError) return error;
  const isWrite = ctx.method !== 'GET' && ctx.method !== 'DELETE';
  if (isAxiosError(error)) return error.response ? fromResponse(error, ctx, isWrite) : fromNoResponse(error, ctx, isWrite);
  return new BillyError({
    reason: 'billy',
    retryable: false,
    method: ctx.method,
    path: ctx.path,
    message: `The Billy client failed unexpectedly on ${ctx.method} ${ctx.path}: ${error instanceof Error ? error.message : String(error)}`,
  });
}
