import { z } from 'zod';

/*
 * Zod schemas of the Billy records the plugin reads (billy-api.md §4). Loose objects: fields Billy
 * adds tomorrow pass through untouched, and only `id` is required, so a sync never breaks on a shape
 * change it does not use. Known fields are type-checked and may be null, as Billy sends null freely.
 */

const id = z.string().min(1);
const text = z.string().nullish();
const num = z.number().nullish();
const bool = z.boolean().nullish();
/** Numbers people type (invoiceNo, accountNo) may come as either; the plugin compares them as text. */
const numberLikeText = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string().nullish());

export const billyOrganizationSchema = z.looseObject({
  id,
  name: text,
  baseCurrencyId: text,
  localeId: text,
  countryId: text,
  paymentTermsMode: text,
  paymentTermsDays: num,
  defaultSalesAccountId: text,
  defaultSalesTaxRulesetId: text,
  /** incl | excl */
  defaultTaxMode: text,
  invoiceNoMode: text,
  hasVat: bool,
  isLocked: bool,
  lockedReason: text,
});

export const billyContactPersonSchema = z.looseObject({
  id,
  contactId: text,
  name: text,
  email: text,
  isPrimary: bool,
});

export const billyContactSchema = z.looseObject({
  id,
  /** company | person */
  type: text,
  name: text,
  contactNo: numberLikeText,
  registrationNo: text,
  ean: text,
  street: text,
  zipcodeText: text,
  cityText: text,
  countryId: text,
  phone: text,
  localeId: text,
  currencyId: text,
  /** net | netEndOfMonth | date (| unknown) */
  paymentTermsMode: text,
  paymentTermsDays: num,
  isCustomer: bool,
  isSupplier: bool,
  isArchived: bool,
  createdTime: text,
  /** present with include=contact.contactPersons:embed */
  contactPersons: z.array(billyContactPersonSchema).nullish(),
});

export const billyProductPriceSchema = z.looseObject({
  id,
  productId: text,
  currencyId: text,
  unitPrice: num,
});

export const billyProductSchema = z.looseObject({
  id,
  name: text,
  productNo: numberLikeText,
  description: text,
  accountId: text,
  salesTaxRulesetId: text,
  isArchived: bool,
  createdTime: text,
  /** present with include=product.prices:embed */
  prices: z.array(billyProductPriceSchema).nullish(),
});

export const billyInvoiceLineSchema = z.looseObject({
  id,
  invoiceId: text,
  productId: text,
  description: text,
  quantity: num,
  unitPrice: num,
  /** cash | percent */
  discountMode: text,
  discountValue: num,
  priority: num,
  amount: num,
  tax: num,
  taxRateId: text,
});

export const billyInvoiceSchema = z.looseObject({
  id,
  /** invoice | creditNote */
  type: text,
  contactId: text,
  attContactPersonId: text,
  entryDate: text,
  dueDate: text,
  paymentTermsMode: text,
  paymentTermsDays: num,
  /** draft | approved | voided */
  state: text,
  /** unsent | printed | sent | opened | viewed */
  sentState: text,
  invoiceNo: numberLikeText,
  /** incl | excl */
  taxMode: text,
  currencyId: text,
  exchangeRate: num,
  contactMessage: text,
  externalId: text,
  creditedInvoiceId: text,
  /** net, excl. VAT */
  amount: num,
  tax: num,
  grossAmount: num,
  balance: num,
  isPaid: bool,
  downloadUrl: text,
  lineDescription: text,
  createdTime: text,
  approvedTime: text,
  /** present with include=invoice.lines:embed */
  lines: z.array(billyInvoiceLineSchema).nullish(),
});

export const billyCountrySchema = z.looseObject({ id, name: text, localeId: text, hasStates: bool, hasFiniteZipcodes: bool });
export const billyCurrencySchema = z.looseObject({ id, name: text, exchangeRate: num });
export const billyAccountSchema = z.looseObject({
  id,
  name: text,
  accountNo: numberLikeText,
  systemRole: text,
  currencyId: text,
  taxRateId: text,
  isPaymentEnabled: bool,
  isBankAccount: bool,
  isArchived: bool,
});
export const billySalesTaxRulesetSchema = z.looseObject({
  id,
  name: text,
  abbreviation: text,
  description: text,
  fallbackTaxRateId: text,
  isPredefined: bool,
});
export const billyTaxRateSchema = z.looseObject({
  id,
  name: text,
  abbreviation: text,
  /** a fraction: 0.25 is 25 % */
  rate: num,
  appliesToSales: bool,
  appliesToPurchases: bool,
  isActive: bool,
  isPredefined: bool,
});
export const billyLocaleSchema = z.looseObject({ id, name: text });

/** meta.paging of a list answer; Billy may add firstUrl/nextUrl and the like. */
export const billyPagingSchema = z.looseObject({
  page: z.number().int().positive(),
  pageCount: z.number().int().nonnegative(),
  pageSize: z.number().int().positive().nullish(),
  total: z.number().int().nonnegative().nullish(),
});

export type BillyOrganization = z.infer<typeof billyOrganizationSchema>;
export type BillyContact = z.infer<typeof billyContactSchema>;
export type BillyContactPerson = z.infer<typeof billyContactPersonSchema>;
export type BillyProduct = z.infer<typeof billyProductSchema>;
export type BillyProductPrice = z.infer<typeof billyProductPriceSchema>;
export type BillyInvoice = z.infer<typeof billyInvoiceSchema>;
export type BillyInvoiceLine = z.infer<typeof billyInvoiceLineSchema>;
export type BillyCountry = z.infer<typeof billyCountrySchema>;
export type BillyCurrency = z.infer<typeof billyCurrencySchema>;
export type BillyAccount = z.infer<typeof billyAccountSchema>;
export type BillySalesTaxRuleset = z.infer<typeof billySalesTaxRulesetSchema>;
export type BillyTaxRate = z.infer<typeof billyTaxRateSchema>;
export type BillyLocale = z.infer<typeof billyLocaleSchema>;
