/** The /v2 API: authenticates, routes to the resource, and maps HTTP methods to reads and writes. */
import { authenticate } from '../auth';
import { successMeta } from '../envelopes';
import { invalidDeleteIdArray, methodNotAllowed, RecordValidationError, recordNotFound, unknownResource } from '../errors';
import type { Exchange, Handler } from '../exchange';
import type { AnyRecord } from '../data-view';
import type { JsonObject } from '../fields';
import type { ResourceDefinition, ResourceWriter } from '../resources/resource';
import type { SandboxRuntime } from '../runtime';
import type { OrganizationEntry } from '../store';
import { getAnswer, listAnswer, writeAnswer, type ReadRequest } from './answers';
import type { Query } from './list-query';
import { readJsonObject, rootRecord } from './request-body';
import { matchRoute } from './routes';
import { webAppAddress } from '../control/web-app';
import { sendInvoiceEmail } from '../resources/invoice-emails';

type WriteRequest = { rt: SandboxRuntime; entry: OrganizationEntry; resource: ResourceDefinition; writer: ResourceWriter<AnyRecord>; startedAt: number };

/** Bulk delete as Billy's web app sends it: `DELETE /v2/<plural>?ids[]=a&ids[]=b` (billy-api.md §2.1). */
function idsToDelete(query: Query): string[] {
  const raw = query['ids[]'] ?? query.ids;
  const ids = (Array.isArray(raw) ? raw : [raw]).filter((id): id is string => typeof id === 'string' && id !== '');
  if (ids.length === 0) throw invalidDeleteIdArray();
  return ids;
}

function readAnswer(exchange: Exchange, rt: SandboxRuntime, entry: OrganizationEntry | undefined, resource: ResourceDefinition, id: string | undefined, startedAt: number) {
  const request: ReadRequest = { tables: entry?.tables, query: exchange.query, switches: rt.switches, presentContext: rt.presentContext(), startedAt };
  if (id !== undefined) return getAnswer(resource, id, request);
  return listAnswer(resource, request, (page) => {
    const params = new URLSearchParams(exchange.querystring);
    params.set('page', String(page));
    return `${rt.origin}${exchange.path}?${params.toString()}`;
  });
}

function create({ rt, entry, writer, startedAt }: WriteRequest, input: JsonObject) {
  const tx = rt.transaction(entry);
  writer.create(tx, input);
  return writeAnswer(rt.commit(tx), entry.tables, rt.presentContext(), startedAt);
}

function update({ rt, entry, resource, writer, startedAt }: WriteRequest, id: string, input: JsonObject) {
  if ('id' in input && input.id !== id) {
    throw new RecordValidationError(resource.singular, `The ${resource.singular} could not be saved: id must match the id in the URL.`, {
      id: 'must match the id in the URL',
    });
  }
  const tx = rt.transaction(entry);
  const existing = tx.get(writer.table, id);
  if (!existing) throw recordNotFound(resource.singular, id);
  writer.update(tx, existing, input);
  return writeAnswer(rt.commit(tx), entry.tables, rt.presentContext(), startedAt);
}

/** Idempotent: ids that do not exist are reported as deleted too. */
function remove({ rt, entry, writer, startedAt }: WriteRequest, ids: string[]) {
  const tx = rt.transaction(entry);
  for (const id of ids) {
    const existing = tx.get(writer.table, id);
    if (existing) writer.remove(tx, existing);
  }
  return writeAnswer(rt.commit(tx), entry.tables, rt.presentContext(), startedAt, { table: writer.table, ids });
}

async function resourceAnswer(exchange: Exchange, rt: SandboxRuntime, entry: OrganizationEntry | undefined, resource: ResourceDefinition, id: string | undefined, startedAt: number) {
  if (exchange.method === 'GET') return readAnswer(exchange, rt, entry, resource, id, startedAt);
  const writer = resource.writer;
  if (!writer || !entry) throw methodNotAllowed(exchange.method, exchange.path);
  const request: WriteRequest = { rt, entry, resource, writer, startedAt };
  // Bodies are read before a transaction starts, so each transaction runs without interleaving.
  const body = () => readJsonObject(exchange.request).then((json) => rootRecord(json, resource.singular));
  if (exchange.method === 'POST' && id === undefined) return create(request, await body());
  if (exchange.method === 'PUT' && id !== undefined) return update(request, id, await body());
  if (exchange.method === 'DELETE') return remove(request, id === undefined ? idsToDelete(exchange.query) : [id]);
  throw methodNotAllowed(exchange.method, exchange.path);
}

export function apiDispatch(rt: SandboxRuntime): Handler {
  return async (exchange) => {
    const startedAt = performance.now();
    const route = matchRoute(exchange.path);
    // Public reference data may be read without a token; writing it then answers 405, as Billy does.
    const allowAnonymous = route?.kind === 'resource' && route.resource.isPublic === true;
    const entry = authenticate(rt.store, exchange.header('X-Access-Token'), allowAnonymous);
    if (!route) throw unknownResource(exchange.path);
    if (route.kind === 'resource') {
      exchange.answer(200, await resourceAnswer(exchange, rt, entry, route.resource, route.id, startedAt));
    } else if (route.kind === 'invoiceEmails') {
      if (exchange.method !== 'POST' || !entry) throw methodNotAllowed(exchange.method, exchange.path);
      const input = rootRecord(await readJsonObject(exchange.request), 'email');
      const tx = rt.transaction(entry);
      sendInvoiceEmail(tx, route.invoiceId, input);
      exchange.answer(200, writeAnswer(rt.commit(tx), entry.tables, rt.presentContext(), startedAt));
    } else if (exchange.method === 'GET' && entry) {
      exchange.answer(200, { meta: successMeta(startedAt), organization: { ...entry.organization, url: webAppAddress(rt, entry.organization.id) } });
    } else {
      throw methodNotAllowed(exchange.method, exchange.path);
    }
  };
}
