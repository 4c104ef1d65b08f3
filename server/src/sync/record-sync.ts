import type { FieldMappingPair, RunRecordEntry, WriteRuleReason } from '../../../contracts';
import { isBillyError, type BillyClient } from '../billy';
import type { FormerTwin, SyncLinkRow } from '../services/sync-links';
import type { RunContext } from './run-context';
import type { SyncAdapter } from './adapters';
import type { DocumentStore } from './documents';
import { SyncRecordError } from './errors';
import type { FieldRule } from './field-rules';
import { localView, pickFields, strapiData, type LocalDocument, type MappingContext, type View } from './mapping';
import type { RecordPair } from './pairing';
import type { Operation } from './planner';
import { assertImportable, formerTwinsOf, type PhasePlanner, type PlannedRecord } from './phase-plan';
import type { LinkRefs } from './refs';
import type { BillyResource, RemoteItem } from './remote/items';
import { conflictNote, fieldValues, NEEDS_CREDIT_NOTE, recordEntry, replacedNote, stillRefusedNote } from './run-entries';
import { viewHash } from './snapshot';
import type { WriteBackBatch } from './write-back-batch';
import { afterSkip, fieldsAfterCreate, fieldsAfterUpdate, fieldsToCreate, fieldsToImport } from './write-back-plan';

/**
 * Carries out the planner's operation for one record and says what happened; writes nothing for an
 * unchanged record. It decides nothing: what goes to Billy is the planner's (planner.ts); what
 * comes back to Strapi, and when a merge base is rewritten, is write-back-plan.ts's. A record whose
 * Billy side is done goes to the phase's write-back batch, which logs its outcome once its Strapi
 * values and merge base are written (carryOut then answers null).
 */
export class RecordSync {
  private readonly client: BillyClient;
  private readonly context: MappingContext;
  private readonly fieldPairs: FieldMappingPair[];

  constructor(
    private readonly adapter: SyncAdapter,
    private readonly run: RunContext,
    private readonly planner: PhasePlanner,
    private readonly refs: LinkRefs,
    private readonly documents: DocumentStore,
    private readonly writeBacks: WriteBackBatch
  ) {
    this.client = run.client;
    this.context = { refs, invoicePriorityModule: run.settings.invoicePriorityModule };
    this.fieldPairs = planner.fieldPairs;
  }

  private rulesFor(resource: BillyResource): FieldRule[] {
    return this.planner.rulesFor(resource);
  }

  private entry(partial: Partial<RunRecordEntry> & Pick<RunRecordEntry, 'outcome'>): RunRecordEntry {
    return recordEntry(this.adapter.module, partial);
  }

  carryOut(planned: PlannedRecord): Promise<RunRecordEntry | null> {
    if (planned.kind === 'pair') return this.syncPair(planned.pair, planned.op);
    return planned.kind === 'import' ? this.importRecord(planned.item) : this.deletedInStrapi(planned.link, planned.item);
  }

  private async syncPair(pair: RecordPair, op: Operation): Promise<RunRecordEntry | null> {
    const rules = this.rulesFor(pair.resource);
    const base = { documentId: pair.doc.documentId, billyId: pair.remote?.billyId ?? pair.link?.billyId ?? null };
    // A dependency warning (what was kept of Billy's record) rides on an outcome that has no reason of its own.
    const productKept: WriteRuleReason = 'product_kept';
    const warned = (entry: RunRecordEntry) => (pair.warning && (!entry.reason || entry.reason === 'unchanged') ? { ...entry, reason: productKept, message: pair.warning } : entry);
    switch (op.kind) {
      case 'createInBilly':
        return this.createInBilly(pair, rules, { formerTwins: formerTwinsOf(pair, op), pull: [] });
      case 'replaceInBilly':
        return this.createInBilly(pair, rules, { formerTwins: formerTwinsOf(pair, op), pull: op.pull, changed: op.changed });
      case 'update':
        return this.update(pair, pair.remote as RemoteItem, op, rules, warned);
      case 'refuse':
        return this.refuse(pair, pair.remote as RemoteItem, op.pull, rules);
      case 'archiveInStrapi': {
        const entry = this.entry({ ...base, outcome: 'archived', direction: 'fromBilly', reason: 'missing_in_billy', message: 'The Billy record is gone; archived here.' });
        await this.writeBacks.add({ doc: pair.doc, data: this.strapiValues(['isArchived'], { isArchived: true }), linkOf: null, entry });
        return null;
      }
      case 'skip': {
        if (op.reason === 'still_refused') return this.entry({ ...base, outcome: 'failed', ...stillRefusedNote(pair.link) });
        const entry = warned(this.entry({ ...base, outcome: 'skipped', reason: op.reason }));
        const followUp = afterSkip({
          rules,
          local: pair.view,
          remote: pair.remote?.view ?? null,
          base: pair.base,
          linkState: pair.link?.state ?? null,
          pendingFormerTwins: pair.formerTwins.some((twin) => !twin.retired),
        });
        if (!followUp.rebase || !pair.remote) return entry;
        const formerTwins = await this.retire(pair.formerTwins);
        return this.finish(pair, null, pair.remote, rules, entry, formerTwins);
      }
      default:
        throw new Error(`unexpected operation ${op.kind} for a document that exists`);
    }
  }

  /**
   * Takes the pending former twins out of use, each once (removing or deleting is idempotent in
   * Billy, so a retire repeated after a crash is harmless); answers the twins still kept.
   */
  private async retire(formerTwins: readonly FormerTwin[]): Promise<FormerTwin[]> {
    const kept: FormerTwin[] = [];
    for (const twin of formerTwins) {
      if (twin.retired) {
        kept.push(twin);
        continue;
      }
      const result = await this.adapter.retire(this.client, twin);
      if (result === 'archived') kept.push({ ...twin, retired: true });
    }
    return kept;
  }

  /** A Billy record no document has, imported (the planner let Billy data in). */
  private async importRecord(item: RemoteItem): Promise<null> {
    const rules = this.rulesFor(item.resource);
    assertImportable(item, this.refs);
    const data = strapiData(this.adapter.mapping, this.fieldPairs, fieldsToImport(rules), item.view, this.context);
    const created = await this.documents.create(data);
    const keyField = this.adapter.keyField(item.resource);
    const record = { doc: created, view: null, resource: item.resource, key: keyField ? (item.view[keyField] as string | null) : null };
    const entry = this.entry({ documentId: created.documentId, billyId: item.billyId, direction: 'fromBilly', outcome: 'created' });
    return this.finish(record, null, item, rules, entry);
  }

  /** A linked document deleted in Strapi: its Billy twin archived (the planner checked Billy allows it; nothing booked is deleted). */
  private async deletedInStrapi(link: SyncLinkRow, item: RemoteItem): Promise<RunRecordEntry> {
    const result = await this.adapter.archive(this.client, item);
    if (result === 'removed') await this.run.links.remove(this.adapter.module, link.targetDocumentId);
    return this.entry({ documentId: link.targetDocumentId, billyId: item.billyId, outcome: 'archived', reason: 'deleted_in_strapi' });
  }

  /**
   * Creates the record in Billy and retires its former twins: before the create when both would
   * carry the same stable key (a draft invoice), after it otherwise (a person, so none is lost).
   * The intent (key and former twins) is already on record (see intentsOf), so a crash between
   * the steps is finished by the next run: the key or the email finds what was created, and the
   * twins still pending are retired then.
   */
  private async createInBilly(
    pair: RecordPair,
    rules: FieldRule[],
    replacing: { formerTwins: FormerTwin[]; pull: string[]; changed?: string[] }
  ): Promise<null> {
    const { doc, resource, key } = pair;
    const { formerTwins, pull, changed } = replacing;
    const before = pair.remote;
    // A replacement takes Billy's own changes along, so creating anew loses none of them.
    const merged = before && pull.length > 0 ? { ...pair.view, ...pickFields(before.view, pull) } : pair.view;
    const values = pickFields(merged, fieldsToCreate(rules));
    const unset = (changed ?? []).filter((field) => values[field] === null || values[field] === undefined);
    if (unset.length > 0) throw new SyncRecordError('dependency', `${unset.join(', ')} is not in Billy yet: sync what it refers to first.`);
    let kept = this.adapter.retiresBeforeCreate ? await this.retire(formerTwins) : formerTwins;
    const created = await this.createOnce(values, key, resource);
    const remote = typeof created === 'string' ? await this.fetch(created, resource) : created;
    if (!this.adapter.retiresBeforeCreate) kept = await this.retire(kept);
    const { billyId } = remote;
    const writeBack = fieldsAfterCreate({ rules, local: pair.view, remote: remote.view, locked: remote.locked, keyField: this.adapter.keyField(resource), pull });
    const note = formerTwins.length > 0 ? replacedNote(this.adapter.module, resource, formerTwins, changed ?? []) : {};
    const entry = this.entry({ documentId: doc.documentId, billyId, outcome: 'created', ...note });
    return this.finish(pair, this.strapiValues(writeBack, remote.view), remote, rules, entry, kept);
  }

  /** One POST; when its outcome is unknown, look for what it may have created before trying once more. */
  private async createOnce(values: View, key: string | null, resource: BillyResource): Promise<RemoteItem | string> {
    const context = { key: key ?? '', settings: this.run.settings };
    try {
      return await this.adapter.create(this.client, values, context, resource);
    } catch (error) {
      if (!isBillyError(error) || !error.outcomeUnknown) throw error;
      const found = await this.adapter.findByKey(this.client, key ?? '', values, resource);
      if (found) return found;
      return this.adapter.create(this.client, values, context, resource);
    }
  }

  private async update(
    pair: RecordPair,
    before: RemoteItem,
    op: Extract<Operation, { kind: 'update' }>,
    rules: FieldRule[],
    warned: (entry: RunRecordEntry) => RunRecordEntry
  ): Promise<null> {
    let remote = before;
    if (op.push.length > 0) {
      const saved = await this.adapter.update(this.client, before, pickFields(pair.view, op.push), pair.view);
      remote = saved ?? (await this.fetch(before.billyId, pair.resource));
    }
    const pull = fieldsAfterUpdate({ rules, local: pair.view, remote: remote.view, pull: op.pull });
    // A record adopted after an interrupted replacement: its former twins go now.
    const formerTwins = await this.retire(pair.formerTwins);
    const entry = warned(this.entry({
      documentId: pair.doc.documentId,
      billyId: remote.billyId,
      direction: op.push.length > 0 ? 'toBilly' : 'fromBilly',
      outcome: 'updated',
      ...(op.conflicts.length > 0
        ? { ...conflictNote(this.planner.priority, op.conflicts), changes: fieldValues(op.conflicts, pair.view, before.view) }
        : {}),
    }));
    return this.finish(pair, this.strapiValues(pull, remote.view), remote, rules, entry, formerTwins);
  }

  /** An approved invoice edited in Strapi: nothing goes to Billy; its figures still come back. */
  private async refuse(pair: RecordPair, remote: RemoteItem, pull: string[], rules: FieldRule[]): Promise<RunRecordEntry | null> {
    const fields = rules.map((rule) => rule.field);
    await this.run.links.recordProblem(this.adapter.module, pair.doc.documentId, {
      state: 'needsCreditNote',
      reason: 'needs_credit_note',
      message: NEEDS_CREDIT_NOTE,
      billyId: remote.billyId,
      billyResource: pair.resource,
      remoteHash: viewHash(remote.view, fields),
    });
    this.refs.set(this.adapter.module, pair.doc.documentId, remote.billyId, pair.resource);
    const entry = this.entry({ documentId: pair.doc.documentId, billyId: remote.billyId, outcome: 'failed', reason: 'needs_credit_note', message: NEEDS_CREDIT_NOTE });
    if (pull.length === 0) return entry;
    // The link keeps the problem; only Billy's figures are written, with the phase's other write-backs.
    await this.writeBacks.add({ doc: pair.doc, data: this.strapiValues(pull, remote.view), linkOf: null, entry });
    return null;
  }

  private async fetch(billyId: string, resource: BillyResource): Promise<RemoteItem> {
    const item = await this.adapter.fetch(this.client, billyId, resource);
    if (!item) throw new SyncRecordError('invalid', `Billy has no ${resource} record ${billyId} right after writing it.`);
    return item;
  }

  /** The Strapi data that sets the given fields to Billy's values; null when there are none. */
  private strapiValues(fields: string[], values: View): Record<string, unknown> | null {
    return fields.length > 0 ? strapiData(this.adapter.mapping, this.fieldPairs, fields, values, this.context) : null;
  }

  /**
   * Hands a record whose Billy side is done to the write-back batch: Billy's values (if any) are set
   * on the document, then the new merge base (what both sides hold now, so our own writes come back
   * as "unchanged") is recorded, and the entry logged. `record.view` is the document's view as
   * paired, if known: it stands when nothing is written back.
   */
  private async finish(
    record: Pick<RecordPair, 'doc' | 'resource' | 'key'> & { view: View | null },
    data: Record<string, unknown> | null,
    remote: RemoteItem,
    rules: FieldRule[],
    entry: RunRecordEntry,
    formerTwins: FormerTwin[] = []
  ): Promise<null> {
    const fields = rules.map((rule) => rule.field);
    const keyField = this.adapter.keyField(record.resource);
    const { doc } = record;
    this.refs.set(this.adapter.module, doc.documentId, remote.billyId, record.resource);
    const linkOf = (saved: LocalDocument) => {
      const view = saved === doc && record.view ? record.view : localView(this.adapter.mapping, this.fieldPairs, saved, this.context);
      return {
        billyId: remote.billyId,
        billyResource: record.resource,
        syncKey: (keyField ? (remote.view[keyField] as string | null) : null) ?? record.key,
        localHash: viewHash(view, fields),
        remoteHash: viewHash(remote.view, fields),
        snapshot: { local: pickFields(view, fields), remote: pickFields(remote.view, fields) },
        formerTwins,
      };
    };
    await this.writeBacks.add({ doc, data, linkOf, entry });
    return null;
  }
}
