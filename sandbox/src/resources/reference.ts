/** Read-only reference resources: writes answer 405 METHOD_NOT_ALLOWED (billy-api.md §3.1, §4.6). */
import type { CollectionName } from '../data-view';
import { booleanFilter } from './filters';
import type { Relation, ResourceDefinition } from './resource';

function referenceResource(
  plural: CollectionName,
  singular: string,
  options: { isPublic?: boolean; sortProperties?: string[]; relations?: Record<string, Relation> } = {},
): ResourceDefinition {
  return {
    plural,
    singular,
    isPublic: options.isPublic ?? false,
    filters: {},
    sortProperties: options.sortProperties ?? ['id', 'name'],
    relations: options.relations ?? {},
  };
}

/** Billy's own web client reads these without a token (billy-api.md §1). */
export const countries = referenceResource('countries', 'country', {
  isPublic: true,
  relations: { locale: { kind: 'belongsTo', target: 'locales', foreignKey: 'localeId' } },
});
export const currencies = referenceResource('currencies', 'currency', { isPublic: true });
export const locales = referenceResource('locales', 'locale', { isPublic: true });

export const accounts: ResourceDefinition = {
  ...referenceResource('accounts', 'account', {
    sortProperties: ['accountNo', 'name'],
    relations: { taxRate: { kind: 'belongsTo', target: 'taxRates', foreignKey: 'taxRateId' } },
  }),
  filters: { isArchived: booleanFilter('isArchived'), isPaymentEnabled: booleanFilter('isPaymentEnabled') },
};
export const salesTaxRulesets = referenceResource('salesTaxRulesets', 'salesTaxRuleset', {
  relations: { fallbackTaxRate: { kind: 'belongsTo', target: 'taxRates', foreignKey: 'fallbackTaxRateId' } },
});
export const taxRates = referenceResource('taxRates', 'taxRate', { sortProperties: ['name', 'rate'] });
