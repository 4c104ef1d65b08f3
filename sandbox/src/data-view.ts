/** Uniform read access to an organization's records and the reference data, for listing, filtering and includes. */
import { REFERENCE, type ReferenceCollection } from './reference-data';
import { TABLE_NAMES, type OrganizationTables, type TableName } from './store';

export type CollectionName = TableName | ReferenceCollection;
export type AnyRecord = { readonly id: string; readonly [field: string]: unknown };

export interface DataView {
  rows(collection: CollectionName): readonly AnyRecord[];
  find(collection: CollectionName, id: string): AnyRecord | undefined;
}

export function isTableName(collection: CollectionName): collection is TableName {
  return (TABLE_NAMES as readonly string[]).includes(collection);
}

function referenceMap(collection: ReferenceCollection): ReadonlyMap<string, AnyRecord> {
  return REFERENCE[collection];
}

/** A view over stored tables; `tables` is absent for token-less requests, which only read reference data. */
export function viewOf(tables: OrganizationTables | undefined): DataView {
  const mapOf = (collection: CollectionName): ReadonlyMap<string, AnyRecord> => {
    if (!isTableName(collection)) return referenceMap(collection);
    return tables ? tables[collection] : new Map();
  };
  return {
    rows: (collection) => [...mapOf(collection).values()],
    find: (collection, id) => mapOf(collection).get(id),
  };
}
