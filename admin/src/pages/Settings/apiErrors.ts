import type { FieldProblem } from './problemWording';

/** Field path (its segments joined by dots: `syncDirection`, `invoiceActions.emailTemplates.da.subject`) → the server's message for it. */
export type FieldErrors = Partial<Record<string, string>>;

export interface ApiFailure {
  status: number | null;
  message: string;
  /** Only for a 400 ValidationError: one message per bad field. */
  fieldErrors: FieldErrors;
}

/** A field problem in the admin's words; by default the server's message. */
export type WordProblem = (problem: FieldProblem) => string;

const serverMessage: WordProblem = (problem) => problem.message ?? '';

/** The error part of a Strapi error answer, as RTK Query on the adminApi hands it over. */
interface ApiErrorBody {
  status?: number;
  name?: string;
  message?: string;
  details?: { errors?: FieldProblem[] };
}

const fieldErrorsOf = (error: ApiErrorBody | undefined, word: WordProblem): FieldErrors => {
  const fieldErrors: FieldErrors = {};
  if (error?.name !== 'ValidationError' || !Array.isArray(error.details?.errors)) return fieldErrors;
  for (const problem of error.details.errors) {
    const field = (problem.path ?? []).join('.');
    const text = word(problem);
    fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]} ${text}` : text;
  }
  return fieldErrors;
};

/**
 * Turns what an adminApi call failed with (RTK Query's error: the answer's `error`) into a status,
 * a message and per-field messages (worded by `word`).
 */
export const toApiFailure = (error: unknown, word: WordProblem = serverMessage): ApiFailure => {
  if (typeof error === 'object' && error !== null && typeof (error as ApiErrorBody).message === 'string') {
    const body = error as ApiErrorBody;
    return { status: typeof body.status === 'number' ? body.status : null, message: body.message ?? '', fieldErrors: fieldErrorsOf(body, word) };
  }
  return { status: null, message: String(error), fieldErrors: {} };
};
