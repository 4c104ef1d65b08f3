import type { z } from 'zod';
import { validationError, type FieldProblem } from '../http-errors';

export type { FieldProblem };

/** The settings' 400: one entry per bad field. */
export const toValidationError = (problems: FieldProblem[]) => validationError(problems.length === 1 ? describeProblem(problems[0]!) : `${problems.length} settings are invalid`, problems);

/** "path: message", or the message alone for a problem of the whole body (no path). */
const describeProblem = ({ path, message }: FieldProblem) => (path.length > 0 ? `${path.join('.')}: ${message}` : message);

export const zodProblems = (error: z.ZodError): FieldProblem[] =>
  error.issues.flatMap((issue) => {
    // An unknown key is reported once per key, at its own path.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...issue.path.map(String), key], message: `unknown setting "${key}"` }));
    }
    return [{ path: issue.path.map(String), message: issue.message }];
  });
