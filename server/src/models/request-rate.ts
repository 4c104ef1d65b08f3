/**
 * The Billy request rate learnt per token, shared by every Strapi instance on the database and kept
 * across restarts. Keyed by a hash of API URL and token, never the token. `version` grows with
 * every write, so an instance writes only over the value it last saw (see services/request-rates.ts).
 */
export const REQUEST_RATE_UID = 'plugin::billy.request-rate';

export const requestRateModel = {
  uid: REQUEST_RATE_UID,
  singularName: 'billy_request_rates',
  tableName: 'billy_request_rates',
  attributes: {
    id: { type: 'increments' },
    tokenHash: { type: 'string' },
    requestsPerSecond: { type: 'float' },
    limitedAt: { type: 'float' },
    pausedUntil: { type: 'biginteger' },
    version: { type: 'integer' },
  },
  indexes: [{ name: 'billy_request_rates_token_unique', columns: ['token_hash'], type: 'unique' }],
};
