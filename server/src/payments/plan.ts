/**
 * The payment pass's decisions, pure: which of Billy's payment fields differ from what Strapi holds.
 * No Strapi, no HTTP, no clock.
 */

/** The fields of an approved invoice that Billy changes after approval (billy-api.md §5). */
export interface PaymentStatus {
  balance: number | null;
  isPaid: boolean;
  sentState: string | null;
  dueDate: string | null;
}

export const PAYMENT_FIELDS = ['balance', 'isPaid', 'sentState', 'dueDate'] as const satisfies ReadonlyArray<keyof PaymentStatus>;

export interface LocalPaymentStatus extends PaymentStatus {
  documentId: string;
  billyId: string;
}

export interface PaymentUpdate {
  documentId: string;
  billyId: string;
  patch: Partial<PaymentStatus>;
  /** each changed field with the value Strapi had and the one Billy holds (the run log's diff) */
  changes: Record<string, { strapi: unknown; billy: unknown }>;
}

const toAmount = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? Math.round(number * 100) / 100 : null;
};
const toDate = (value: unknown): string | null => (typeof value === 'string' && value ? value.slice(0, 10) : null);
const toText = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** A payment status from loosely typed values (a Billy view, or a database row where decimals may be strings). */
export const paymentStatusOf = (values: Record<string, unknown>): PaymentStatus => ({
  balance: toAmount(values.balance),
  isPaid: Boolean(values.isPaid),
  sentState: toText(values.sentState),
  dueDate: toDate(values.dueDate),
});

/**
 * One update per Strapi invoice whose payment status differs from Billy's; invoices Billy did not
 * answer for (not read this pass) are left as they are.
 */
export const planPaymentUpdates = (local: readonly LocalPaymentStatus[], billy: ReadonlyMap<string, PaymentStatus>): PaymentUpdate[] => {
  const updates: PaymentUpdate[] = [];
  for (const held of local) {
    const remote = billy.get(held.billyId);
    if (!remote) continue;
    const current = paymentStatusOf(held as unknown as Record<string, unknown>);
    const patch: Partial<PaymentStatus> = {};
    const changes: PaymentUpdate['changes'] = {};
    for (const field of PAYMENT_FIELDS) {
      if (current[field] === remote[field]) continue;
      // A field Billy left out (older answers) is not a change to empty.
      if (remote[field] === null && field !== 'balance') continue;
      (patch as Record<string, unknown>)[field] = remote[field];
      changes[field] = { strapi: current[field], billy: remote[field] };
    }
    if (Object.keys(patch).length > 0) updates.push({ documentId: held.documentId, billyId: held.billyId, patch, changes });
  }
  return updates;
};
