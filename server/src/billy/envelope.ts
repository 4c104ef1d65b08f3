import type { z } from 'zod';
import { BillyError } from './errors';
import { isRecord } from './json-body';
import type { Paging } from './paging';
import { billyPagingSchema } from './schemas';
import type { ListParams, ListResult, WriteResult } from './types';

/** Which request produced the body, for the message of a response we cannot use. */
export interface ResponseContext {
  method: string;
  path: string;
}

function unexpected(ctx: ResponseContext, detail: string): BillyError {
  return new BillyError({
    reason: 'billy',
    retryable: false,
    method: ctx.method,
    path: ctx.path,
    message: `Billy answered ${ctx.method} ${ctx.path} with data the plugin did not expect (${detail}). Try again later, and report it if it persists.`,
  });
}

function describeIssues(error: z.ZodError, prefix: string): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${[prefix, ...issue.path.map(String)].join('.')}: ${issue.message}`)
    .join('; ');
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, where: string, ctx: ResponseContext): T {
  const result = schema.safeParse(value);
  if (!result.success) throw unexpected(ctx, describeIssues(result.error, where));
  return result.data;
}

function bodyObject(body: unknown, ctx: ResponseContext): Record<string, unknown> {
  if (!isRecord(body)) throw unexpected(ctx, 'the answer is not a JSON object');
  return body;
}

/** Every array under a plural root key; meta and single objects are left out. */
function arraysByKey(body: Record<string, unknown>, skip?: string): Record<string, unknown[]> {
  const arrays: Record<string, unknown[]> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key !== 'meta' && key !== skip && Array.isArray(value)) arrays[key] = value;
  }
  return arrays;
}

/** `{ "contact": {...} }` → the validated contact. */
export function readSingle<T>(body: unknown, key: string, schema: z.ZodType<T>, ctx: ResponseContext): T {
  const object = bodyObject(body, ctx);
  if (!isRecord(object[key])) throw unexpected(ctx, `no "${key}" object in the answer`);
  return parseWith(schema, object[key], key, ctx);
}

function readPaging(meta: unknown, count: number, params: ListParams, ctx: ResponseContext): Paging {
  const raw = isRecord(meta) ? meta.paging : undefined;
  if (raw === undefined || raw === null) {
    // Fixtures show paging on every list; without it, treat the answer as the only page.
    return { page: params.page ?? 1, pageSize: params.pageSize ?? count, pageCount: 1, total: count };
  }
  const paging = parseWith(billyPagingSchema, raw, 'meta.paging', ctx);
  return {
    page: paging.page,
    pageSize: paging.pageSize ?? params.pageSize ?? count,
    pageCount: paging.pageCount,
    total: paging.total ?? count,
  };
}

/** `{ "contacts": [...], "meta": { "paging": {...} }, "<sideloaded>": [...] }` */
export function readList<T>(body: unknown, key: string, schema: z.ZodType<T>, params: ListParams, ctx: ResponseContext): ListResult<T> {
  const object = bodyObject(body, ctx);
  const raw = object[key];
  if (!Array.isArray(raw)) throw unexpected(ctx, `no "${key}" list in the answer`);
  const records = raw.map((item, index) => parseWith(schema, item, `${key}.${index}`, ctx));
  return { records, paging: readPaging(object.meta, records.length, params, ctx), sideloaded: arraysByKey(object, key) };
}

/**
 * A write answers with every record it changed under plural keys (`{ "invoices": [...], "invoiceLines": [...] }`).
 * The saved record is the one with `id` when given (update), else the first under `key` (create).
 */
export function readWrite<T>(body: unknown, key: string, schema: z.ZodType<T>, ctx: ResponseContext, id?: string): WriteResult<T> {
  const object = bodyObject(body, ctx);
  const changed = arraysByKey(object);
  const candidates = changed[key] ?? [];
  const raw = (id !== undefined ? candidates.find((item) => isRecord(item) && item.id === id) : undefined) ?? candidates[0];
  if (raw === undefined) throw unexpected(ctx, `the saved record is missing under "${key}"`);
  const index = candidates.indexOf(raw);
  return { record: parseWith(schema, raw, `${key}.${index}`, ctx), changed };
}
