/** The invoice workflow from the edit view: approve, send, PDF, credit note, payment, open in Billy. */

export const EMAIL_TEMPLATE_LOCALES = ['en', 'da'] as const;
export type EmailTemplateLocale = (typeof EMAIL_TEMPLATE_LOCALES)[number];

/** Placeholders a template may use, each written {name}. */
export const EMAIL_TEMPLATE_PLACEHOLDERS = ['invoiceNo', 'amount', 'dueDate', 'companyName', 'customerName'] as const;
export type EmailTemplatePlaceholder = (typeof EMAIL_TEMPLATE_PLACEHOLDERS)[number];

const isPlaceholder = (name: string): name is EmailTemplatePlaceholder => (EMAIL_TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name);

/**
 * Every `{…}` of a template that is not one of the placeholders, as written (`{fakturaNr}`), each
 * once: the e-mail would carry it as it stands, so the settings refuse it and the admin names it.
 */
export const unknownPlaceholders = (template: string): string[] => {
  const unknown = [...template.matchAll(/\{([^{}]*)\}/g)].filter((match) => !isPlaceholder(match[1] ?? '')).map((match) => match[0]);
  return [...new Set(unknown)];
};

export interface EmailTemplate {
  subject: string;
  body: string;
}

/** Settings › Billy › Invoice actions. */
export interface InvoiceActionSettings {
  /** The Billy account payments are booked on (one with isPaymentEnabled); null: ask in the dialog. */
  cashAccountId: string | null;
  /** By the customer's language in Billy: Danish customers get `da`, everyone else `en`. */
  emailTemplates: Record<EmailTemplateLocale, EmailTemplate>;
}

export type InvoiceActionName = 'approve' | 'send' | 'creditNote' | 'payment';

export interface BillyContactPersonView {
  id: string;
  name: string | null;
  email: string | null;
  isPrimary: boolean;
}

export interface PaymentAccountView {
  id: string;
  name: string;
  accountNo: string | null;
}

/** GET /billy/invoices/:documentId/actions — what the edit view's invoice actions need. */
export interface InvoiceActionsView {
  documentId: string;
  kind: 'invoice' | 'creditNote';
  /** null: never synced to Billy, so no action is possible yet */
  billyId: string | null;
  state: 'draft' | 'approved' | null;
  /** When Billy booked it (its `approvedTime`); null for a draft, or when Billy does not say. */
  approvedTime: string | null;
  sentState: string | null;
  invoiceNo: string | null;
  currency: string;
  grossAmount: number | null;
  balance: number | null;
  isPaid: boolean;
  /** What a new credit note may still credit: the balance less the draft credit notes waiting in Strapi. */
  creditableAmount: number | null;
  /** The invoice's lines as Strapi holds them, by position (what a credit note may take). */
  lines: Array<{ index: number; description: string | null; quantity: number; unitPrice: number }>;
  /** The customer's contact persons in Billy (those with an address can receive the invoice). */
  contactPersons: BillyContactPersonView[];
  /** The template for the customer's language, placeholders filled in. */
  email: { locale: EmailTemplateLocale; subject: string; body: string };
  paymentAccounts: PaymentAccountView[];
  cashAccountId: string | null;
  /** The record in Billy's web app; null when the organization's web-app address is unknown. */
  webUrl: string | null;
}

export interface GetInvoiceActionsResponse {
  data: InvoiceActionsView;
}

/** What an action did; `replayed` when it had already been done (a double click, a retry). */
export interface InvoiceActionResult {
  action: InvoiceActionName;
  runId: number | null;
  replayed: boolean;
  /** English, as the run log has it; the admin words the result from `action`, `replayed` and `values` */
  message: string;
  /** send: `recipient`; payment: `amount`, `currency` */
  values?: Record<string, string | number>;
  /** the credit note created (creditNote action) */
  creditNoteDocumentId?: string;
  invoice: InvoiceActionsView;
}

export interface InvoiceActionResponse {
  data: InvoiceActionResult;
}

/** POST /billy/invoices/:documentId/send */
export interface SendInvoiceRequest {
  contactPersonId?: string;
  subject?: string;
  body?: string;
  /** a draft is approved first ("approve and send") */
  approveFirst?: boolean;
}

/** POST /billy/invoices/:documentId/credit-note — all lines when `lines` is absent. */
export interface CreditNoteRequest {
  /** by the invoice line's position; quantity at most the line's */
  lines?: Array<{ index: number; quantity: number }>;
}

/** POST /billy/invoices/:documentId/payments */
export interface RegisterPaymentRequest {
  amount: number;
  /** YYYY-MM-DD */
  paidOn: string;
  accountId?: string;
  /** a payment above the balance is refused unless this is true */
  confirmOverpayment?: boolean;
}

/** GET /billy/web-links/:uid/:documentId — the record in Billy's web app, or null. */
export interface WebLinkResponse {
  data: { url: string | null };
}

/** Header the admin sends with each action, one value per dialog: a repeat with it is answered, not redone. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
