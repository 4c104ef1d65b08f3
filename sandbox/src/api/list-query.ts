/** Paging, sorting and filtering of list requests (billy-api.md §2.4–2.6). */
import type { AnyRecord, DataView } from '../data-view';
import { invalidRequest } from '../errors';
import type { FilterContext, ResourceDefinition } from '../resources/resource';

export type Query = Readonly<Record<string, string | string[] | undefined>>;
export type Paging = { page: number; pageSize: number };

/** pageSize defaults to, and may not exceed, 1000. */
const MAX_PAGE_SIZE = 1000;

export function queryValue(query: Query, name: string): string | undefined {
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

function positiveInteger(query: Query, name: string, fallback: number): number {
  const raw = queryValue(query, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw invalidRequest(`The ${name} parameter must be a positive integer.`);
  return Number(raw);
}

export function parsePaging(query: Query): Paging {
  const page = positiveInteger(query, 'page', 1);
  const pageSize = positiveInteger(query, 'pageSize', MAX_PAGE_SIZE);
  if (pageSize > MAX_PAGE_SIZE) throw invalidRequest(`The pageSize parameter may be at most ${MAX_PAGE_SIZE}.`);
  return { page, pageSize };
}

/** Lookups by a record's own key that the honoursKeyFilters switch can make Billy ignore. */
const KEY_FILTERS = ['contactNo', 'productNo', 'externalId'];

export function filterRecords(resource: ResourceDefinition, rows: readonly AnyRecord[], query: Query, context: FilterContext): AnyRecord[] {
  const required = resource.requiredFilter;
  if (required && !queryValue(query, required)) throw invalidRequest(`Listing ${resource.plural} requires the ${required} filter.`);
  const active = Object.entries(resource.filters).flatMap(([name, filter]) => {
    const value = queryValue(query, name);
    if (!context.switches.honoursKeyFilters && KEY_FILTERS.includes(name)) return [];
    return value === undefined ? [] : [{ filter, value }];
  });
  return rows.filter((record) => active.every(({ filter, value }) => filter(record, value, context)));
}

/** Reads `field`, or `relation.field` through a belongs-to relation (invoices sort by `contact.name`). */
function sortKeyReader(resource: ResourceDefinition, property: string, view: DataView): (record: AnyRecord) => unknown {
  const [relationName, field] = property.split('.');
  const relation = field === undefined ? undefined : resource.relations[relationName];
  if (!relation || relation.kind !== 'belongsTo' || field === undefined) return (record) => record[property];
  return (record) => view.find(relation.target, String(record[relation.foreignKey]))?.[field];
}

/** Nulls sort last in both directions; text compares the Danish way, with numbers in text compared as numbers. */
function compareValues(a: unknown, b: unknown, direction: 1 | -1): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'da', { numeric: true }) * direction;
  return (Number(a) - Number(b)) * direction;
}

/** Without sortProperty, records keep creation order. */
export function sortRecords(resource: ResourceDefinition, rows: readonly AnyRecord[], query: Query, view: DataView): AnyRecord[] {
  const property = queryValue(query, 'sortProperty');
  const direction = (queryValue(query, 'sortDirection') ?? 'ASC').toUpperCase();
  if (direction !== 'ASC' && direction !== 'DESC') throw invalidRequest('The sortDirection parameter must be ASC or DESC.');
  if (property === undefined) return [...rows];
  if (!resource.sortProperties.includes(property)) {
    throw invalidRequest(`${resource.plural} cannot be sorted by ${property}; use one of ${resource.sortProperties.join(', ')}.`);
  }
  const keyOf = sortKeyReader(resource, property, view);
  const sign = direction === 'DESC' ? -1 : 1;
  return [...rows].sort((a, b) => compareValues(keyOf(a), keyOf(b), sign));
}
