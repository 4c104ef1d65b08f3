import type { FieldMappingPair } from '../../../contracts';
import type { FormerTwin, SyncLinkRow } from '../services/sync-links';
import type { PhaseLinks } from './phase-links';
import type { SyncAdapter } from './adapters';
import { keyFor, takenKeys } from './keys';
import { localView, type LocalDocument, type MappingContext, type View } from './mapping';
import { findMatch } from './matching';
import type { BillyResource, RemoteItem } from './remote/items';
import type { Refusal } from './planner';
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
  /** Billy records the document was synced to before (see FormerTwin): pending ones are retired once its new twin exists */
  formerTwins: FormerTwin[];
  /** when Billy last refused the record's write, unless this run retries refused records */
  refusal: Refusal | null;
  /** what the sync kept of Billy's record instead of sending what Billy would refuse (a line whose product was deleted in Strapi) */
  warning: string | null;
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
  fieldPairs: FieldMappingPair[],
  context: MappingContext,
  docs: readonly LocalDocument[],
  remoteItems: readonly RemoteItem[],
  { own: links, claims }: Pick<PhaseLinks, 'own' | 'claims'>,
  options: {
    /** which deleted documents' links to plan for: every one (a full run), or those of a targeted run */
    orphansOf: (documentId: string) => boolean;
    /** this run retries records Billy refused before (the retry button, a record's own sync) */
    retryRefused: boolean;
  }
): Pairing {
  const remoteById = new Map(remoteItems.map((item) => [item.billyId, item]));
  // A former twin stays claimed: it is retired, never matched or imported as another record.
  const claimed = new Set(
    claims.flatMap((link) => [link.billyId, ...(link.formerTwins ?? []).map((twin) => twin.billyId)]).filter(Boolean)
  );

  const localSides = docs.map((doc) => ({ doc, resource: adapter.resourceFor(doc), localSide: localView(adapter.mapping, fieldPairs, doc, context) }));
  // A fresh key must not be a number already used in Billy or by another document of this phase.
  const taken = takenKeys([
    ...remoteItems.flatMap((item) => {
      const keyField = adapter.keyField(item.resource);
      return keyField ? [item.view[keyField]] : [];
    }),
    ...localSides.flatMap(({ resource, localSide }) => {
      const keyField = adapter.keyField(resource);
      return keyField ? [localSide[keyField]] : [];
    }),
    ...claims.map((link) => link.syncKey),
  ]);

  const recordPairs = localSides.map(({ doc, resource, localSide }): RecordPair => {
    const link = links.get(doc.documentId) ?? null;
    const keyField = adapter.keyField(resource);
    const chosen = keyField ? keyFor(adapter.module, localSide[keyField], link?.syncKey, doc, taken) : null;
    if (chosen?.source === 'fresh') taken.add(chosen.key);
    const key = chosen?.key ?? null;
    const known = { doc, resource, link, key, refusal: options.retryRefused ? null : (link?.refusal ?? null) };
    const formerTwins = link?.formerTwins ?? [];
    if (link?.billyId && link.billyResource === resource) {
      const remote = remoteById.get(link.billyId) ?? null;
      const { view, warning } = remote && adapter.settle ? adapter.settle(localSide, remote, doc, context) : { view: localSide, warning: null };
      return { ...known, view, remote, base: baseOf(link), formerTwins, warning };
    }
    // A link to another kind of Billy record (a person who joined an organization, or left one)
    // no longer applies: that record is retired once the new one exists.
    const moved = link?.billyId && link.billyResource ? [{ billyId: link.billyId, billyResource: link.billyResource, retired: false }] : [];
    const candidates = remoteItems.filter(
      (item) =>
        item.resource === resource &&
        !claimed.has(item.billyId) &&
        (adapter.owns?.(item) ?? true) &&
        (resource !== 'contactPersons' || item.view.contactId === localSide.contactId)
    );
    // A fresh readable number was never sent: a Billy record carrying it is someone else's, not a lost create.
    const matchKey = chosen?.matches ? key : null;
    const remote = findMatch(localSide, matchKey, candidates, adapter.matchRules(resource)) ?? null;
    if (remote) claimed.add(remote.billyId);
    return { ...known, view: localSide, remote, base: null, formerTwins: [...formerTwins, ...moved], warning: null };
  });

  const documentIds = new Set(docs.map((doc) => doc.documentId));
  const orphans = [...links.values()].flatMap((link) => {
    if (!link.billyId || documentIds.has(link.targetDocumentId) || !options.orphansOf(link.targetDocumentId)) return [];
    const remote = remoteById.get(link.billyId);
    return remote ? [{ link, remote }] : [];
  });
  const unclaimed = remoteItems.filter((item) => !claimed.has(item.billyId) && (adapter.owns?.(item) ?? true));
  return { pairs: recordPairs, unclaimed, orphans };
}
