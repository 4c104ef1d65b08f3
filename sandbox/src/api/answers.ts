/** Bodies of successful API answers: one record, a page of records, or the records a write changed. */
import { viewOf, type AnyRecord } from '../data-view';
import { successMeta, pagingMeta } from '../envelopes';
import { recordNotFound } from '../errors';
import { RESOURCES_BY_PLURAL } from '../resources/registry';
import type { PresentContext, ResourceDefinition } from '../resources/resource';
import type { SandboxSwitches } from '../public-types';
import type { OrganizationTables, TableName } from '../store';
import type { ChangeSet } from '../transaction';
import { parseIncludes, RecordPresenter } from './include';
import { filterRecords, parsePaging, sortRecords, type Query } from './list-query';

export type ReadRequest = {
  /** Absent for token-less reads of public reference data. */
  tables: OrganizationTables | undefined;
  query: Query;
  switches: SandboxSwitches;
  presentContext: PresentContext;
  startedAt: number;
};

export function listAnswer(resource: ResourceDefinition, request: ReadRequest, pageUrl: (page: number) => string) {
  const { query } = request;
  const view = viewOf(request.tables);
  const paging = parsePaging(query);
  const presenter = new RecordPresenter(parseIncludes(query), view, request.presentContext);
  const matching = sortRecords(resource, filterRecords(resource, view.rows(resource.plural), query, { switches: request.switches, view }), query, view);
  const page = matching.slice((paging.page - 1) * paging.pageSize, paging.page * paging.pageSize);
  return {
    meta: successMeta(request.startedAt, { paging: pagingMeta(paging, matching.length, pageUrl) }),
    [resource.plural]: presenter.present(resource, page),
    ...presenter.sideloads(resource.plural),
  };
}

export function getAnswer(resource: ResourceDefinition, id: string, request: ReadRequest) {
  const view = viewOf(request.tables);
  const record = view.find(resource.plural, id);
  if (!record) throw recordNotFound(resource.singular, id);
  const presenter = new RecordPresenter(parseIncludes(request.query), view, request.presentContext);
  return { meta: successMeta(request.startedAt), [resource.singular]: presenter.present(resource, [record])[0], ...presenter.sideloads(resource.singular) };
}

/**
 * Every record the write changed, under plural keys; deleted ids under `meta.deletedRecords`.
 * `requestedDeletions` are reported even when they did not exist: DELETE is idempotent.
 */
export function writeAnswer(
  changes: ChangeSet,
  tables: OrganizationTables,
  presentContext: PresentContext,
  startedAt: number,
  requestedDeletions?: { table: TableName; ids: readonly string[] },
) {
  const presenter = new RecordPresenter([], viewOf(tables), presentContext);
  const saved: Record<string, AnyRecord[]> = {};
  for (const [table, records] of changes.saved) {
    const resource = RESOURCES_BY_PLURAL.get(table);
    if (resource) saved[table] = presenter.present(resource, records);
  }
  const deletedRecords: Record<string, string[]> = Object.fromEntries(changes.deleted);
  if (requestedDeletions) {
    const { table, ids } = requestedDeletions;
    deletedRecords[table] = [...new Set([...ids, ...(deletedRecords[table] ?? [])])];
  }
  const hasDeletions = Object.keys(deletedRecords).length > 0;
  return { meta: successMeta(startedAt, hasDeletions ? { deletedRecords } : {}), ...saved };
}
