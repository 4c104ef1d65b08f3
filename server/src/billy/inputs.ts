/*
 * What the plugin may send to Billy when creating or updating records (billy-api.md §4).
 * Only fields Billy documents as writable; read-only ones (amounts, dueDate, state changes other
 * than draft → approved) are left out so the compiler catches a sync that tries to set them.
 */

export type BillyPaymentTermsMode = 'net' | 'netEndOfMonth' | 'date';

export interface BillyContactPersonInput {
  /** required when created on its own; implicit when embedded in a contact */
  contactId?: string;
  name?: string;
  email?: string;
  isPrimary?: boolean;
}

export interface BillyContactInput {
  type?: 'company' | 'person';
  name: string;
  countryId: string;
  contactNo?: string;
  registrationNo?: string;
  ean?: string;
  street?: string;
  zipcodeText?: string;
  cityText?: string;
  stateText?: string;
  phone?: string;
  localeId?: string;
  currencyId?: string;
  paymentTermsMode?: BillyPaymentTermsMode;
  paymentTermsDays?: number | null;
  isCustomer?: boolean;
  isSupplier?: boolean;
  isArchived?: boolean;
  /** replaces every existing person when sent in an update */
  contactPersons?: BillyContactPersonInput[];
}

export interface BillyProductPriceInput {
  /** required when created on its own; implicit when embedded in a product */
  productId?: string;
  currencyId: string;
  unitPrice: number;
}

export interface BillyProductInput {
  name: string;
  productNo?: string;
  description?: string;
  accountId?: string;
  salesTaxRulesetId?: string;
  isArchived?: boolean;
  /** at most one per currency */
  prices?: BillyProductPriceInput[];
}

export interface BillyInvoiceLineInput {
  /** required when created on its own; implicit when embedded in an invoice */
  invoiceId?: string;
  productId: string;
  description?: string;
  quantity?: number;
  unitPrice?: number;
  discountText?: string;
  discountMode?: 'cash' | 'percent';
  discountValue?: number;
  priority?: number;
}

export interface BillyInvoiceInput {
  /** 'creditNote' for a credit note */
  type?: 'invoice' | 'creditNote';
  contactId: string;
  attContactPersonId?: string | null;
  entryDate: string;
  paymentTermsMode?: BillyPaymentTermsMode;
  paymentTermsDays?: number | null;
  /** create as approved, or approve a draft; the only state change Billy allows */
  state?: 'draft' | 'approved';
  invoiceNo?: string;
  taxMode?: 'incl' | 'excl';
  currencyId?: string;
  exchangeRate?: number;
  contactMessage?: string | null;
  /** whether Billy accepts it on create is UNCONFIRMED (billy-api.md §8.2) */
  externalId?: string;
  creditedInvoiceId?: string;
  /** at least one on create; replaces every line when sent in an update */
  lines?: BillyInvoiceLineInput[];
}
