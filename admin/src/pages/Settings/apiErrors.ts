import { isFetchError } from '@strapi/strapi/admin';
import type { ValidationErrorBody } from '../../../../contracts';

/** Field path (its segments joined by dots: `syncDirection`, `invoiceActions.emailTemplates.da.subject`) → the server's message for it. */
export type FieldErrors = Partial<Record<string, string>>;

export interface ApiFailure {
  status: number | null;
  message: string;
  /** Only for a 400 ValidationError: one message per bad field. */
  fieldErrors: FieldErrors;
  /**
   * The answer was not JSON. Strapi answers every route it has with JSON (errors included), so this
   * is Koa's plain-text 404 / 405 for a route that is not registered.
   */
  notJson: boolean;
}

const isValidationBody = (value: unknown): value is ValidationErrorBody => {
  const error = (value as Partial<ValidationErrorBody> | null)?.error;
  return error?.name === 'ValidationError' && Array.isArray(error.details?.errors);
};

/** Turns whatever useFetchClient threw into a status, a message and per-field messages. */
export const toApiFailure = (error: unknown): ApiFailure => {
  if (!isFetchError(error)) {
    const notJson = error instanceof Error && error.name === 'SyntaxError';
    return { status: null, message: error instanceof Error ? error.message : String(error), fieldErrors: {}, notJson };
  }
  const body = error.response?.data;
  const fieldErrors: FieldErrors = {};
  if (isValidationBody(body)) {
    for (const { path, message } of body.error.details.errors) {
      const field = path.join('.');
      fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]} ${message}` : message;
    }
  }
  return { status: error.status ?? null, message: body?.error?.message ?? error.message, fieldErrors, notJson: false };
};
