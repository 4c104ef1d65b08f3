/**
 * The lease row behind "one run at a time". An internal database model rather than a content type,
 * because it needs a real unique index on `name` (a content type's `unique` is only checked by the
 * Document Service, which two instances can both pass at once).
 */
export const SYNC_LOCK_UID = 'plugin::billy.sync-lock';

export const syncLockModel = {
  uid: SYNC_LOCK_UID,
  singularName: 'billy_sync_locks',
  tableName: 'billy_sync_locks',
  attributes: {
    id: { type: 'increments' },
    name: { type: 'string' },
    holder: { type: 'string' },
    runId: { type: 'integer' },
    expiresAt: { type: 'biginteger' },
  },
  indexes: [{ name: 'billy_sync_locks_name_unique', columns: ['name'], type: 'unique' }],
};
