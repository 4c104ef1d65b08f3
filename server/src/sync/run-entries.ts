import type { ModuleName, RunRecordEntry, SyncPriority, WriteRuleReason } from '../../../contracts';

type WriteRuleNote = { reason: WriteRuleReason; message: string; fields?: string[] };
import type { View } from './mapping/types';

export const NEEDS_CREDIT_NOTE = 'This invoice is approved in Billy and cannot be changed: it needs a credit note.';

/** A run log entry with the defaults filled in. */
export const recordEntry = (module: ModuleName, partial: Partial<RunRecordEntry> & Pick<RunRecordEntry, 'outcome'>): RunRecordEntry => ({
  module,
  documentId: null,
  billyId: null,
  direction: 'toBilly',
  reason: null,
  message: null,
  ...partial,
});

/** Both sides' values of the given fields, as the run log shows a diff or a conflict. */
export const fieldValues = (fields: readonly string[], strapi: View, billy: View): NonNullable<RunRecordEntry['changes']> =>
  Object.fromEntries(fields.map((field) => [field, { strapi: strapi[field] ?? null, billy: billy[field] ?? null }]));

/** Why an update is logged with a conflict (see CONFLICT_REASONS), and which side's version it kept. */
export const conflictNote = (priority: SyncPriority, conflicts: readonly string[]): Pick<RunRecordEntry, 'reason' | 'message'> => ({
  reason: `kept_${priority}`,
  message: `Changed in both Strapi and Billy since the last sync (${conflicts.join(', ')}); the ${priority === 'strapi' ? 'Strapi' : 'Billy'} version was kept.`,
});

/** Why a record was created anew in Billy instead of changed (see planner's replaceInBilly), for the run log. */
export const replacedNote = (
  module: ModuleName,
  resource: string,
  formerTwins: ReadonlyArray<{ billyResource: string }>,
  changed: readonly string[]
): WriteRuleNote => {
  if (module === 'invoices') {
    const fields = changed.length > 0 ? ` (${changed.join(', ')})` : '';
    return {
      reason: 'recreated',
      message: `Its customer, kind or credited invoice changed${fields}, which Billy cannot change once an invoice exists: the Billy draft was deleted and created again under the same key.`,
    };
  }
  if (formerTwins.some((twin) => twin.billyResource === 'contacts')) {
    return { reason: 'moved', message: "Joined an organization: created as a person of the organization's Billy contact, and the former private contact archived." };
  }
  if (resource === 'contacts') {
    return { reason: 'moved', message: 'Left its organization: created as a private contact in Billy, and the person removed from the organization.' };
  }
  return { reason: 'moved', message: "Moved to another organization: created as a person of the new organization's Billy contact, and removed from the old one (Billy cannot move a person)." };
};

/** A record Billy refused before, unchanged on both sides since: nothing is sent, Billy's reason stands. */
export const stillRefusedNote = (link: { lastError: { message: string; fields?: string[] } | null } | null): WriteRuleNote => ({
  reason: 'still_refused',
  message: `Still refused: ${link?.lastError?.message ?? 'Billy refused the last attempt.'} Nothing was sent again: change the record, or retry it.`,
  // The Strapi fields behind Billy's refusal stay named, so the admin can say which one to change.
  ...(link?.lastError?.fields?.length ? { fields: link.lastError.fields } : {}),
});
