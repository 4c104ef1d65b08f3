import { MAX_PAGE_SIZE } from '../../billy/paging';
import type { SyncLinkRow } from '../../services/sync-links';
import type { SyncAdapter } from '../adapters';
import type { LocalDocument } from '../mapping';
import { pairsThroughLink, type PhaseLinks } from '../phase-links';
import type { RunContext } from '../run-context';
import type { RemoteItem } from './items';

/**
 * Billy's side of one phase. A full run reads the whole lists (Billy has no changed-since filter).
 * A targeted run (one record, the on-save queue) whose documents are all linked reads just those
 * records by id when that takes fewer requests than the list pages would: in a large book a save
 * then costs one read, not every page. Unlinked documents need the lists, to be matched by
 * their natural keys before anything is created.
 */
export async function remoteItemsOfPhase(
  adapter: SyncAdapter,
  run: RunContext,
  docs: readonly LocalDocument[],
  { own: links, count }: Pick<PhaseLinks, 'own' | 'count'>
): Promise<RemoteItem[]> {
  if (run.onlyDocumentIds === null) return adapter.remoteItems(run.remote);
  const linked = docs.map((doc) => {
    const link = links.get(doc.documentId);
    return link && pairsThroughLink(adapter, doc, link) ? link : null;
  });
  // A document the save deleted: its Billy twin is read to be archived.
  const loaded = new Set(docs.map((doc) => doc.documentId));
  for (const documentId of run.onlyDocumentIds) {
    const link = links.get(documentId);
    if (!loaded.has(documentId) && link?.billyId && link.billyResource) linked.push(link);
  }
  const listPages = Math.max(1, Math.ceil(count / MAX_PAGE_SIZE));
  if (linked.some((link) => link === null) || linked.length > listPages) return adapter.remoteItems(run.remote);
  const fetched = await Promise.all(
    (linked as SyncLinkRow[]).map((link) => adapter.fetch(run.client, link.billyId as string, link.billyResource as RemoteItem['resource']))
  );
  // A record Billy no longer has is left out, exactly as a list would leave it out.
  return fetched.filter((item): item is RemoteItem => item !== null);
}
