import type { BillyHttp } from './http';
import { collectPages } from './paging';
import { createListReader, type ResourceSpec } from './resources';
import {
  billyAccountSchema,
  billyCountrySchema,
  billyCurrencySchema,
  billyLocaleSchema,
  billySalesTaxRulesetSchema,
  billyTaxRateSchema,
  type BillyAccount,
  type BillyCountry,
  type BillyCurrency,
  type BillyLocale,
  type BillySalesTaxRuleset,
  type BillyTaxRate,
} from './schemas';

/** Read-only lists the mapping needs (ids for countryId, currencyId, accountId, …). Not cached here: the caller owns caching per organization. */
export interface BillyReferenceData {
  countries(): Promise<BillyCountry[]>;
  currencies(): Promise<BillyCurrency[]>;
  accounts(): Promise<BillyAccount[]>;
  salesTaxRulesets(): Promise<BillySalesTaxRuleset[]>;
  taxRates(): Promise<BillyTaxRate[]>;
  locales(): Promise<BillyLocale[]>;
}

function allOf<T>(http: BillyHttp, spec: ResourceSpec<T>): () => Promise<T[]> {
  const reader = createListReader(http, spec);
  return () => collectPages(reader.iteratePages());
}

export function createReferenceData(http: BillyHttp): BillyReferenceData {
  return {
    countries: allOf(http, { singular: 'country', plural: 'countries', noun: 'country', schema: billyCountrySchema }),
    currencies: allOf(http, { singular: 'currency', plural: 'currencies', noun: 'currency', schema: billyCurrencySchema }),
    accounts: allOf(http, { singular: 'account', plural: 'accounts', noun: 'account', schema: billyAccountSchema }),
    salesTaxRulesets: allOf(http, {
      singular: 'salesTaxRuleset',
      plural: 'salesTaxRulesets',
      noun: 'VAT ruleset',
      schema: billySalesTaxRulesetSchema,
    }),
    taxRates: allOf(http, { singular: 'taxRate', plural: 'taxRates', noun: 'tax rate', schema: billyTaxRateSchema }),
    locales: allOf(http, { singular: 'locale', plural: 'locales', noun: 'locale', schema: billyLocaleSchema }),
  };
}
