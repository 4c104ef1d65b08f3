/**
 * Read-only reference data of a realistic Danish company: the same for every organization
 * (Billy keeps accounts and rulesets per organization; the sandbox shares them, with stable ids).
 */
import { stableId } from './ids';

export type Country = { id: string; name: string; hasStates: boolean; hasFiniteZipcodes: boolean; localeId: string };
export type Currency = { id: string; name: string; exchangeRate: number };
export type Locale = { id: string; name: string };
export type TaxRate = {
  id: string;
  name: string;
  abbreviation: string;
  description: string;
  rate: number;
  appliesToSales: boolean;
  appliesToPurchases: boolean;
  isActive: boolean;
  isPredefined: boolean;
};
export type SalesTaxRuleset = {
  id: string;
  name: string;
  abbreviation: string;
  description: string;
  fallbackTaxRateId: string;
  isPredefined: boolean;
};
export type Account = {
  id: string;
  name: string;
  accountNo: number;
  description: string;
  natureId: 'asset' | 'liability' | 'equity' | 'revenue' | 'expense';
  systemRole: string | null;
  currencyId: string;
  taxRateId: string | null;
  isPaymentEnabled: boolean;
  isBankAccount: boolean;
  isArchived: boolean;
};

export type ReferenceTables = {
  countries: ReadonlyMap<string, Country>;
  currencies: ReadonlyMap<string, Currency>;
  locales: ReadonlyMap<string, Locale>;
  accounts: ReadonlyMap<string, Account>;
  salesTaxRulesets: ReadonlyMap<string, SalesTaxRuleset>;
  taxRates: ReadonlyMap<string, TaxRate>;
};
export type ReferenceCollection = keyof ReferenceTables;

function byId<T extends { id: string }>(records: T[]): ReadonlyMap<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

const country = (id: string, name: string, localeId: string, hasFiniteZipcodes = false): Country => ({
  id,
  name,
  hasStates: id === 'US',
  hasFiniteZipcodes,
  localeId,
});

const salesVat: TaxRate = {
  id: stableId('taxRate:salgsmoms'),
  name: 'Salgsmoms',
  abbreviation: 'S',
  description: 'Moms af salg, 25 %',
  rate: 0.25,
  appliesToSales: true,
  appliesToPurchases: false,
  isActive: true,
  isPredefined: true,
};
const purchaseVat: TaxRate = {
  ...salesVat,
  id: stableId('taxRate:koebsmoms'),
  name: 'Købsmoms',
  abbreviation: 'K',
  description: 'Moms af køb, 25 %',
  appliesToSales: false,
  appliesToPurchases: true,
};
const exemptSales: TaxRate = {
  ...salesVat,
  id: stableId('taxRate:momsfri'),
  name: 'Momsfrit salg',
  abbreviation: 'MF',
  description: 'Salg uden moms, 0 %',
  rate: 0,
};

const vatRuleset: SalesTaxRuleset = {
  id: stableId('salesTaxRuleset:moms'),
  name: 'Moms',
  abbreviation: 'Moms',
  description: 'Dansk moms, 25 %',
  fallbackTaxRateId: salesVat.id,
  isPredefined: true,
};
const exemptRuleset: SalesTaxRuleset = {
  id: stableId('salesTaxRuleset:momsfri'),
  name: 'Momsfri',
  abbreviation: 'Momsfri',
  description: 'Varer og ydelser uden moms',
  fallbackTaxRateId: exemptSales.id,
  isPredefined: true,
};

const account = (
  accountNo: number,
  name: string,
  natureId: Account['natureId'],
  extra: Partial<Omit<Account, 'id' | 'accountNo' | 'name' | 'natureId'>> = {},
): Account => ({
  id: stableId(`account:${accountNo}`),
  name,
  accountNo,
  description: '',
  natureId,
  systemRole: null,
  currencyId: 'DKK',
  taxRateId: null,
  isPaymentEnabled: false,
  isBankAccount: false,
  isArchived: false,
  ...extra,
});

const defaultSalesAccount = account(1110, 'Salg af varer/ydelser m/moms', 'revenue', { taxRateId: salesVat.id });

export const DEFAULT_SALES_ACCOUNT_ID = defaultSalesAccount.id;
export const DEFAULT_SALES_TAX_RULESET_ID = vatRuleset.id;

export const REFERENCE: ReferenceTables = {
  countries: byId([
    country('DK', 'Denmark', 'da_DK', true),
    country('SE', 'Sweden', 'sv_SE'),
    country('NO', 'Norway', 'en_US'),
    country('FI', 'Finland', 'en_US'),
    country('IS', 'Iceland', 'en_US'),
    country('GL', 'Greenland', 'da_DK'),
    country('FO', 'Faroe Islands', 'da_DK'),
    country('DE', 'Germany', 'de_DE'),
    country('GB', 'United Kingdom', 'en_US'),
    country('IE', 'Ireland', 'en_US'),
    country('US', 'United States', 'en_US'),
    country('FR', 'France', 'fr_FR'),
    country('NL', 'Netherlands', 'nl_NL'),
    country('BE', 'Belgium', 'nl_NL'),
    country('ES', 'Spain', 'en_US'),
    country('IT', 'Italy', 'en_US'),
    country('PL', 'Poland', 'en_US'),
    country('AT', 'Austria', 'de_DE'),
    country('CH', 'Switzerland', 'de_DE'),
  ]),
  currencies: byId([
    { id: 'DKK', name: 'Danish krone', exchangeRate: 1 },
    { id: 'EUR', name: 'Euro', exchangeRate: 7.46 },
    { id: 'USD', name: 'US dollar', exchangeRate: 6.85 },
    { id: 'SEK', name: 'Swedish krona', exchangeRate: 0.65 },
    { id: 'NOK', name: 'Norwegian krone', exchangeRate: 0.63 },
    { id: 'GBP', name: 'British pound', exchangeRate: 8.7 },
  ]),
  locales: byId([
    { id: 'da_DK', name: 'Dansk' },
    { id: 'en_US', name: 'English' },
    { id: 'de_DE', name: 'Deutsch' },
    { id: 'fr_FR', name: 'Français' },
    { id: 'nl_NL', name: 'Nederlands' },
    { id: 'sv_SE', name: 'Svenska' },
  ]),
  accounts: byId([
    defaultSalesAccount,
    account(1120, 'Salg af varer/ydelser u/moms', 'revenue', { taxRateId: exemptSales.id }),
    account(1130, 'Salg af varer til udlandet (EU)', 'revenue'),
    account(1310, 'Vareforbrug', 'expense', { taxRateId: purchaseVat.id }),
    account(2750, 'Husleje', 'expense', { taxRateId: purchaseVat.id }),
    account(5610, 'Debitorer', 'asset', { systemRole: 'accountsReceivable' }),
    account(5810, 'Bank', 'asset', { isPaymentEnabled: true, isBankAccount: true }),
    account(5820, 'Kasse', 'asset', { isPaymentEnabled: true }),
    account(6810, 'Kreditorer', 'liability', { systemRole: 'accountsPayable' }),
    account(7250, 'Salgsmoms', 'liability', { systemRole: 'salesTax' }),
    account(7260, 'Købsmoms', 'liability', { systemRole: 'purchaseTax' }),
    account(7210, 'Afregnet moms', 'liability', { systemRole: 'salesTaxPayable' }),
  ]),
  salesTaxRulesets: byId([vatRuleset, exemptRuleset]),
  taxRates: byId([salesVat, purchaseVat, exemptSales]),
};
