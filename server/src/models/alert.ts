/**
 * The open incidents behind the alert banner and e-mails: at most one row per kind (a real unique
 * index, so two instances cannot both open one and both e-mail). A resolved incident's row is deleted.
 * Times are epoch milliseconds, the same on every database.
 */
export const ALERT_UID = 'plugin::billy.alert';

export const alertModel = {
  uid: ALERT_UID,
  singularName: 'billy_alerts',
  tableName: 'billy_alerts',
  attributes: {
    id: { type: 'increments' },
    kind: { type: 'string' },
    state: { type: 'string' },
    since: { type: 'biginteger' },
    lastSeenAt: { type: 'biginteger' },
    occurrences: { type: 'integer' },
    runId: { type: 'integer' },
  },
  indexes: [{ name: 'billy_alerts_kind_unique', columns: ['kind'], type: 'unique' }],
};
