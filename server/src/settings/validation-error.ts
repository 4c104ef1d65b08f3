import type { z } from 'zod';
import { validationError, type FieldProblem } from '../http-errors';

export type { FieldProblem };

/** The settings' 400: one entry per bad field. */
export const toValidationError = (problems: FieldProblem[]) => validationError(problems.length === 1 ? describeProblem(problems[0]!) : `${problems.length} settings are invalid`, problems);

/** "path: message", or the message alone for a problem of the whole body (no path). */
const describeProblem = ({ path, message }: FieldProblem) => (path.length > 0 ? `${path.join('.')}: ${message}` : message);

/** A zod issue's code for the admin: the settings schema names its own checks in `params.code`. */
const problemCode = (issue: z.core.$ZodIssue): Pick<FieldProblem, 'code' | 'values'> => {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? { code: 'required' } : { code: 'too_short', values: { minimum: Number(issue.minimum) } };
      return { code: 'too_small', values: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return { code: issue.origin === 'string' ? 'too_long' : issue.origin === 'array' ? 'too_many' : 'too_big', values: { maximum: Number(issue.maximum) } };
    case 'invalid_value':
      return { code: 'invalid_choice' };
    case 'custom': {
      const params = (issue.params ?? {}) as Pick<FieldProblem, 'code' | 'values'>;
      return typeof params.code === 'string' ? { code: params.code, ...(params.values ? { values: params.values } : {}) } : { code: 'invalid' };
    }
    default:
      return { code: 'invalid' };
  }
};

export const zodProblems = (error: z.ZodError): FieldProblem[] =>
  error.issues.flatMap((issue) => {
    // An unknown key is reported once per key, at its own path.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...issue.path.map(String), key], message: `unknown setting "${key}"`, code: 'unknown_setting', values: { key } }));
    }
    return [{ path: issue.path.map(String), message: issue.message, ...problemCode(issue) }];
  });
