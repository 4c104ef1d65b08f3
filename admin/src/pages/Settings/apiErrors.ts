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

/** Turns what an adminApi call failed with (RTK Query's error: the answer's `error`) into a status, a message and per-field messages. */
export const toApiFailure = (error: unknown): ApiFailure => {
  if (typeof error === 'object' && error !== null && typeof (error as ApiErrorBody).message === 'string') {
    const body = error as ApiErrorBody;
    return { status: typeof body.status === 'number' ? body.status : null, message: body.message ?? '', fieldErrors: fieldErrorsOf(body) };
  }
  return { status: null, message: String(error), fieldErrors: {} };
};
