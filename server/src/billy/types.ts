import type { Paging } from './paging';

/** Retry a write after 429/5xx/network failures only when the caller knows repeating it is harmless. */
export interface WriteOptions {
  idempotent?: boolean;
}

/** Query of a list call: Billy's filters (contactNo, contactId, state, minEntryDate, q, …) plus paging and sorting. */
export interface ListParams {
  [filter: string]: string | number | boolean | undefined;
  /** e.g. "contact.contactPersons:embed" */
  include?: string;
  sortProperty?: string;
  sortDirection?: 'ASC' | 'DESC';
  page?: number;
  /** at most 1000 */
  pageSize?: number;
}

export interface ListResult<TRecord> {
  records: TRecord[];
  paging: Paging;
  /** records of other types sent along by include=…:sideload, by plural key */
  sideloaded: Record<string, unknown[]>;
}

export interface WriteResult<TRecord> {
  /** the record that was created or updated, as Billy saved it */
  record: TRecord;
  /** every record the write changed, by plural key (e.g. invoices + invoiceLines) */
  changed: Record<string, unknown[]>;
}

export interface ResourceClient<TRecord, TInput> {
  list(params?: ListParams): Promise<ListResult<TRecord>>;
  /** pageSize 1000 unless given; page after page until pageCount. Empty pages are not yielded. */
  iteratePages(params?: ListParams): AsyncIterable<TRecord[]>;
  /** null when Billy answers 404 RECORD_NOT_FOUND */
  get(id: string, params?: { include?: string }): Promise<TRecord | null>;
  create(input: TInput, opts?: WriteOptions): Promise<WriteResult<TRecord>>;
  /** a partial update: fields left out stay as they are (has-many arrays sent replace all children) */
  update(id: string, patch: Partial<TInput>, opts?: WriteOptions): Promise<WriteResult<TRecord>>;
  /** DELETE is idempotent in Billy, so it is always retried; an id that is already gone is fine */
  remove(id: string, opts?: WriteOptions): Promise<void>;
}
