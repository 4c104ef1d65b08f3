import type { ModuleName, RunRecordEntry, SyncPriority } from '../../../contracts';
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

/** Why a record is logged as a conflict, and which side's version it kept. */
export const conflictNote = (priority: SyncPriority, conflicts: readonly string[]): Pick<RunRecordEntry, 'reason' | 'message'> => ({
  reason: `kept_${priority}`,
  message: `Changed in both Strapi and Billy since the last sync (${conflicts.join(', ')}); the ${priority === 'strapi' ? 'Strapi' : 'Billy'} version was kept.`,
});
