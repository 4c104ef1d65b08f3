/**
 * The on-save queue: one row per CRM document changed since its last push. An internal model with
 * a unique (module, document_id) index, so a burst of saves to one document stays one row.
 */
export const PENDING_CHANGE_UID = 'plugin::billy.pending-change';
export const PENDING_CHANGE_TABLE = 'billy_pending_changes';

export const pendingChangeModel = {
  uid: PENDING_CHANGE_UID,
  singularName: PENDING_CHANGE_TABLE,
  tableName: PENDING_CHANGE_TABLE,
  attributes: {
    id: { type: 'increments' },
    module: { type: 'string' },
    document_id: { type: 'string' },
    /** ms since epoch of the latest save; the worker only clears the row if no newer save came */
    changed_at: { type: 'biginteger' },
    attempts: { type: 'integer' },
    next_attempt_at: { type: 'biginteger' },
    last_error: { type: 'text' },
  },
  indexes: [{ name: 'billy_pending_changes_doc_unique', columns: ['module', 'document_id'], type: 'unique' }],
};
