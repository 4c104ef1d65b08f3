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
  invoiceActions: {
    cashAccountId: null,
    emailTemplates: {
      en: {
        subject: 'Invoice {invoiceNo} from {companyName}',
        body: 'Dear {customerName},\n\nHere is invoice {invoiceNo} of {amount}, due on {dueDate}.\n\nKind regards,\n{companyName}',
      },
      da: {
        subject: 'Faktura {invoiceNo} fra {companyName}',
        body: 'Kære {customerName}\n\nHer er faktura {invoiceNo} på {amount} med forfald {dueDate}.\n\nVenlig hilsen\n{companyName}',
      },
    },
  },
  alerts: { recipients: [], unreachableAfterMinutes: 30 },
};
