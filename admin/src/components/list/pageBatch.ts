import { useEffect, useSyncExternalStore } from 'react';

/**
 * Gathers the documentIds of the list view rows on screen, per content type, so their cells ask
 * the server once per page instead of once per row: every cell of a page gets the same batch (the
 * same RTK Query cache key). A batch is formed once the page's rows have mounted; a row not in the
 * current batch (the next page) forms a new one.
 */
const mounted = new Map<string, Map<string, number>>();
const batches = new Map<string, readonly string[]>();
const listeners = new Set<() => void>();
let flushScheduled = false;

const flush = () => {
  flushScheduled = false;
  let changed = false;
  for (const [uid, rows] of mounted) {
    const current = batches.get(uid);
    const ids = [...rows.keys()];
    if (ids.length > 0 && (!current || ids.some((id) => !current.includes(id)))) {
      batches.set(uid, ids.sort());
      changed = true;
    }
  }
  if (changed) listeners.forEach((listener) => listener());
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The batch of documentIds this row's state is asked for with, or null until it is formed. */
export const usePageBatch = (uid: string, documentId: string): readonly string[] | null => {
  useEffect(() => {
    const rows = mounted.get(uid) ?? new Map<string, number>();
    mounted.set(uid, rows);
    rows.set(documentId, (rows.get(documentId) ?? 0) + 1);
    if (!flushScheduled) {
      flushScheduled = true;
      // After the page's other rows have mounted in the same commit.
      setTimeout(flush, 0);
    }
    return () => {
      const count = (rows.get(documentId) ?? 1) - 1;
      if (count > 0) rows.set(documentId, count);
      else rows.delete(documentId);
    };
  }, [uid, documentId]);
  const batch = useSyncExternalStore(subscribe, () => batches.get(uid) ?? null);
  return batch && batch.includes(documentId) ? batch : null;
};
