import type { LinkClaim, SyncLinkRow } from '../services/sync-links';
import type { SyncAdapter } from './adapters';
import type { LocalDocument } from './mapping';
import type { RunContext } from './run-context';

/** The links one phase works with. */
export interface PhaseLinks {
  /** the links of the documents the phase handles (merge bases included), by documentId */
  own: Map<string, SyncLinkRow>;
  /** what the module's links claim in Billy: the records, former twins and keys a match or a fresh key must avoid */
  claims: readonly LinkClaim[];
  /** how many links the module has (how many Billy list pages a targeted run weighs against reading by id) */
  count: number;
}

/** The document's link points at a Billy record of the kind it syncs to: it pairs through it, with no matching. */
export const pairsThroughLink = (adapter: SyncAdapter, doc: LocalDocument, link: SyncLinkRow | undefined): boolean =>
  Boolean(link?.billyId) && link?.billyResource === adapter.resourceFor(doc);

/**
 * A full run reads every link of its module. A targeted run (one record, the on-save queue) reads
 * only its documents' links, and what the others claim (ids and keys, no merge bases) only when a
 * document is not linked yet and has to be matched among Billy's records.
 */
export async function linksOfPhase(adapter: SyncAdapter, run: RunContext, docs: readonly LocalDocument[]): Promise<PhaseLinks> {
  const only = run.onlyDocumentIds;
  if (only === null) {
    const all = await run.links.findByModule(adapter.module);
    return { own: new Map(all.map((link) => [link.targetDocumentId, link])), claims: all, count: all.length };
  }
  const own = new Map((await run.links.findByDocuments(adapter.module, [...only])).map((link) => [link.targetDocumentId, link]));
  const allLinked = docs.every((doc) => pairsThroughLink(adapter, doc, own.get(doc.documentId)));
  if (!allLinked) {
    const claims = await run.links.claimsOf(adapter.module);
    return { own, claims, count: claims.length };
  }
  return { own, claims: [...own.values()], count: await run.links.countOf(adapter.module) };
}
