import { numberCodec } from './codecs';
import { pairsOf } from './pairs';
import type { ModuleMapping } from './types';

/**
 * Organization ↔ Billy contact of type company (billy-api.md §4.1). `email` is not a field of a
 * Billy contact: it is read from and written to the contact's primary contact person.
 */
export const organizationMapping: ModuleMapping = {
  module: 'organizations',
  defaultPairs: pairsOf([
    ['name', 'name'],
    ['registrationNo', 'registrationNo'],
    ['ean', 'ean'],
    ['customerNo', 'contactNo'],
    ['street', 'street'],
    ['zipCode', 'zipcodeText'],
    ['city', 'cityText'],
    ['country', 'countryId'],
    ['phone', 'phone'],
    ['email', 'email'],
    ['invoiceLocale', 'localeId'],
    ['currency', 'currencyId'],
    ['paymentTermsMode', 'paymentTermsMode'],
    ['paymentTermsDays', 'paymentTermsDays'],
    ['archived', 'isArchived'],
  ]),
  codecs: { paymentTermsDays: numberCodec },
};
