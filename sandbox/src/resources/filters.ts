/** Building blocks for list filters (`?contactNo=…`, `?isArchived=true`, `?q=…`). */
import type { AnyRecord } from '../data-view';
import { invalidRequest } from '../errors';
import type { RecordFilter } from './resource';

export const equalsFilter =
  (field: string): RecordFilter =>
  (record, value) =>
    record[field] !== null && record[field] !== undefined && String(record[field]) === value;

export function parseBooleanParameter(name: string, value: string): boolean {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw invalidRequest(`The ${name} parameter must be true or false.`);
}

export const booleanFilter =
  (field: string): RecordFilter =>
  (record, value) =>
    record[field] === parseBooleanParameter(field, value);

export function containsText(record: AnyRecord, fields: readonly string[], query: string): boolean {
  const needle = query.toLocaleLowerCase('da');
  return fields.some((field) => typeof record[field] === 'string' && (record[field] as string).toLocaleLowerCase('da').includes(needle));
}

export const searchFilter =
  (fields: readonly string[]): RecordFilter =>
  (record, value) =>
    containsText(record, fields, value);
