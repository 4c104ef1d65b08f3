import { isFetchError } from '@strapi/strapi/admin';

/** Field path (its segments joined by dots: `syncDirection`, `invoiceActions.emailTemplates.da.subject`) → the server's message for it. */
export type FieldErrors = Partial<Record<string, string>>;

export interface ApiFailure {
  status: number | null;
  message: string;
  /** Only for a 400 ValidationError: one message per bad field. */
  fieldErrors: FieldErrors;
}

/** The error part of a Strapi error answer, as RTK Query on the adminApi hands it over. */
interface ApiErrorBody {
  status?: number;
  name?: string;
  message?: string;
  details?: { errors?: Array<{ path?: string[]; message?: string }> };
}

const fieldErrorsOf = (error: ApiErrorBody | undefined): FieldErrors => {
  const fieldErrors: FieldErrors = {};
  if (error?.name !== 'ValidationError' || !Array.isArray(error.details?.errors)) return fieldErrors;
  for (const { path, message } of error.details.errors) {
    const field = (path ?? []).join('.');
    fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]} ${message ?? ''}` : (message ?? '');
  }
  return fieldErrors;
};

/** Turns what a call failed with (useFetchClient's FetchError or an RTK Query error) into a status, a message and per-field messages. */
export const toApiFailure = (error: unknown): ApiFailure => {
  if (isFetchError(error)) {
    const body = (error.response?.data as { error?: ApiErrorBody } | undefined)?.error;
    return { status: error.status ?? null, message: body?.message ?? error.message, fieldErrors: fieldErrorsOf(body) };
  }
  if (typeof error === 'object' && error !== null && typeof (error as ApiErrorBody).message === 'string') {
    const body = error as ApiErrorBody;
    return { status: typeof body.status === 'number' ? body.status : null, message: body.message ?? '', fieldErrors: fieldErrorsOf(body) };
  }
  return { status: null, message: String(error), fieldErrors: {} };
};
