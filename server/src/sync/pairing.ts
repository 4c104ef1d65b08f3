import type { FieldMappingPair } from '../../../contracts';
import type { SyncLinkRow } from '../services/sync-links';
import type { SyncAdapter } from './adapters';
import { keyFor } from './keys';
import { localView, type LocalDocument, type MappingContext, type View } from './mapping';
import { findMatch } from './matching';
import type { BillyResource, RemoteItem } from './remote/items';
import type { SyncBase } from './snapshot';

/** A Strapi document with what the sync knows of its Billy twin. */
export interface RecordPair {
  doc: LocalDocument;
  resource: BillyResource;
  view: View;
  link: SyncLinkRow | null;
  /** the linked Billy record, or a matching one adopted on a first sync */
  remote: RemoteItem | null;
  base: SyncBase | null;
  /** the stable key a create stamps into Billy (null for contact persons, matched by email) */
  key: string | null;
}

export interface Pairing {
  pairs: RecordPair[];
  /** Billy records no document is linked to or matches */
  unclaimed: RemoteItem[];
  /** links whose document was deleted in Strapi while the Billy record lives on */
  orphans: Array<{ link: SyncLinkRow; remote: RemoteItem }>;
}

export const baseOf = (link: SyncLinkRow | null): SyncBase | null =>
  link?.localHash && link.remoteHash
    ? { localHash: link.localHash, remoteHash: link.remoteHash, ...(link.baseSnapshot ? { snapshot: link.baseSnapshot } : {}) }
    : null;

/**
 * Pairs each document with its Billy twin: through its link when it has one, otherwise by the
 * adapter's match rules among Billy records nobody claims yet — our own stable key first, so an
 * earlier attempt whose answer was lost is found rather than created again.
 */
export function pairRecords(
  adapter: SyncAdapter,
  pairs: FieldMappingPair[],
  context: MappingContext,
  docs: readonly LocalDocument[],
  remoteItems: readonly RemoteItem[],
  links: ReadonlyMap<string, SyncLinkRow>,
  includeOrphans: boolean
): Pairing {
  const remoteById = new Map(remoteItems.map((item) => [item.billyId, item]));
  const claimed = new Set([...links.values()].map((link) => link.billyId).filter(Boolean));

  const recordPairs = docs.map((doc): RecordPair => {
    const resource = adapter.resourceFor(doc);
    const view = localView(adapter.mapping, pairs, doc, context);
    const link = links.get(doc.documentId) ?? null;
    const keyField = adapter.keyField(resource);
    const key = keyField ? keyFor(view[keyField], link?.syncKey, doc.documentId) : null;
    // A link to another kind of Billy record (a person who joined an organization) no longer applies.
    if (link?.billyId && link.billyResource === resource) {
      return { doc, resource, view, link, key, remote: remoteById.get(link.billyId) ?? null, base: baseOf(link) };
    }
    const candidates = remoteItems.filter(
      (item) => item.resource === resource && !claimed.has(item.billyId) && (resource !== 'contactPersons' || item.view.contactId === view.contactId)
    );
    const remote = findMatch(view, key, candidates, adapter.matchRules(resource)) ?? null;
    if (remote) claimed.add(remote.billyId);
    return { doc, resource, view, link, key, remote, base: null };
  });

  const documentIds = new Set(docs.map((doc) => doc.documentId));
  const orphans = includeOrphans
    ? [...links.values()].flatMap((link) => {
        const remote = link.billyId && !documentIds.has(link.targetDocumentId) ? remoteById.get(link.billyId) : undefined;
        return remote ? [{ link, remote }] : [];
      })
    : [];
  return { pairs: recordPairs, unclaimed: remoteItems.filter((item) => !claimed.has(item.billyId)), orphans };
}
