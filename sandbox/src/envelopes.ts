/** Billy's success envelopes: `meta: { statusCode, success, [paging], time }` (billy-api.md §0.1). */
import type { Paging } from './api/list-query';

/** Seconds spent handling the request, as Billy reports it. */
function secondsSince(startedAt: number): number {
  return Number(((performance.now() - startedAt) / 1000).toFixed(6));
}

export function successMeta(startedAt: number, extra: Record<string, unknown> = {}) {
  return { statusCode: 200, success: true, ...extra, time: secondsSince(startedAt) };
}

/** Captured responses show only page, pageSize, pageCount and total when everything fits on one page. */
export function pagingMeta(paging: Paging, total: number, pageUrl: (page: number) => string) {
  const { page, pageSize } = paging;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const links =
    pageCount > 1
      ? {
          firstUrl: pageUrl(1),
          ...(page > 1 ? { previousUrl: pageUrl(Math.min(page - 1, pageCount)) } : {}),
          ...(page < pageCount ? { nextUrl: pageUrl(page + 1) } : {}),
          lastUrl: pageUrl(pageCount),
        }
      : {};
  return { page, pageCount, pageSize, total, ...links };
}
