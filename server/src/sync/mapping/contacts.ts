import { normalize } from '../values';
import { referenceCodec } from './codecs';
import { pairsOf } from './pairs';
import type { ModuleMapping } from './types';

/**
 * Contact (a person). Under an organization it is a contact person of the organization's Billy
 * contact, which only holds name and email (Billy has no phone on persons); without one it is a
 * Billy contact of type person whose primary contact person holds the email.
 */
export const contactMapping: ModuleMapping = {
  module: 'contacts',
  defaultPairs: pairsOf([
    ['name', 'name'],
    ['email', 'email'],
    ['organization', 'contactId'],
    ['phone', 'phone'],
    ['street', 'street'],
    ['zipCode', 'zipcodeText'],
    ['city', 'cityText'],
    ['country', 'countryId'],
    ['customerNo', 'contactNo'],
    ['archived', 'isArchived'],
  ]),
  codecs: {
    // A person entered as first and last name still has a name in Billy.
    name: {
      toBilly: (doc, pair) => normalize(doc[pair.strapiField]) ?? normalize([doc.firstName, doc.lastName].filter(Boolean).join(' ')),
      toStrapi: (value, pair) => ({ [pair.strapiField]: value }),
    },
    contactId: referenceCodec('organizations'),
  },
};

/** The only Billy fields a contact person has; the rest of a contact does not apply to it. */
export const CONTACT_PERSON_FIELDS = ['name', 'email', 'contactId'] as const;
