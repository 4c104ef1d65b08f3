import type { FieldDirection, SyncDirection, SyncPriority } from '../../../contracts';
import { mergeFields, recordChanges } from './merge';
import type { View } from './mapping/types';
import type { SyncBase } from './snapshot';
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

export type SkipReason = 'unchanged' | 'not_in_billy' | 'not_in_strapi' | 'already_archived' | 'booked' | 'missing_in_billy' | 'deleted_in_strapi';

export type Operation =
  | { kind: 'skip'; reason: SkipReason }
  | { kind: 'createInBilly' }
  | { kind: 'createInStrapi' }
  /** push: fields to write to Billy; pull: fields to write to Strapi; conflicts: changed on both sides. */
  | { kind: 'update'; push: string[]; pull: string[]; conflicts: string[] }
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
export function plan(local: LocalSide | null, remote: RemoteSide | null, base: SyncBase | null, policy: PlanPolicy): Operation {
  const { direction } = policy;
  if (!local && !remote) return skip('unchanged');

  if (local && !remote) {
    if (direction === 'fromBilly') return skip(base ? 'missing_in_billy' : 'not_in_billy');
    if (!base || direction === 'toBilly') return { kind: 'createInBilly' };
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
  return { kind: 'update', push, pull, conflicts };
}
