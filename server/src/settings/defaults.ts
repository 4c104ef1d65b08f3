import type { BillySettings } from '../../../contracts';

/** What a first-time user gets: nothing happens until they ask, invoices stay drafts. */
export const DEFAULT_SETTINGS: BillySettings = {
  mapping: { mode: 'default', custom: {} },
  syncMode: 'manual',
  syncDirection: 'toBilly',
  priority: null,
  invoicePriorityModule: 'organizations',
  approveInvoices: false,
  syncOnSave: false,
};
