/** What the generic HTTP handlers need to know about one Billy resource. */
import type { AnyRecord, CollectionName, DataView } from '../data-view';
import type { JsonObject } from '../fields';
import type { SandboxSwitches } from '../public-types';
import type { TableName } from '../store';
import type { Transaction } from '../transaction';

export type Relation =
  | { kind: 'belongsTo'; target: CollectionName; foreignKey: string }
  /** `idsKey` holds the children's ids on the parent when they are sideloaded (`lineIds`). */
  | { kind: 'hasMany'; target: CollectionName; foreignKey: string; idsKey: string };

export type FilterContext = { switches: SandboxSwitches; view: DataView };
export type RecordFilter = (record: AnyRecord, value: string, context: FilterContext) => boolean;
export type PresentContext = { switches: SandboxSwitches; origin: string };

export interface ResourceWriter<R extends AnyRecord> {
  readonly table: TableName;
  create(tx: Transaction, input: JsonObject): void;
  update(tx: Transaction, existing: R, input: JsonObject): void;
  remove(tx: Transaction, existing: R): void;
}

export interface ResourceDefinition<R extends AnyRecord = AnyRecord> {
  /** URL segment and root key of lists and write answers. */
  readonly plural: CollectionName;
  /** Root key of single-record answers and request bodies; key of `validationErrors`. */
  readonly singular: string;
  /** Readable without a token (Billy's own client reads these anonymously, billy-api.md §1). */
  readonly isPublic?: boolean;
  readonly filters: Readonly<Record<string, RecordFilter>>;
  /** A filter listing refuses to go without (contactPersons needs contactId). */
  readonly requiredFilter?: string;
  readonly sortProperties: readonly string[];
  readonly relations: Readonly<Record<string, Relation>>;
  /** Absent for read-only resources, which answer 405 to writes. */
  readonly writer?: ResourceWriter<R>;
  /** The wire form, when it differs from the stored record. */
  present?(record: R, context: PresentContext): AnyRecord;
}
