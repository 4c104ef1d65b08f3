import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { RateMemory, SharedRate, StoredRate } from '../billy';
import { REQUEST_RATE_UID } from '../models/request-rate';

interface RequestRateRow {
  requestsPerSecond: number | string;
  limitedAt: number | string | null;
  pausedUntil: number | string | null;
  version: number;
}

/** The row key: a hash, so the table never holds (or reveals) the token. */
export const tokenHashOf = (apiUrl: string, accessToken: string) => crypto.createHash('sha256').update(`${apiUrl}\u0000${accessToken}`).digest('hex');

/** The one owner of billy_request_rates: each Billy client's rate memory over its token's row. */
const requestRates = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(REQUEST_RATE_UID);

  return {
    memoryFor(apiUrl: string, accessToken: string): RateMemory {
      const tokenHash = tokenHashOf(apiUrl, accessToken);
      return {
        async read(): Promise<StoredRate | null> {
          const row = (await query().findOne({ where: { tokenHash } })) as RequestRateRow | null;
          if (!row) return null;
          return {
            version: Number(row.version),
            shared: {
              requestsPerSecond: Number(row.requestsPerSecond),
              limitedAt: row.limitedAt === null ? null : Number(row.limitedAt),
              pausedUntil: Number(row.pausedUntil ?? 0),
            },
          };
        },
        async write(shared: SharedRate, expectedVersion: number): Promise<number | null> {
          const data = { requestsPerSecond: shared.requestsPerSecond, limitedAt: shared.limitedAt, pausedUntil: shared.pausedUntil, version: expectedVersion + 1 };
          if (expectedVersion === 0) {
            try {
              await query().create({ data: { tokenHash, ...data } });
              return data.version;
            } catch {
              // Another instance created the row first (unique hash): its value is read at the next sync.
              return null;
            }
          }
          const { count } = await query().updateMany({ where: { tokenHash, version: expectedVersion }, data });
          return count === 1 ? data.version : null;
        },
      };
    },
  };
};

export default requestRates;
