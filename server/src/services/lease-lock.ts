import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { SYNC_LOCK_UID as LOCK_UID } from '../models/sync-lock';

export interface Lease {
  holder: string;
  /** Extends the lease; false when it was lost (expired and taken over by someone else). */
  renew(): Promise<boolean>;
  release(): Promise<void>;
  setRunId(runId: number): Promise<void>;
}

export interface LeaseHolder {
  holder: string | null;
  runId: number | null;
  expiresAt: number | null;
}

/**
 * A lease lock in the database, shared by every trigger and every Strapi instance on the same
 * database. Taking it is one conditional UPDATE (free, or expired), so two instances can never both
 * succeed; a holder that crashed stops renewing and its lease is taken over once it expires.
 */
const leaseLock = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(LOCK_UID);

  const ensureRow = async (name: string) => {
    if (await query().findOne({ where: { name } })) return;
    try {
      await query().create({ data: { name, holder: null, expiresAt: 0 } });
    } catch {
      // Another instance created it between our read and our insert (unique name): that is fine.
    }
  };

  return {
    async acquire(name: string, ttlMs: number): Promise<Lease | null> {
      await ensureRow(name);
      const holder = crypto.randomUUID();
      const now = Date.now();
      const { count } = await query().updateMany({
        where: { name, $or: [{ holder: null }, { expiresAt: { $lt: now } }] },
        data: { holder, runId: null, expiresAt: now + ttlMs },
      });
      if (count !== 1) return null;
      const mine = { name, holder };
      return {
        holder,
        async renew() {
          const renewed = await query().updateMany({ where: mine, data: { expiresAt: Date.now() + ttlMs } });
          return renewed.count === 1;
        },
        async release() {
          await query().updateMany({ where: mine, data: { holder: null, runId: null, expiresAt: 0 } });
        },
        async setRunId(runId: number) {
          await query().updateMany({ where: mine, data: { runId } });
        },
      };
    },

    /** Who holds the lease now (null holder when free or expired). */
    async current(name: string): Promise<LeaseHolder> {
      const row = (await query().findOne({ where: { name } })) as { holder: string | null; runId: number | null; expiresAt: string | number | null } | null;
      const expiresAt = row?.expiresAt == null ? null : Number(row.expiresAt);
      if (!row?.holder || expiresAt === null || expiresAt < Date.now()) return { holder: null, runId: null, expiresAt: null };
      return { holder: row.holder, runId: row.runId, expiresAt };
    },
  };
};

export default leaseLock;
