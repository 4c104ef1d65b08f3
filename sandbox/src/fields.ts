/** Reading record fields from request bodies: type checks, partial overlay, and collecting attribute errors. */
import { isIsoDate } from './dates';
import { RecordValidationError } from './errors';

export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };
export type Parser<T> = (value: unknown) => ParseResult<T>;
/** Which body fields a record accepts, and how each is checked. Fields not listed are read-only and ignored. */
export type FieldSpecs<R> = { [K in keyof R]?: Parser<R[K]> };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = (message: string): ParseResult<never> => ({ ok: false, message });
const nullable =
  <T>(parse: Parser<T>): Parser<T | null> =>
  (value) =>
    value === null ? ok(null) : parse(value);

export const text: Parser<string> = (value) => (typeof value === 'string' ? ok(value) : fail('must be a string'));
export const nullableText = nullable(text);
export const bool: Parser<boolean> = (value) => (typeof value === 'boolean' ? ok(value) : fail('must be true or false'));
export const amount: Parser<number> = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? ok(value) : fail('must be a number');
export const nullableAmount = nullable(amount);
export const integer: Parser<number> = (value) => (Number.isInteger(value) ? ok(value as number) : fail('must be an integer'));
export const nullableInteger = nullable(integer);
export const isoDate: Parser<string> = (value) =>
  typeof value === 'string' && isIsoDate(value) ? ok(value) : fail('must be a date (YYYY-MM-DD)');

export function oneOf<T extends string>(values: readonly T[]): Parser<T> {
  return (value) =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
      ? ok(value as T)
      : fail(`must be one of ${values.join(', ')}`);
}
export const nullableOneOf = <T extends string>(values: readonly T[]) => nullable(oneOf(values));

/** Attribute errors of one record; nested children report under prefixed names such as `lines[0].productId`. */
export class AttributeErrors {
  constructor(
    private readonly attributes: Record<string, string> = {},
    private readonly prefix = '',
  ) {}

  add(field: string, message: string): void {
    this.attributes[this.prefix + field] ??= message;
  }

  nested(prefix: string): AttributeErrors {
    return new AttributeErrors(this.attributes, this.prefix + prefix);
  }

  throwIfAny(recordName: string): void {
    const entries = Object.entries(this.attributes);
    if (entries.length === 0) return;
    const summary = entries.map(([field, message]) => `${field} ${message}`).join('; ');
    throw new RecordValidationError(recordName, `The ${recordName} could not be saved: ${summary}.`, { ...this.attributes });
  }
}

/** A copy of `base` with every accepted field present in `input` applied: a PUT is partial. */
export function overlay<R extends object>(base: R, input: JsonObject, specs: FieldSpecs<R>, errors: AttributeErrors): R {
  const next = { ...base };
  for (const field of Object.keys(specs) as Array<keyof R & string>) {
    if (!(field in input)) continue;
    const parse = specs[field] as Parser<R[typeof field]>;
    const result = parse(input[field]);
    if (result.ok) next[field] = result.value;
    else errors.add(field, result.message);
  }
  return next;
}

/** The child records of a nested save (`lines`, `prices`, `contactPersons`); undefined when the body leaves them out. */
export function childInputs(input: JsonObject, field: string, errors: AttributeErrors): JsonObject[] | undefined {
  if (!(field in input)) return undefined;
  const value = input[field];
  if (!Array.isArray(value) || !value.every(isJsonObject)) {
    errors.add(field, 'must be an array of objects');
    return [];
  }
  return value;
}
