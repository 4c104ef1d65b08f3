/** Checks shared by the writable resources. */
import { isTableName, type AnyRecord, type CollectionName } from '../data-view';
import type { AttributeErrors, JsonObject } from '../fields';
import { newRecordId } from '../ids';
import { REFERENCE } from '../reference-data';
import type { TableName } from '../store';
import type { Transaction } from '../transaction';

/** A new record's id: generated, except that seeds may bring their own. */
export function newIdFor(tx: Transaction, table: TableName, input: JsonObject, errors: AttributeErrors): string {
  if (!tx.trusted || typeof input.id !== 'string') return newRecordId();
  if (tx.get(table, input.id)) errors.add('id', 'is already taken');
  return input.id;
}

/** Seeds may backdate records; the API always stamps the current time. */
export function createdTimeFor(tx: Transaction, input: JsonObject): string {
  return tx.trusted && typeof input.createdTime === 'string' ? input.createdTime : tx.now;
}

export function exists(tx: Transaction, collection: CollectionName, id: string): boolean {
  return isTableName(collection) ? tx.get(collection, id) !== undefined : REFERENCE[collection].has(id);
}

/** Unknown ids anywhere make the record invalid. */
export function checkReference(
  tx: Transaction,
  errors: AttributeErrors,
  field: string,
  id: string | null,
  collection: CollectionName,
  required: boolean,
): void {
  if (id === null || id === '') {
    if (required) errors.add(field, 'is required');
  } else if (!exists(tx, collection, id)) {
    errors.add(field, `refers to an unknown record (${id})`);
  }
}

/** Official examples send organizationId in bodies; it must then be the token's organization. */
export function checkOrganizationId(tx: Transaction, input: JsonObject, errors: AttributeErrors): void {
  if ('organizationId' in input && input.organizationId !== tx.organization.id) {
    errors.add('organizationId', 'must be the id of the organization the access token belongs to');
  }
}

export function checkUnchanged<R extends AnyRecord>(before: R, after: R, fields: ReadonlyArray<keyof R & string>, errors: AttributeErrors): void {
  for (const field of fields) if (before[field] !== after[field]) errors.add(field, 'cannot be changed once the record is created');
}

export function requireText(errors: AttributeErrors, field: string, value: string | null): void {
  if (value === null || value.trim() === '') errors.add(field, 'is required');
}
