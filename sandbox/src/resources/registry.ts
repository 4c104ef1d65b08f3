/** Every resource the sandbox serves under /v2/<plural>. */
import { bankPayments } from './bank-payments';
import { contactPersons } from './contact-persons';
import { contacts } from './contacts';
import { invoiceLines } from './invoice-lines';
import { invoices } from './invoices';
import { productPrices } from './product-prices';
import { products } from './products';
import { accounts, countries, currencies, locales, salesTaxRulesets, taxRates } from './reference';
import type { ResourceDefinition } from './resource';

const ALL: ResourceDefinition[] = [
  contacts,
  contactPersons,
  products,
  productPrices,
  invoices,
  invoiceLines,
  bankPayments,
  countries,
  currencies,
  locales,
  accounts,
  salesTaxRulesets,
  taxRates,
];

export const RESOURCES_BY_PLURAL: ReadonlyMap<string, ResourceDefinition> = new Map(ALL.map((resource) => [resource.plural, resource]));
export const RESOURCES_BY_SINGULAR: ReadonlyMap<string, ResourceDefinition> = new Map(ALL.map((resource) => [resource.singular, resource]));
