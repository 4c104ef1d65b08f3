import type { FieldDirection, SyncDirection, SyncPriority } from '../../../contracts';
import { mergeFields, recordChanges } from './merge';
import type { View } from './mapping/types';
import { viewHash, type SyncBase } from './snapshot';
import { sameValue } from './values';

export interface PlanPolicy {
  direction: SyncDirection;
  /** Which side wins a field changed on both sides (direction `both`). */
  priority: SyncPriority;
  /** The mapped Billy fields with each pair's own direction. */
  fields: ReadonlyArray<{ field: string; direction: FieldDirection }>;
  /** Whether Billy can archive this kind of record (contacts, products: yes; invoices: never). */
  archivableInBilly: boolean;
  /** Whether the Strapi side has an archived flag to set when the Billy twin disappears. */
  archivableInStrapi: boolean;
  /** The resource's creation-only fields (creation-only.ts): a change to one is never a PUT. */
  creationOnly: readonly string[];
}

/** Both sides' hashes (of the mapped fields) when Billy last refused the record's write; remote '' when there was no Billy record. */
export interface Refusal {
  localHash: string;
  remoteHash: string;
}

export interface LocalSide {
  view: View;
}

export interface RemoteSide {
  view: View;
  archived: boolean;
  /** Billy accepts no change to it (an approved invoice). */
  locked: boolean;
}

export type SkipReason =
  | 'unchanged'
  | 'not_in_billy'
  | 'not_in_strapi'
  | 'already_archived'
  | 'booked'
  | 'missing_in_billy'
  | 'deleted_in_strapi'
  /** Billy refused this very write before and neither side changed since: sending it again would be refused again */
  | 'still_refused';

export type Operation =
  | { kind: 'skip'; reason: SkipReason }
  | { kind: 'createInBilly' }
  | { kind: 'createInStrapi' }
  /** push: fields to write to Billy; pull: fields to write to Strapi; conflicts: changed on both sides. */
  | { kind: 'update'; push: string[]; pull: string[]; conflicts: string[] }
  /**
   * A creation-only field changed (a person moved to another organization, a draft's customer,
   * kind or credited invoice): Billy refuses the PUT, so the record is created anew from the
   * Strapi values (with `pull` taken from Billy first) and the old one retired.
   */
  | { kind: 'replaceInBilly'; changed: string[]; pull: string[] }
  | { kind: 'archiveInBilly' }
  | { kind: 'archiveInStrapi' }
  /** An approved invoice edited in Strapi: Billy refuses, only a credit note can correct it. */
  | { kind: 'refuse'; reason: 'needs_credit_note'; pull: string[] };

const skip = (reason: SkipReason): Operation => ({ kind: 'skip', reason });

/** A Billy-owned field (direction fromBilly) flows back whatever the sync direction: Strapi cannot own it. */
const canPull = (direction: FieldDirection) => direction !== 'toBilly';

/**
 * Decides what to do with one record from its two sides and the merge base. Pure: no Strapi, no
 * HTTP, no clock. `local`/`remote` are null when that side has no record; `base` is null when the
 * pair was never synced (a first sync adopting a matching Billy record has both sides and no base).
 */
export function plan(
  local: LocalSide | null,
  remote: RemoteSide | null,
  base: SyncBase | null,
  policy: PlanPolicy,
  refusal: Refusal | null = null
): Operation {
  const { direction } = policy;
  if (!local && !remote) return skip('unchanged');
  const fields = policy.fields.map((rule) => rule.field);
  // Until either side changes (or someone retries, which clears the refusal), Billy's answer stands.
  const stillRefused = (localView: View, remoteView: View | null) =>
    refusal !== null && refusal.localHash === viewHash(localView, fields) && refusal.remoteHash === (remoteView ? viewHash(remoteView, fields) : '');

  if (local && !remote) {
    if (direction === 'fromBilly') return skip(base ? 'missing_in_billy' : 'not_in_billy');
    if (!base || direction === 'toBilly') return stillRefused(local.view, null) ? skip('still_refused') : { kind: 'createInBilly' };
    // Both ways and the Billy twin is gone: deleted in Billy, so archive rather than resurrect it.
    if (!policy.archivableInStrapi) return skip('missing_in_billy');
    return local.view.isArchived === true ? skip('already_archived') : { kind: 'archiveInStrapi' };
  }

  if (!local && remote) {
    if (!base) return direction === 'toBilly' ? skip('not_in_strapi') : { kind: 'createInStrapi' };
    if (direction === 'fromBilly') return skip('deleted_in_strapi');
    if (remote.locked || !policy.archivableInBilly) return skip('booked');
    return remote.archived ? skip('already_archived') : { kind: 'archiveInBilly' };
  }

  if (stillRefused((local as LocalSide).view, (remote as RemoteSide).view)) return skip('still_refused');
  return planPair(local as LocalSide, remote as RemoteSide, base, policy);
}

function planPair(local: LocalSide, remote: RemoteSide, base: SyncBase | null, policy: PlanPolicy): Operation {
  const changed = recordChanges(local.view, remote.view, base, policy.fields.map((rule) => rule.field));
  // Unchanged since the last sync on both sides — including our own echoes — means no writes.
  if (!changed.local && !changed.remote) return skip('unchanged');

  const { push, pull, conflicts } = mergeFields(local.view, remote.view, base, policy);
  if (remote.locked && push.length > 0) {
    const differing = policy.fields.filter((rule) => !sameValue(local.view[rule.field], remote.view[rule.field]));
    const billyOwned = differing.filter((rule) => rule.direction === 'fromBilly').map((rule) => rule.field);
    if (changed.local) return { kind: 'refuse', reason: 'needs_credit_note', pull: billyOwned };
    // Not edited in Strapi: after approval Billy is the source of truth, so take its values.
    const fromBilly = differing.filter((rule) => canPull(rule.direction)).map((rule) => rule.field);
    return fromBilly.length > 0 ? { kind: 'update', push: [], pull: fromBilly, conflicts: [] } : skip('unchanged');
  }
  if (push.length === 0 && pull.length === 0) return skip('unchanged');
  const creationOnly = push.filter((field) => policy.creationOnly.includes(field));
  if (creationOnly.length > 0) return { kind: 'replaceInBilly', changed: creationOnly, pull };
  return { kind: 'update', push, pull, conflicts };
}
