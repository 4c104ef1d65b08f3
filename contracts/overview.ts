import type { ModuleName } from './modules';
import type { ConnectionStatus } from './settings';
import type { RunSummary } from './sync';

/** The organization or contact an amount is owed by; null on the overview is "no customer" (an invoice whose contact is unknown). */
export interface OverviewCustomer {
  module: Extract<ModuleName, 'organizations' | 'contacts'>;
  documentId: string;
  /** null when the admin may not read that content type in the Content Manager */
  name: string | null;
}

/** Overdue balance by days past the due date. */
export interface OverdueBuckets {
  days1to30: number;
  days31to60: number;
  days61to90: number;
  over90: number;
}

export interface InvoicedMonth {
  /** YYYY-MM */
  month: string;
  /** approved invoices less credit notes, excl. VAT */
  net: number;
  /** incl. VAT */
  gross: number;
}

export interface TopDebtor {
  customer: OverviewCustomer | null;
  outstanding: number;
  overdue: number;
}

export interface OverdueInvoice {
  documentId: string;
  /** null when unnumbered, or when the admin may not read invoices in the Content Manager */
  invoiceNo: string | null;
  customer: OverviewCustomer | null;
  /** YYYY-MM-DD */
  dueDate: string;
  daysOverdue: number;
  balance: number;
}

/** One currency's figures. Amounts are numbers in the currency's unit, rounded to 2 decimals. */
export interface CurrencyOverview {
  currency: string;
  /** balance of approved, unpaid invoices, open credit notes netted */
  outstanding: number;
  /** the part of the outstanding past its due date */
  overdue: number;
  overdueBuckets: OverdueBuckets;
  /** gross amount of the invoices whose payment was pulled back in the last 30 days, credit notes netted */
  paidLast30Days: number;
  /** the last 12 months, oldest first, the current month last */
  invoicedByMonth: InvoicedMonth[];
  /** the 10 customers with the most outstanding */
  topDebtors: TopDebtor[];
  /** oldest due date first, at most OVERDUE_INVOICE_LIMIT */
  overdueInvoices: OverdueInvoice[];
  /** all overdue invoices, also those beyond the list */
  overdueInvoiceCount: number;
}

export const OVERDUE_INVOICE_LIMIT = 100;
export const TOP_DEBTOR_LIMIT = 10;

/** GET /billy/overview (permission accounting.read) */
export interface OverviewResponse {
  data: {
    /** when Billy's figures were last pulled (the last successful payment pass or full sync); null before the first */
    asOf: string | null;
    /** currencies with at least one approved invoice; a currency with none is absent */
    currencies: CurrencyOverview[];
  };
}

export interface AccountInvoice {
  documentId: string;
  invoiceNo: string | null;
  kind: 'invoice' | 'creditNote';
  currency: string;
  dueDate: string | null;
  balance: number;
  overdue: boolean;
}

/** GET /billy/accounts/:uid/:documentId (permission accounting.read): one customer's account. */
export interface CustomerAccountResponse {
  data: {
    asOf: string | null;
    /** per currency with something open */
    totals: Array<{ currency: string; outstanding: number; overdue: number }>;
    /** open invoices and credit notes, oldest due date first (at most OVERDUE_INVOICE_LIMIT) */
    openInvoices: AccountInvoice[];
  };
}

/** GET /billy/sync-health (permission sync.read): what the home-page widget shows beside the overdue total. */
export interface SyncHealthResponse {
  data: {
    connection: ConnectionStatus;
    /** the last finished run, whatever its trigger */
    lastRun: RunSummary | null;
    /** records whose last sync failed and that are still failing */
    failingRecords: number;
  };
}
