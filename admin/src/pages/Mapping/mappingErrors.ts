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

/**
 * The validation errors of a failed PUT /billy/settings as RTK Query on the adminApi hands them over
 * (the answer's `error`), or null when it failed for another reason.
 */
export const validationErrorsOf = (error: unknown): Array<{ path: string[]; message: string }> | null => {
  const body = error as Partial<ValidationErrorBody['error']> | null | undefined;
  const errors = body?.details?.errors;
  return body?.name === 'ValidationError' && Array.isArray(errors) ? errors : null;
};

/** The errors without a module's: its rows were reset or renumbered, so they no longer point at the right row. */
export const withoutModuleErrors = (errors: MappingErrors, module: ModuleName): MappingErrors => {
  const { [module]: _dropped, ...rest } = errors;
  return rest;
};

/** The errors without one row's: the user changed that row, so they were about a value now replaced. */
export const withoutRowErrors = (errors: MappingErrors, module: ModuleName, index: number): MappingErrors => {
  const entry = errors[module];
  if (!entry?.rows[index]) return errors;
  const { [index]: _dropped, ...rows } = entry.rows;
  return { ...errors, [module]: { ...entry, rows } };
};

export const errorCount = (errors: ModuleErrors | undefined) =>
  errors ? errors.module.length + Object.keys(errors.rows).length : 0;
