import type { z } from 'zod';
import { BillyError } from './errors';
import { readList, readSingle, readWrite } from './envelope';
import type { BillyHttp } from './http';
import { streamPages } from './paging';
import type { ListParams, ListResult, ResourceClient } from './types';

/** How one Billy resource is named on the wire. */
export interface ResourceSpec<TRecord> {
  /** root key of one record and of request bodies: "contact" */
  singular: string;
  /** path segment and root key of lists and write answers: "contacts" */
  plural: string;
  /** for messages a user reads: "contact person" */
  noun: string;
  schema: z.ZodType<TRecord>;
}

function requireId(id: string, noun: string): string {
  if (typeof id !== 'string' || !id.trim()) {
    // An empty id would turn GET /contacts/:id into a list call, or DELETE into nonsense.
    throw new BillyError({ reason: 'validation', retryable: false, message: `A Billy ${noun} id is required, got "${String(id)}".` });
  }
  return encodeURIComponent(id);
}

const isRecordGone = (error: unknown) => error instanceof BillyError && error.status === 404 && error.errorCode === 'RECORD_NOT_FOUND';

/** list/get/iterate for any resource, including read-only reference data. */
export function createListReader<TRecord>(http: BillyHttp, spec: ResourceSpec<TRecord>) {
  const path = `/${spec.plural}`;
  async function list(params: ListParams = {}): Promise<ListResult<TRecord>> {
    const body = await http.send({ method: 'GET', path, params, retry: true, subject: spec.noun });
    return readList(body, spec.plural, spec.schema, params, { method: 'GET', path });
  }
  return { list, iteratePages: (params?: ListParams) => streamPages(list, params) };
}

export function createResourceClient<TRecord, TInput>(http: BillyHttp, spec: ResourceSpec<TRecord>): ResourceClient<TRecord, TInput> {
  const { list, iteratePages } = createListReader(http, spec);
  const collection = `/${spec.plural}`;
  const member = (id: string) => `${collection}/${requireId(id, spec.noun)}`;

  return {
    list,
    iteratePages,

    async get(id, params) {
      const path = member(id);
      try {
        const body = await http.send({ method: 'GET', path, params: { include: params?.include }, retry: true, subject: spec.noun });
        return readSingle(body, spec.singular, spec.schema, { method: 'GET', path });
      } catch (error) {
        if (isRecordGone(error)) return null;
        throw error;
      }
    },

    async create(input, opts) {
      const body = await http.send({
        method: 'POST',
        path: collection,
        body: { [spec.singular]: input },
        retry: opts?.idempotent === true,
        subject: spec.noun,
      });
      return readWrite(body, spec.plural, spec.schema, { method: 'POST', path: collection });
    },

    async update(id, patch, opts) {
      const path = member(id);
      const body = await http.send({
        method: 'PUT',
        path,
        body: { [spec.singular]: patch },
        retry: opts?.idempotent === true,
        subject: spec.noun,
      });
      return readWrite(body, spec.plural, spec.schema, { method: 'PUT', path }, id);
    },

    async remove(id) {
      // Idempotent in Billy (200 for an unknown id), so always safe to retry; WriteOptions are accepted
      // for symmetry with the other writes. A 404 RECORD_NOT_FOUND means the goal is reached.
      const path = member(id);
      try {
        await http.send({ method: 'DELETE', path, retry: true, subject: spec.noun });
      } catch (error) {
        if (!isRecordGone(error)) throw error;
      }
    },
  };
}
