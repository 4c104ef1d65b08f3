import type { ListParams } from './types';

/** Billy's maximum and default page size. */
export const MAX_PAGE_SIZE = 1000;

export interface Paging {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/**
 * Streams a list page by page: memory stays at one page however large the books are.
 * Stops at pageCount (re-read from every page) or at the first empty page, so a list that shrinks
 * while we read it cannot loop forever.
 */
export async function* streamPages<T>(
  fetchPage: (params: ListParams) => Promise<{ records: T[]; paging: Paging }>,
  params: ListParams = {},
): AsyncGenerator<T[], void, undefined> {
  const pageSize = params.pageSize ?? MAX_PAGE_SIZE;
  let page = params.page ?? 1;
  for (;;) {
    const { records, paging } = await fetchPage({ ...params, page, pageSize });
    if (records.length === 0) return;
    yield records;
    if (page >= paging.pageCount) return;
    page += 1;
  }
}

export async function collectPages<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}
