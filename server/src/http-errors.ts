/**
 * Errors the plugin answers to a client with a status of their own. Deliberately not @strapi/utils'
 * classes: in an app where npm installed another copy of @strapi/utils beside Strapi's, Strapi's
 * error middleware fails its instanceof check and turns them into 500s. The plugin's own
 * middleware (middlewares/http-errors.ts) formats these in Strapi's error shape instead.
 */
export class PluginHttpError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 415 | 502,
    override readonly name: 'ValidationError' | 'ForbiddenError' | 'NotFoundError' | 'ConflictError' | 'ApplicationError' | 'UnsupportedMediaTypeError' | 'BillyUnavailableError',
    message: string,
    readonly details: Record<string, unknown> = {}
  ) {
    super(message);
  }
}

export interface FieldProblem {
  path: string[];
  /** English, for the API and the log */
  message: string;
  /** what the admin words the problem by (required, too_long…), with the values its text names */
  code?: string;
  values?: Record<string, string | number>;
}

/** A 400 with one entry per bad field, so the admin can show each under its input. */
export const validationError = (message: string, problems: FieldProblem[]) =>
  new PluginHttpError(400, 'ValidationError', message, { errors: problems.map((problem) => ({ ...problem, name: 'ValidationError' })) });

export const notFoundError = (message: string) => new PluginHttpError(404, 'NotFoundError', message);

/** A sound request the plugin cannot carry out now; `reason` says why in a word the admin can act on. */
export const applicationError = (message: string, reason: string) => new PluginHttpError(400, 'ApplicationError', message, { reason });

/** 409: another run holds the lease, or the same action is in flight. */
export const conflictError = (message: string, details: Record<string, unknown> = {}) => new PluginHttpError(409, 'ConflictError', message, details);

/** 502: Billy did not answer (or answered in a way that proves nothing); the request may be retried. */
export const billyUnavailableError = (message: string, details: Record<string, unknown> = {}) =>
  new PluginHttpError(502, 'BillyUnavailableError', message, details);

export const forbiddenError = (message: string) => new PluginHttpError(403, 'ForbiddenError', message);
