import { errors } from '@strapi/utils';
import type { z } from 'zod';

export interface FieldProblem {
  path: string[];
  message: string;
}

/** Strapi's ValidationError with one entry per bad field, so the admin can show each under its input. */
export const toValidationError = (problems: FieldProblem[]) =>
  new errors.ValidationError(
    problems.length === 1 ? `${problems[0]!.path.join('.')}: ${problems[0]!.message}` : `${problems.length} settings are invalid`,
    { errors: problems.map((problem) => ({ ...problem, name: 'ValidationError' })) }
  );

export const zodProblems = (error: z.ZodError): FieldProblem[] =>
  error.issues.flatMap((issue) => {
    // An unknown key is reported once per key, at its own path.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...issue.path.map(String), key], message: `unknown setting "${key}"` }));
    }
    return [{ path: issue.path.map(String), message: issue.message }];
  });
