import type { RunRecordEntry } from '../../../contracts';
import { isBillyError } from '../billy';
import type { SyncAdapter } from './adapters';
import { documentStore } from './documents';
import { SyncRecordError } from './errors';
import { pairsFor } from './field-rules';
import { pairRecords } from './pairing';
import { RecordSync } from './record-sync';
import { LinkRefs } from './refs';
import type { RunContext } from './run-context';

/** Thrown to stop the whole run: Billy refused the token, so every further request would fail too. */
export const stopsTheRun = (error: unknown): boolean => isBillyError(error) && error.reason === 'auth';

const failureOf = (error: unknown): { reason: string; message: string } => {
  if (isBillyError(error) || error instanceof SyncRecordError) return { reason: error.reason, message: error.message };
  const named = error as { name?: string; message?: string };
  // Strapi refused the data Billy holds (e.g. a value its schema does not allow).
  if (named?.name === 'ValidationError') return { reason: 'strapi_validation', message: named.message ?? 'invalid data' };
  return { reason: 'error', message: named?.message ?? String(error) };
};

/**
 * Syncs one phase (one module, or the credit notes): pairs documents with Billy records, lets the
 * planner decide per record, and carries each decision out. A record that fails is reported and
 * marked on its link; the others go on. Only an auth failure stops the run.
 */
export async function runPhase(adapter: SyncAdapter, run: RunContext): Promise<void> {
  const pairs = pairsFor(run.settings, adapter.module);
  const linkRows = await run.links.findAll();
  const refs = new LinkRefs(linkRows);
  const ownLinks = new Map(linkRows.filter((link) => link.module === adapter.module).map((link) => [link.targetDocumentId, link]));
  const documents = documentStore(run.strapi, adapter, run.runId);
  const docs = (await documents.load(run.onlyDocumentIds)).filter((doc) => adapter.includesDocument(doc));
  const remoteItems = await adapter.remoteItems(run.remote);
  const context = { refs, invoicePriorityModule: run.settings.invoicePriorityModule };
  const pairing = pairRecords(adapter, pairs, context, docs, remoteItems, ownLinks, run.onlyDocumentIds === null);
  const records = new RecordSync(adapter, run, pairs, refs, documents);

  const guarded = async (identity: Pick<RunRecordEntry, 'documentId' | 'billyId' | 'direction'>, work: () => Promise<RunRecordEntry | null>) => {
    try {
      const entry = await work();
      if (entry) await run.report(adapter.phase, entry);
    } catch (error) {
      if (stopsTheRun(error)) throw error;
      const failure = failureOf(error);
      if (identity.documentId) await run.links.recordProblem(adapter.module, identity.documentId, { state: 'failed', ...failure });
      await run.report(adapter.phase, { module: adapter.module, ...identity, outcome: 'failed', ...failure });
    }
  };

  for (const pair of pairing.pairs) {
    await guarded({ documentId: pair.doc.documentId, billyId: pair.remote?.billyId ?? pair.link?.billyId ?? null, direction: 'toBilly' }, () => records.syncPair(pair));
  }
  if (run.onlyDocumentIds) return;
  for (const item of pairing.unclaimed) {
    await guarded({ documentId: null, billyId: item.billyId, direction: 'fromBilly' }, () => records.importRecord(item));
  }
  for (const { link, remote } of pairing.orphans) {
    await guarded({ documentId: null, billyId: remote.billyId, direction: 'toBilly' }, () => records.deletedInStrapi(link, remote));
  }
}
