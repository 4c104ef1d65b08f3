/** Records as Billy sends them on the wire (field names and value forms from billy-api.md §4). */

export type ContactType = 'company' | 'person';
export type PaymentTermsMode = 'net' | 'netEndOfMonth' | 'date';
export type TaxMode = 'incl' | 'excl';
export type DiscountMode = 'cash' | 'percent';
export type InvoiceState = 'draft' | 'approved';
export type SentState = 'unsent' | 'printed' | 'sent' | 'opened' | 'viewed';
export type CreditNoteLiteral = 'creditNote' | 'credit_note';

export const CONTACT_TYPES: readonly ContactType[] = ['company', 'person'];
export const PAYMENT_TERMS_MODES: readonly PaymentTermsMode[] = ['net', 'netEndOfMonth', 'date'];
export const TAX_MODES: readonly TaxMode[] = ['incl', 'excl'];
export const DISCOUNT_MODES: readonly DiscountMode[] = ['cash', 'percent'];
export const INVOICE_STATES: readonly InvoiceState[] = ['draft', 'approved'];
export const SENT_STATES: readonly SentState[] = ['unsent', 'printed', 'sent', 'opened', 'viewed'];

export type SandboxOrganization = {
  id: string;
  name: string;
  baseCurrencyId: string;
  localeId: string;
  countryId: string;
  paymentTermsMode: PaymentTermsMode;
  paymentTermsDays: number;
  defaultSalesAccountId: string;
  defaultSalesTaxRulesetId: string;
  defaultTaxMode: TaxMode;
  invoiceNoMode: 'sequential';
  nextInvoiceNo: number;
  hasVat: boolean;
  isLocked: boolean;
  lockedReason: string | null;
  createdTime: string;
};

export type SandboxContact = {
  id: string;
  organizationId: string;
  type: ContactType;
  name: string;
  countryId: string;
  street: string | null;
  cityText: string | null;
  zipcodeText: string | null;
  stateText: string | null;
  contactNo: string | null;
  phone: string | null;
  fax: string | null;
  currencyId: string | null;
  registrationNo: string | null;
  ean: string | null;
  localeId: string | null;
  isCustomer: boolean;
  isSupplier: boolean;
  paymentTermsMode: PaymentTermsMode | null;
  paymentTermsDays: number | null;
  isArchived: boolean;
  isSalesTaxExempt: boolean;
  createdTime: string;
};

export type SandboxContactPerson = {
  id: string;
  contactId: string;
  name: string | null;
  email: string | null;
  isPrimary: boolean;
};

export type SandboxProduct = {
  id: string;
  organizationId: string;
  name: string;
  description: string | null;
  productNo: string | null;
  suppliersProductNo: string | null;
  accountId: string;
  salesTaxRulesetId: string;
  isArchived: boolean;
  createdTime: string;
};

export type SandboxProductPrice = {
  id: string;
  productId: string;
  unitPrice: number;
  currencyId: string;
};

/** An invoice as stored: `type` is canonical whatever the credit-note switch says; `downloadUrl` is derived on output. */
export type InvoiceRecord = {
  id: string;
  organizationId: string;
  type: 'invoice' | 'creditNote';
  createdTime: string;
  approvedTime: string | null;
  contactId: string;
  attContactPersonId: string | null;
  entryDate: string;
  paymentTermsMode: PaymentTermsMode | null;
  paymentTermsDays: number | null;
  dueDate: string;
  state: InvoiceState;
  sentState: SentState;
  invoiceNo: string | null;
  taxMode: TaxMode;
  currencyId: string;
  exchangeRate: number;
  contactMessage: string | null;
  lineDescription: string;
  amount: number;
  tax: number;
  grossAmount: number;
  balance: number;
  isPaid: boolean;
  creditedInvoiceId: string | null;
  orderNo: string | null;
  externalId: string | null;
};

export type SandboxInvoice = Omit<InvoiceRecord, 'type'> & {
  type: 'invoice' | CreditNoteLiteral;
  downloadUrl: string;
};

export type SandboxInvoiceLine = {
  id: string;
  invoiceId: string;
  productId: string;
  description: string | null;
  quantity: number;
  unitPrice: number;
  discountText: string | null;
  discountMode: DiscountMode | null;
  discountValue: number | null;
  priority: number;
  amount: number;
  tax: number;
  taxRateId: string | null;
};

/** A payment on a cash account, associated with invoices (billy-api.md §4.4). */
export type BankPaymentRecord = {
  id: string;
  organizationId: string;
  createdTime: string;
  entryDate: string;
  cashAmount: number;
  cashSide: 'debit' | 'credit';
  cashAccountId: string;
  associations: Array<{ subjectReference: string }>;
  isVoided: boolean;
};

/** An e-mail sent with POST /v2/invoices/:id/emails; the sandbox keeps it for tests and demos. */
export type InvoiceEmailRecord = {
  id: string;
  invoiceId: string;
  contactPersonId: string;
  toEmail: string;
  emailSubject: string;
  emailBody: string;
  copyToUserId: string | null;
  sentTime: string;
};

/** Test data for `control.seed`: records nest their children the way Billy's nested saves do. */
export type SandboxSeed = {
  contacts?: Array<Partial<SandboxContact> & { contactPersons?: Array<Partial<SandboxContactPerson>> }>;
  products?: Array<Partial<SandboxProduct> & { prices?: Array<Partial<SandboxProductPrice>> }>;
  invoices?: Array<Partial<SandboxInvoice> & { lines?: Array<Partial<SandboxInvoiceLine>> }>;
};

export type SandboxState = {
  organization: SandboxOrganization;
  contacts: SandboxContact[];
  contactPersons: SandboxContactPerson[];
  products: SandboxProduct[];
  productPrices: SandboxProductPrice[];
  invoices: SandboxInvoice[];
  invoiceLines: SandboxInvoiceLine[];
  bankPayments: BankPaymentRecord[];
  invoiceEmails: InvoiceEmailRecord[];
};
