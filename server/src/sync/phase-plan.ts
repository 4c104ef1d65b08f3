import type { BillySettings, FieldMappingPair, RunRecordEntry, SyncPriority } from '../../../contracts';
import type { FormerTwin, SyncLinkRow } from '../services/sync-links';
import type { SyncAdapter } from './adapters';
import { CREATION_ONLY } from './creation-only';
import { SyncRecordError } from './errors';
import { fieldRules, type FieldRule } from './field-rules';
import type { RefResolver } from './mapping';
import { baseOf, type Pairing, type RecordPair } from './pairing';
import { plan, type Operation, type PlanPolicy, type RemoteSide } from './planner';
import type { BillyResource, RemoteItem } from './remote/items';
import type { SyncBase } from './snapshot';

/** One record of a phase that gets an outcome in the run log, with the planner's decision for it. */
export type PlannedRecord =
  | { kind: 'pair'; pair: RecordPair; op: Operation }
  /** a Billy record no document has, to be created in Strapi */
  | { kind: 'import'; item: RemoteItem }
  /** a linked document deleted in Strapi whose Billy twin is to be archived */
  | { kind: 'deletion'; link: SyncLinkRow; item: RemoteItem };

export const remoteSide = (item: RemoteItem): RemoteSide => ({ view: item.view, archived: item.archived, locked: item.locked });

/** Who a planned record is in the run log, should carrying it out fail. */
export const identityOf = (planned: PlannedRecord): Pick<RunRecordEntry, 'documentId' | 'billyId' | 'direction'> => {
  if (planned.kind === 'pair') {
    const { pair } = planned;
    return { documentId: pair.doc.documentId, billyId: pair.remote?.billyId ?? pair.link?.billyId ?? null, direction: 'toBilly' };
  }
  return planned.kind === 'import'
    ? { documentId: null, billyId: planned.item.billyId, direction: 'fromBilly' }
    : { documentId: null, billyId: planned.item.billyId, direction: 'toBilly' };
};

/**
 * The former twins a create leaves to retire: those the link already holds (an earlier attempt,
 * a person whose kind of Billy record changed) and, when a creation-only field changed, the
 * Billy record the document is linked to now. Recorded with the intent, before any request.
 */
export const formerTwinsOf = (pair: RecordPair, op: Operation): FormerTwin[] => {
  const replaced = op.kind === 'replaceInBilly' && pair.remote ? [{ billyId: pair.remote.billyId, billyResource: pair.resource, retired: false }] : [];
  return [...pair.formerTwins.filter((twin) => !replaced.some((other) => other.billyId === twin.billyId)), ...replaced];
};

/** A person can only be imported under a company Strapi already has (or, in a preview, will have). */
export const assertImportable = (item: RemoteItem, refs: RefResolver): void => {
  if (item.resource === 'contactPersons' && !refs.documentId('organizations', item.view.contactId as string)) {
    throw new SyncRecordError('dependency', 'Its company is not in Strapi yet, so the person cannot be placed under it.');
  }
};

/** The planner's inputs for one phase: the field rules and the sync policy in force. Pure. */
export class PhasePlanner {
  constructor(
    private readonly adapter: SyncAdapter,
    private readonly settings: BillySettings,
    readonly fieldPairs: FieldMappingPair[]
  ) {}

  rulesFor(resource: BillyResource): FieldRule[] {
    return fieldRules(this.fieldPairs, this.adapter.fieldsOf(resource));
  }

  /** The side that wins a field changed on both sides. */
  get priority(): SyncPriority {
    return this.settings.priority ?? 'strapi';
  }

  policy(rules: FieldRule[], resource: BillyResource): PlanPolicy {
    return {
      creationOnly: CREATION_ONLY[resource],
      direction: this.settings.syncDirection,
      priority: this.priority,
      fields: rules,
      archivableInBilly: this.adapter.archivableInBilly,
      archivableInStrapi: this.adapter.archivableInStrapi && rules.some((rule) => rule.field === 'isArchived'),
    };
  }

  /**
   * Every record of the phase that will get an outcome, decided before any is carried out: its
   * length is the phase's progress total, and a preview is this list described.
   */
  planPhase(pairing: Pairing, includeImports: boolean): PlannedRecord[] {
    const decide = (local: RecordPair | null, item: RemoteItem | null, base: SyncBase | null, resource: BillyResource) =>
      plan(local && { view: local.view }, item && remoteSide(item), base, this.policy(this.rulesFor(resource), resource), local?.refusal ?? null);
    const paired = pairing.pairs.map((pair): PlannedRecord => ({ kind: 'pair', pair, op: decide(pair, pair.remote, pair.base, pair.resource) }));
    const imports = (includeImports ? pairing.unclaimed : [])
      .filter((item) => decide(null, item, null, item.resource).kind === 'createInStrapi')
      .map((item): PlannedRecord => ({ kind: 'import', item }));
    // A link without hashes (an interrupted create) still says the record was synced once. The
    // pairing holds the deleted documents the run is for: all of them, or those a save deleted.
    const deletions = pairing.orphans
      .filter(({ link, remote }) => decide(null, remote, baseOf(link) ?? { localHash: '', remoteHash: '' }, remote.resource).kind === 'archiveInBilly')
      .map(({ link, remote }): PlannedRecord => ({ kind: 'deletion', link, item: remote }));
    return [...paired, ...imports, ...deletions];
  }
}
