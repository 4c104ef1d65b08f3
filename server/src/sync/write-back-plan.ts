import type { View } from './mapping/types';
import type { FieldRule } from './field-rules';
import { viewHash, type SyncBase } from './snapshot';
import { sameValue } from './values';

/**
 * What a record's sync writes in Strapi once its Billy side is done, decided here so the code
 * that carries an operation out only executes. Pure: no Strapi, no HTTP, no clock. Beside the
 * planner (planner.ts decides what happens to Billy; this decides what comes back).
 */

const differing = (rules: readonly FieldRule[], local: View, remote: View) =>
  rules.filter((rule) => !sameValue(local[rule.field], remote[rule.field]));
/** A field Strapi owns (toBilly) never takes Billy's value. */
const pullable = (rule: FieldRule) => rule.direction !== 'toBilly';
/** A field Billy owns (fromBilly: figures Billy computes) is never sent to it. */
const sendable = (rule: FieldRule) => rule.direction !== 'fromBilly';

/** The fields a create sends to Billy: every field Strapi may set. */
export const fieldsToCreate = (rules: readonly FieldRule[]): string[] => rules.filter(sendable).map((rule) => rule.field);

/** The fields an import (a Billy record no document has) fills in the new document. */
export const fieldsToImport = (rules: readonly FieldRule[]): string[] => rules.filter(pullable).map((rule) => rule.field);

export interface CreatedInBilly {
  rules: readonly FieldRule[];
  /** the document's view as sent */
  local: View;
  /** Billy's record as created */
  remote: View;
  /** Billy created it approved: it is Billy's from now on */
  locked: boolean;
  /** the resource's stable key field (a generated invoice number), or null */
  keyField: string | null;
  /** the fields a replacement took from the Billy record it replaced (planner's replaceInBilly pull) */
  pull: readonly string[];
}

/**
 * The fields a create in Billy writes back to the document: Billy-computed figures, a generated
 * key and what a replacement took from Billy; for a record created approved (locked), every field
 * Billy may set, since Billy is its source of truth from now on. Only those that now differ.
 */
export const fieldsAfterCreate = ({ rules, local, remote, locked, keyField, pull }: CreatedInBilly): string[] =>
  differing(rules, local, remote)
    .filter((rule) => pullable(rule) && (locked || rule.direction === 'fromBilly' || rule.field === keyField || pull.includes(rule.field)))
    .map((rule) => rule.field);

export interface UpdatedInBilly {
  rules: readonly FieldRule[];
  local: View;
  /** Billy's record after the update (after the push, if there was one) */
  remote: View;
  /** the planner's pull */
  pull: readonly string[];
}

/**
 * The fields an update writes back to the document: the planner's pull, plus the Billy-computed
 * figures a push moved (amounts after new lines).
 */
export const fieldsAfterUpdate = ({ rules, local, remote, pull }: UpdatedInBilly): string[] => {
  const moved = differing(rules, local, remote).filter((rule) => rule.direction === 'fromBilly').map((rule) => rule.field);
  return [...new Set([...pull, ...moved])];
};

export interface SkippedRecord {
  rules: readonly FieldRule[];
  local: View;
  /** the linked or matched Billy record; null when Billy has none */
  remote: View | null;
  base: SyncBase | null;
  /** the link's state: only `synced` says the base is the last sync of both sides */
  linkState: string | null;
  /** former twins not yet retired (an interrupted replacement) */
  pendingFormerTwins: boolean;
}

export type SkipFollowUp =
  | { rebase: false }
  /**
   * The merge base is written anew (what both sides hold now): a first sync that found both sides
   * equal, a link left failed or pending, a base whose hashes are from other values (an echo of our
   * own write), or former twins still to retire (retired first).
   */
  | { rebase: true; why: 'no_base' | 'not_synced' | 'base_moved' | 'former_twins' };

/** Whether a record the planner skipped still has its merge base rewritten (nothing is sent or pulled). */
export const afterSkip = ({ rules, local, remote, base, linkState, pendingFormerTwins }: SkippedRecord): SkipFollowUp => {
  if (!remote) return { rebase: false };
  const fields = rules.map((rule) => rule.field);
  if (!base) return { rebase: true, why: 'no_base' };
  if (linkState !== 'synced') return { rebase: true, why: 'not_synced' };
  if (base.localHash !== viewHash(local, fields) || base.remoteHash !== viewHash(remote, fields)) return { rebase: true, why: 'base_moved' };
  return pendingFormerTwins ? { rebase: true, why: 'former_twins' } : { rebase: false };
};
