/** Billy's error answers: `{ meta: { statusCode, success: false }, errorCode, errorMessage, helpUrl }` (billy-api.md §3.1). */

const HELP_URL = 'https://billysbilling.com/api';

export class BillyHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** INVALID_RECORD: answered with 400 or 422 depending on the validationStatus switch. */
export class RecordValidationError extends Error {
  constructor(
    /** Singular record name, the key of `validationErrors`. */
    readonly recordName: string,
    message: string,
    readonly attributes: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export function billyErrorBody(status: number, errorCode: string, errorMessage: string, extra: Record<string, unknown> = {}) {
  return { meta: { statusCode: status, success: false }, errorCode, errorMessage, helpUrl: HELP_URL, ...extra };
}

export function validationErrorBody(error: RecordValidationError, status: number) {
  const hasAttributes = Object.keys(error.attributes).length > 0;
  return billyErrorBody(status, 'INVALID_RECORD', error.message, {
    validationErrors: {
      [error.recordName]: hasAttributes ? { message: error.message, attributes: error.attributes } : { message: error.message },
    },
  });
}

export const authenticationRequired = () =>
  new BillyHttpError(401, 'AUTHENTICATION_REQUIRED', 'You must be authenticated: send your access token in the X-Access-Token header.');

export const invalidAccessToken = () =>
  new BillyHttpError(401, 'OAUTH_INVALID_ACCESS_TOKEN', 'The access token is invalid or has been revoked.');

export const unknownResource = (path: string) => new BillyHttpError(404, 'UNKNOWN_RESOURCE', `Unknown resource: ${path}`);

export const recordNotFound = (recordName: string, id: string) =>
  new BillyHttpError(404, 'RECORD_NOT_FOUND', `No \`${recordName}\` record with id \`${id}\` was found.`);

export const methodNotAllowed = (method: string, path: string) =>
  new BillyHttpError(405, 'METHOD_NOT_ALLOWED', `The method ${method} is not allowed on ${path}.`);

export const invalidRequestBody = (detail = 'Request body should consist of a JSON document with an object as root.') =>
  new BillyHttpError(400, 'INVALID_REQUEST_BODY', detail);

/** Bad query parameters. Billy's code for these is not documented; this one is the sandbox's choice. */
export const invalidRequest = (message: string) => new BillyHttpError(400, 'INVALID_REQUEST', message);

export const invalidDeleteIdArray = () =>
  new BillyHttpError(400, 'INVALID_DELETE_ID_ARRAY', 'Send the ids to delete as ids[]=<id>&ids[]=<id>.');
