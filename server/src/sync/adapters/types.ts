import type { BillySettings, ModuleName } from '../../../../contracts';
import type { BillyClient } from '../../billy';
import type { FormerTwin } from '../../services/sync-links';
import type { LocalDocument, MappingContext, ModuleMapping, View } from '../mapping/types';
import type { MatchRule } from '../matching';
import type { BillyResource, RemoteItem } from '../remote/items';
import type { RemoteData } from '../remote/remote-data';

/** Steps of a run in dependency order; credit notes come after the invoices they credit. */
export const PHASES = ['organizations', 'contacts', 'products', 'invoices', 'creditNotes'] as const;
export type Phase = (typeof PHASES)[number];

export interface CreateContext {
  /** the stable key to stamp into Billy */
  key: string;
  settings: BillySettings;
}

/** Everything module-specific about syncing one phase: which records, how to match, how to write them to Billy. */
export interface SyncAdapter {
  phase: Phase;
  module: ModuleName;
  mapping: ModuleMapping;
  /** What to populate when loading the Strapi documents. */
  populate: Record<string, unknown>;
  /** Which documents of the module the phase syncs (a Document Service filter); none: all of them. */
  documentFilters: Record<string, unknown> | null;
  /** Billy's records the phase pairs with (links to any of them resolve). */
  remoteItems(remote: RemoteData): Promise<RemoteItem[]>;
  /** Whether a Billy record is this phase's to match or import (default: all of remoteItems). */
  owns?(item: RemoteItem): boolean;
  /**
   * The document's view against its linked Billy record, where Billy's value must stand (what
   * Billy would refuse to change, or a value Strapi no longer has); with what to warn about.
   */
  settle?(view: View, remote: RemoteItem, doc: LocalDocument, ctx: MappingContext): { view: View; warning: string | null };
  /** Which Billy resource a document is synced as (a contact: private contact, or contact person). */
  resourceFor(doc: LocalDocument): BillyResource;
  /** The Billy fields that resource has; null when it has every mapped field. */
  fieldsOf(resource: BillyResource): readonly string[] | null;
  matchRules(resource: BillyResource): readonly MatchRule[];
  /** The Billy field that carries the stable key, or null when the resource has none (contact persons). */
  keyField(resource: BillyResource): string | null;
  archivableInBilly: boolean;
  archivableInStrapi: boolean;
  /** One POST (nested children included): the record as Billy saved it, or only its id when the answer does not tell it all. */
  create(client: BillyClient, values: View, context: CreateContext, resource: BillyResource): Promise<RemoteItem | string>;
  /**
   * Writes the changed fields; only ever called with full known values, so retrying it is safe.
   * Answers the record as Billy saved it, built from the write's answer, or null when that answer
   * does not tell it all (the caller then reads the record back).
   */
  update(client: BillyClient, item: RemoteItem, patch: View, local: View): Promise<RemoteItem | null>;
  /** A contact person is removed (nothing booked hangs on it); everything else is archived. */
  archive(client: BillyClient, item: RemoteItem): Promise<'archived' | 'removed'>;
  /** Takes a former twin out of use once the record was created anew: deleted or removed when nothing booked hangs on it, else archived. */
  retire(client: BillyClient, twin: FormerTwin): Promise<'archived' | 'removed'>;
  /**
   * Whether a former twin goes before its successor is created: a draft invoice carries the same
   * stable key as its successor, so both must never exist at once. A person goes after, so none is lost.
   */
  retiresBeforeCreate: boolean;
  fetch(client: BillyClient, billyId: string, resource: BillyResource): Promise<RemoteItem | null>;
  /** After an attempt with an unknown outcome: the record that attempt may have created. */
  findByKey(client: BillyClient, key: string, values: View, resource: BillyResource): Promise<RemoteItem | null>;
}

/** The fields of `view` in `fields` that hold a value (what a create sends). */
export const filledFields = (view: View, fields: readonly string[]): View =>
  Object.fromEntries(fields.filter((field) => view[field] !== null && view[field] !== undefined).map((field) => [field, view[field]]));

/** The fields of `patch` in `fields`, empty ones included (an update may clear a value). */
export const patchFields = (patch: View, fields: readonly string[]): View =>
  Object.fromEntries(fields.filter((field) => field in patch).map((field) => [field, patch[field]]));
