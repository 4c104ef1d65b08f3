import type { MessageDescriptor } from 'react-intl';
import { message } from './message';

/** What a user can do about a failed record, per reason the engine records. */
const hints: Record<string, MessageDescriptor> = {
  auth: message('reason.auth.hint', 'Billy refused the access token: check the token in Settings › Billy, then sync again.'),
  validation: message('reason.validation.hint', 'Billy refused a value: fix the field Billy names in the message, save, then sync again.'),
  strapi_validation: message('reason.strapiValidation.hint', "Billy's data does not fit this record's fields: correct the record in Billy or here, then sync again."),
  invalid: message('reason.invalid.hint', 'The record cannot be sent as it is: fix what the message names, then sync again.'),
  needs_credit_note: message('reason.needsCreditNote.hint', 'This invoice is approved in Billy and cannot change: issue a credit note instead.'),
  network: message('reason.network.hint', 'Billy could not be reached: try again in a moment.'),
  rate_limit: message('reason.rateLimit.hint', 'Billy is limiting requests: wait a minute, then try again.'),
  billy: message('reason.billy.hint', 'Billy answered with an error: try again in a few minutes.'),
  not_found: message('reason.notFound.hint', 'Something this record refers to is missing in Billy: sync the records it depends on, then try again.'),
  dependency: message('reason.dependency.hint', 'A record it depends on is not in Billy yet: sync that record first, then try again.'),
  conflict: message('reason.conflict.hint', 'Billy refused the save because its record changed meanwhile: sync again to fetch the latest version.'),
  interrupted: message('reason.interrupted.hint', 'The sync stopped before this record: sync again.'),
  still_refused: message('reason.stillRefused.hint', 'Billy refused this record before and nothing has changed since, so it was not sent again: fix the field Billy names, save, or retry the record.'),
  product_kept: message('reason.productKept.hint', 'A product on this invoice was deleted in Strapi: the Billy invoice keeps its product. Choose another product on the line to change it.'),
};

const fallback = message('reason.other.hint', 'Try again; if it keeps failing, check the message and the run log.');

export const reasonHint = (reason: string | null | undefined): MessageDescriptor => (reason ? hints[reason] : undefined) ?? fallback;

const labels: Record<string, MessageDescriptor> = {
  auth: message('reason.auth', 'Access token refused'),
  validation: message('reason.validation', 'Refused by Billy'),
  strapi_validation: message('reason.strapiValidation', 'Refused by Strapi'),
  invalid: message('reason.invalid', 'Invalid record'),
  needs_credit_note: message('reason.needsCreditNote', 'Needs a credit note'),
  network: message('reason.network', 'Network error'),
  rate_limit: message('reason.rateLimit', 'Rate limited'),
  billy: message('reason.billy', 'Billy error'),
  not_found: message('reason.notFound', 'Not found in Billy'),
  dependency: message('reason.dependency', 'Waiting for another record'),
  conflict: message('reason.conflict', 'Changed in Billy meanwhile'),
  // an update of a record changed on both sides: the priority side's version was kept
  kept_strapi: message('reason.keptStrapi', 'Changed on both sides: Strapi version kept'),
  kept_billy: message('reason.keptBilly', 'Changed on both sides: Billy version kept'),
  interrupted: message('reason.interrupted', 'Interrupted'),
  missing_in_billy: message('reason.missingInBilly', 'Gone from Billy'),
  deleted_in_strapi: message('reason.deletedInStrapi', 'Deleted in Strapi'),
  moved: message('reason.moved', 'Moved in Billy'),
  recreated: message('reason.recreated', 'Created again in Billy'),
  still_refused: message('reason.stillRefused', 'Still refused by Billy'),
  product_kept: message('reason.productKept', 'Billy product kept'),
  // why a record was left as it is (skipped)
  unchanged: message('reason.unchanged', 'No changes'),
  not_in_billy: message('reason.notInBilly', 'Not in Billy (nothing is sent that way)'),
  not_in_strapi: message('reason.notInStrapi', 'Not in Strapi (nothing is fetched that way)'),
  already_archived: message('reason.alreadyArchived', 'Already archived'),
  booked: message('reason.booked', 'Approved in Billy: kept as it is'),
  error: message('reason.error', 'Unexpected error'),
};

/** A short label for a reason code; null for a code this admin does not know (never shown raw). */
export const reasonLabel = (reason: string): MessageDescriptor | null => labels[reason] ?? null;
