import type { FieldMappingPair, RunRecordEntry } from '../../../contracts';
import { isBillyError, type BillyClient } from '../billy';
import type { SyncLinkRow } from '../services/sync-links';
import type { RunContext } from './run-context';
import type { SyncAdapter } from './adapters';
import type { DocumentStore } from './documents';
import { SyncRecordError } from './errors';
import type { FieldRule } from './field-rules';
import { localView, pickFields, strapiData, type LocalDocument, type MappingContext, type View } from './mapping';
import type { RecordPair } from './pairing';
import type { Operation } from './planner';
import { assertImportable, type PhasePlanner, type PlannedRecord } from './record-plan';
import type { LinkRefs } from './refs';
import type { BillyResource, RemoteItem } from './remote/items';
import { conflictNote, fieldValues, NEEDS_CREDIT_NOTE, recordEntry } from './run-entries';
import { viewHash } from './snapshot';
import { sameValue } from './values';
import type { WriteBackBatch } from './write-back-batch';

const differs = (a: View, b: View) => (field: string) => !sameValue(a[field], b[field]);
const fieldsOf = (rules: readonly FieldRule[], keep: (rule: FieldRule) => boolean) => rules.filter(keep).map((rule) => rule.field);

/**
 * Carries out the planner's operation for one record and says what happened; writes nothing for an
 * unchanged record. A record whose Billy side is done goes to the phase's write-back batch, which
 * logs its outcome once its Strapi values and merge base are written (carryOut then answers null).
 */
export class RecordSync {
  private readonly client: BillyClient;
  private readonly context: MappingContext;
  private readonly pairs: FieldMappingPair[];

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
    this.pairs = planner.pairs;
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
    switch (op.kind) {
      case 'createInBilly':
        return this.createInBilly(pair, rules);
      case 'update':
        return this.update(pair, pair.remote as RemoteItem, op, rules);
      case 'refuse':
        return this.refuse(pair, pair.remote as RemoteItem, op.pull, rules);
      case 'archiveInStrapi':
        await this.writeLocal(pair.doc, ['isArchived'], { isArchived: true });
        return this.entry({ ...base, outcome: 'archived', direction: 'fromBilly', reason: 'missing_in_billy', message: 'The Billy record is gone; archived here.' });
      case 'skip': {
        const entry = this.entry({ ...base, outcome: 'skipped', reason: op.reason });
        if (pair.remote && this.needsRebase(pair, pair.remote, rules)) return this.finish(pair, null, pair.remote, rules, entry);
        return entry;
      }
      default:
        throw new Error(`unexpected operation ${op.kind} for a document that exists`);
    }
  }

  /** A Billy record no document has, imported (the planner let Billy data in). */
  private async importRecord(item: RemoteItem): Promise<null> {
    const rules = this.rulesFor(item.resource);
    assertImportable(item, this.refs);
    const data = strapiData(this.adapter.mapping, this.pairs, fieldsOf(rules, (rule) => rule.direction !== 'toBilly'), item.view, this.context);
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

  private async createInBilly(pair: RecordPair, rules: FieldRule[]): Promise<null> {
    const { doc, resource, key } = pair;
    // The intent (with its key) is already on record (see intentsOf): a lost answer can be searched for later.
    const values = pickFields(pair.view, fieldsOf(rules, (rule) => rule.direction !== 'fromBilly'));
    const created = await this.createOnce(values, key, resource);
    const remote = typeof created === 'string' ? await this.fetch(created, resource) : created;
    const { billyId } = remote;
    // Billy-computed figures and a generated key go back to Strapi; for a record created approved
    // (locked), everything does, since Billy is its source of truth from now on.
    const keyField = this.adapter.keyField(resource);
    const writeBack = fieldsOf(
      rules,
      (rule) => rule.direction !== 'toBilly' && (remote.locked || rule.direction === 'fromBilly' || rule.field === keyField)
    ).filter(differs(pair.view, remote.view));
    return this.finish(pair, this.strapiValues(writeBack, remote.view), remote, rules, this.entry({ documentId: doc.documentId, billyId, outcome: 'created' }));
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

  private async update(pair: RecordPair, before: RemoteItem, op: Extract<Operation, { kind: 'update' }>, rules: FieldRule[]): Promise<null> {
    let remote = before;
    if (op.push.length > 0) {
      const saved = await this.adapter.update(this.client, before, pickFields(pair.view, op.push), pair.view);
      remote = saved ?? (await this.fetch(before.billyId, pair.resource));
    }
    // A push can move Billy-computed figures (amounts after new lines): take those along.
    const billyOwned = fieldsOf(rules, (rule) => rule.direction === 'fromBilly').filter(differs(pair.view, remote.view));
    const pull = [...new Set([...op.pull, ...billyOwned])];
    const conflict = op.conflicts.length > 0;
    const entry = this.entry({
      documentId: pair.doc.documentId,
      billyId: remote.billyId,
      direction: op.push.length > 0 ? 'toBilly' : 'fromBilly',
      outcome: conflict ? 'conflict' : 'updated',
      ...(conflict
        ? { ...conflictNote(this.planner.priority, op.conflicts), changes: fieldValues(op.conflicts, pair.view, before.view) }
        : {}),
    });
    return this.finish(pair, this.strapiValues(pull, remote.view), remote, rules, entry);
  }

  /** An approved invoice edited in Strapi: nothing goes to Billy; its figures still come back. */
  private async refuse(pair: RecordPair, remote: RemoteItem, pull: string[], rules: FieldRule[]): Promise<RunRecordEntry> {
    if (pull.length > 0) await this.writeLocal(pair.doc, pull, remote.view);
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
    return this.entry({ documentId: pair.doc.documentId, billyId: remote.billyId, outcome: 'failed', reason: 'needs_credit_note', message: NEEDS_CREDIT_NOTE });
  }

  private async fetch(billyId: string, resource: BillyResource): Promise<RemoteItem> {
    const item = await this.adapter.fetch(this.client, billyId, resource);
    if (!item) throw new SyncRecordError('invalid', `Billy has no ${resource} record ${billyId} right after writing it.`);
    return item;
  }

  /** The Strapi data that sets the given fields to Billy's values; null when there are none. */
  private strapiValues(fields: string[], values: View): Record<string, unknown> | null {
    return fields.length > 0 ? strapiData(this.adapter.mapping, this.pairs, fields, values, this.context) : null;
  }

  /** Sets the given fields of a document to the Billy values, at once. */
  private async writeLocal(doc: LocalDocument, fields: string[], values: View): Promise<void> {
    await this.documents.update(doc, strapiData(this.adapter.mapping, this.pairs, fields, values, this.context));
  }

  private needsRebase(pair: RecordPair, remote: RemoteItem, rules: FieldRule[]): boolean {
    const fields = rules.map((rule) => rule.field);
    return (
      !pair.base ||
      pair.link?.state !== 'synced' ||
      pair.base.localHash !== viewHash(pair.view, fields) ||
      pair.base.remoteHash !== viewHash(remote.view, fields)
    );
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
    entry: RunRecordEntry
  ): Promise<null> {
    const fields = rules.map((rule) => rule.field);
    const keyField = this.adapter.keyField(record.resource);
    const { doc } = record;
    this.refs.set(this.adapter.module, doc.documentId, remote.billyId, record.resource);
    const linkOf = (saved: LocalDocument) => {
      const view = saved === doc && record.view ? record.view : localView(this.adapter.mapping, this.pairs, saved, this.context);
      return {
        billyId: remote.billyId,
        billyResource: record.resource,
        syncKey: (keyField ? (remote.view[keyField] as string | null) : null) ?? record.key,
        localHash: viewHash(view, fields),
        remoteHash: viewHash(remote.view, fields),
        snapshot: { local: pickFields(view, fields), remote: pickFields(remote.view, fields) },
      };
    };
    await this.writeBacks.add({ doc, data, linkOf, entry });
    return null;
  }
}
