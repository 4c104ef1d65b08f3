import { isFetchError } from '@strapi/strapi/admin';
import { MODULES, type FieldMappingPair, type ModuleName, type ValidationErrorBody } from '../../../../contracts';

export type PairPart = keyof FieldMappingPair;

/** The server's messages, placed where they belong: on a row's part, or on the module as a whole. */
export interface ModuleErrors {
  rows: Record<number, Partial<Record<PairPart, string>>>;
  module: string[];
}

export type MappingErrors = Partial<Record<ModuleName, ModuleErrors>>;

const PARTS: readonly string[] = ['strapiField', 'billyField', 'direction', 'transform'];

const append = (current: string | undefined, next: string) => (current ? `${current} ${next}` : next);

/**
 * Sorts a 400's `error.details.errors` by path: ['mapping','custom',<module>,<index>,<part>] goes on
 * that row and part; a path that stops at the module (a required Billy field nothing sends) or at the
 * row goes on the module or the row's first part.
 */
export const mappingErrorsFrom = (errors: Array<{ path: string[]; message: string }>): { byModule: MappingErrors; other: string[] } => {
  const byModule: MappingErrors = {};
  const other: string[] = [];
  for (const { path, message } of errors) {
    const [root, custom, module, index, part] = path;
    if (root !== 'mapping' || custom !== 'custom' || !MODULES.includes(module as ModuleName)) {
      other.push(path.length > 0 ? `${path.join('.')}: ${message}` : message);
      continue;
    }
    const entry = (byModule[module as ModuleName] ??= { rows: {}, module: [] });
    const row = Number(index);
    if (index === undefined || !Number.isInteger(row)) {
      entry.module.push(message);
      continue;
    }
    const key: PairPart = part && PARTS.includes(part) ? (part as PairPart) : 'strapiField';
    const cells = (entry.rows[row] ??= {});
    cells[key] = append(cells[key], message);
  }
  return { byModule, other };
};

/** The validation errors of a failed PUT /billy/settings, or null when it failed for another reason. */
export const validationErrorsOf = (error: unknown): Array<{ path: string[]; message: string }> | null => {
  if (!isFetchError(error)) return null;
  const body = error.response?.data as Partial<ValidationErrorBody> | undefined;
  const errors = body?.error?.details?.errors;
  return body?.error?.name === 'ValidationError' && Array.isArray(errors) ? errors : null;
};

export const errorCount = (errors: ModuleErrors | undefined) =>
  errors ? errors.module.length + Object.keys(errors.rows).length : 0;
