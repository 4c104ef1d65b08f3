import type { FieldMappingPair, ModuleName, RunRecordEntry } from '../../../contracts';
import { isBillyError } from '../billy';
import type { SyncAdapter } from './adapters';
import { forEachConcurrently } from './concurrently';
import { documentStore, type DocumentStore } from './documents';
import { SyncRecordError } from './errors';
import { fieldPairsFor } from './field-rules';
import { pairRecords } from './pairing';
import { linksOfPhase } from './phase-links';
import { formerTwinsOf, identityOf, PhasePlanner, type PlannedRecord } from './phase-plan';
import { RecordPreview } from './record-preview';
import { RecordSync } from './record-sync';
import { remoteItemsOfPhase } from './remote/phase-remote';
import { LinkRefs } from './refs';
import type { Refusal } from './planner';
import { viewHash } from './snapshot';
import type { RunContext } from './run-context';
import { WriteBackBatch, type BatchWriter } from './write-back-batch';

/** Thrown to stop the whole run: Billy refused the token, so every further request would fail too. */
export const stopsTheRun = (error: unknown): boolean => isBillyError(error) && error.reason === 'auth';

/** The attributes Billy's validationErrors name: { invoice: { attributes: { contactId: "…" } } } (billy-api.md §3.1). */
const refusedBillyFields = (validationErrors: unknown): string[] =>
  validationErrors && typeof validationErrors === 'object'
    ? Object.values(validationErrors).flatMap((entry) =>
        entry && typeof entry === 'object' && (entry as { attributes?: unknown }).attributes && typeof (entry as { attributes: unknown }).attributes === 'object'
          ? Object.keys((entry as { attributes: object }).attributes)
          : []
      )
    : [];

/** A failure as the run log keeps it; `fields` names the Strapi fields (by the mapping) behind the Billy fields refused. */
const failureOf = (error: unknown, fieldPairs: readonly FieldMappingPair[]): { reason: string; message: string; fields?: string[] } => {
  if (isBillyError(error)) {
    const refused = refusedBillyFields(error.validationErrors);
    const fields = [...new Set(fieldPairs.filter((pair) => refused.includes(pair.billyField)).map((pair) => pair.strapiField))];
    return { reason: error.reason, message: error.message, ...(fields.length ? { fields } : {}) };
  }
  if (error instanceof SyncRecordError) return { reason: error.reason, message: error.message };
  const named = error as { name?: string; message?: string };
  // Strapi refused the data Billy holds (e.g. a value its schema does not allow).
  if (named?.name === 'ValidationError') return { reason: 'strapi_validation', message: named.message ?? 'invalid data' };
  return { reason: 'error', message: named?.message ?? String(error) };
};

/** The creates of a phase, each with the key it will stamp into Billy and the records it replaces: recorded before any request. */
const intentsOf = (planned: readonly PlannedRecord[]) =>
  planned.flatMap((record) =>
    record.kind === 'pair' && (record.op.kind === 'createInBilly' || record.op.kind === 'replaceInBilly')
      ? [{ documentId: record.pair.doc.documentId, syncKey: record.pair.key, billyResource: record.pair.resource, formerTwins: formerTwinsOf(record.pair, record.op) }]
      : []
  );

/** A phase's write-backs and links, in Strapi's transactions (the Document Service joins an open one), with the invoice titles they change. */
const batchWriter = (run: RunContext, module: ModuleName, documents: DocumentStore): BatchWriter => ({
  async inTransaction(work) {
    await run.strapi.db.transaction(async () => {
      await work();
      await documents.refreshTitles();
    });
  },
  updateAll: documents.updateAll,
  recordSyncedMany: (entries) => run.links.recordSyncedMany(module, entries),
});

/**
 * Syncs one phase (one module, or the credit notes): pairs documents with Billy records, lets the
 * planner decide every record (the phase's progress total), then carries each decision out — or,
 * in a dry run, only describes it. A record that fails is reported and marked on its link; the
 * others go on. Only an auth failure stops the run.
 */
export async function runPhase(adapter: SyncAdapter, run: RunContext): Promise<void> {
  const fieldPairs = fieldPairsFor(run.settings, adapter.module);
  // A preview's would-be creates stand in for links, so later phases plan as they would for real.
  const refs = new LinkRefs([...(await run.links.refs()), ...run.previewLinks]);
  const documents = documentStore(run.strapi, adapter);
  const docs = await documents.load(run.onlyDocumentIds);
  const links = await linksOfPhase(adapter, run, docs);
  const remoteItems = await remoteItemsOfPhase(adapter, run, docs, links);
  const context = { refs, invoicePriorityModule: run.settings.invoicePriorityModule };
  const only = run.onlyDocumentIds;
  // A targeted run carries out the deletes it was given (a save that deleted a document), no others.
  const pairing = pairRecords(adapter, fieldPairs, context, docs, remoteItems, links, {
    orphansOf: (documentId) => only === null || only.has(documentId),
    retryRefused: run.retryRefused,
  });
  const planner = new PhasePlanner(adapter, run.settings, fieldPairs);
  const planned = planner.planPhase(pairing, only === null);
  await run.setTotal(adapter.phase, planned.length);
  const reportFailure = async (identity: Pick<RunRecordEntry, 'documentId' | 'billyId' | 'direction'>, error: unknown, refusal?: Refusal) => {
    const failure = failureOf(error, fieldPairs);
    if (identity.documentId && !run.dryRun) {
      await run.links.recordProblem(adapter.module, identity.documentId, { state: 'failed', ...failure, ...(refusal ? { refusal } : {}) });
    }
    await run.report(adapter.phase, { module: adapter.module, ...identity, outcome: 'failed', ...failure });
  };
  const writeBacks = new WriteBackBatch(batchWriter(run, adapter.module, documents), {
    written: (entry) => run.report(adapter.phase, entry),
    failed: ({ documentId, billyId, direction }, error) => reportFailure({ documentId, billyId, direction }, error),
  });
  const records = run.dryRun ? new RecordPreview(adapter, planner, refs, run.previewLinks) : new RecordSync(adapter, run, planner, refs, documents, writeBacks);
  if (!run.dryRun) await run.links.recordIntents(adapter.module, intentsOf(planned));

  /** Billy refused the record as it stands on both sides: what to compare with before sending it again. */
  const refusalOf = (planned: PlannedRecord, error: unknown): Refusal | undefined => {
    if (planned.kind !== 'pair' || !isBillyError(error) || error.reason !== 'validation') return undefined;
    const fields = planner.rulesFor(planned.pair.resource).map((rule) => rule.field);
    const { view, remote } = planned.pair;
    return { localHash: viewHash(view, fields), remoteHash: remote ? viewHash(remote.view, fields) : '' };
  };

  const guarded = async (planned: PlannedRecord) => {
    try {
      const entry = await records.carryOut(planned);
      // null: the write-back batch logs it once its Strapi side is written.
      if (entry) await run.report(adapter.phase, entry);
    } catch (error) {
      if (stopsTheRun(error)) throw error;
      await reportFailure(identityOf(planned), error, refusalOf(planned, error));
    }
  };

  // Records of one phase do not depend on each other, so they share the client's concurrency.
  try {
    await forEachConcurrently(planned, run.concurrency, guarded);
  } finally {
    await writeBacks.flush();
    // Writes outside a batch (an archive, a refused invoice's figures) changed titles too.
    await documents.refreshTitles();
  }
}
