/** contacts: companies and persons, with nested contactPersons (billy-api.md §4.1). */
import { RecordValidationError } from '../errors';
import {
  AttributeErrors,
  bool,
  childInputs,
  nullableInteger,
  nullableOneOf,
  nullableText,
  oneOf,
  overlay,
  text,
  type FieldSpecs,
  type JsonObject,
} from '../fields';
import { CONTACT_TYPES, PAYMENT_TERMS_MODES, type SandboxContact } from '../records';
import type { Transaction } from '../transaction';
import { buildContactPerson } from './contact-persons';
import { booleanFilter, equalsFilter, searchFilter } from './filters';
import type { ResourceDefinition, ResourceWriter } from './resource';
import { checkOrganizationId, checkReference, createdTimeFor, newIdFor, requireText } from './write-helpers';

const CONTACT_FIELDS: FieldSpecs<SandboxContact> = {
  type: oneOf(CONTACT_TYPES),
  name: text,
  countryId: text,
  street: nullableText,
  cityText: nullableText,
  zipcodeText: nullableText,
  stateText: nullableText,
  contactNo: nullableText,
  phone: nullableText,
  fax: nullableText,
  currencyId: nullableText,
  registrationNo: nullableText,
  ean: nullableText,
  localeId: nullableText,
  isCustomer: bool,
  isSupplier: bool,
  paymentTermsMode: nullableOneOf(PAYMENT_TERMS_MODES),
  paymentTermsDays: nullableInteger,
  isArchived: bool,
  isSalesTaxExempt: bool,
};

function blankContact(tx: Transaction, input: JsonObject, errors: AttributeErrors): SandboxContact {
  return {
    id: newIdFor(tx, 'contacts', input, errors),
    organizationId: tx.organization.id,
    type: 'company',
    name: '',
    countryId: '',
    street: null,
    cityText: null,
    zipcodeText: null,
    stateText: null,
    contactNo: null,
    phone: null,
    fax: null,
    currencyId: null,
    registrationNo: null,
    ean: null,
    localeId: null,
    isCustomer: true,
    isSupplier: false,
    paymentTermsMode: null,
    paymentTermsDays: null,
    isArchived: false,
    isSalesTaxExempt: false,
    createdTime: createdTimeFor(tx, input),
  };
}

function saveContact(tx: Transaction, existing: SandboxContact | undefined, input: JsonObject): void {
  const errors = new AttributeErrors();
  checkOrganizationId(tx, input, errors);
  const contact = overlay(existing ?? blankContact(tx, input, errors), input, CONTACT_FIELDS, errors);
  requireText(errors, 'name', contact.name);
  checkReference(tx, errors, 'countryId', contact.countryId, 'countries', true);
  checkReference(tx, errors, 'currencyId', contact.currencyId, 'currencies', false);
  checkReference(tx, errors, 'localeId', contact.localeId, 'locales', false);
  const personInputs = childInputs(input, 'contactPersons', errors);
  const persons = personInputs?.map((person, index) =>
    buildContactPerson(tx, person, contact.id, errors.nested(`contactPersons[${index}].`)),
  );
  errors.throwIfAny('contact');

  tx.put('contacts', contact);
  if (!persons) return;
  // A has-many array in the body replaces every existing child (billy-api.md §2.3).
  for (const old of tx.list('contactPersons')) if (old.contactId === contact.id) tx.remove('contactPersons', old.id);
  for (const person of persons) tx.put('contactPersons', person);
}

export const contactWriter: ResourceWriter<SandboxContact> = {
  table: 'contacts',
  create: (tx, input) => saveContact(tx, undefined, input),
  update: (tx, existing, input) => saveContact(tx, existing, input),
  remove(tx, existing) {
    // Deleting a contact that has invoices is refused; archive it instead (billy-api.md §5, UNCONFIRMED).
    if (tx.list('invoices').some((invoice) => invoice.contactId === existing.id)) {
      throw new RecordValidationError('contact', 'The contact has invoices and cannot be deleted; archive it instead (isArchived: true).');
    }
    tx.remove('contacts', existing.id);
    for (const person of tx.list('contactPersons')) if (person.contactId === existing.id) tx.remove('contactPersons', person.id);
  },
};

export const contacts: ResourceDefinition<SandboxContact> = {
  plural: 'contacts',
  singular: 'contact',
  filters: {
    contactNo: equalsFilter('contactNo'),
    type: equalsFilter('type'),
    countryId: equalsFilter('countryId'),
    isArchived: booleanFilter('isArchived'),
    isCustomer: booleanFilter('isCustomer'),
    isSupplier: booleanFilter('isSupplier'),
    q: searchFilter(['name', 'contactNo', 'registrationNo', 'phone', 'street', 'cityText']),
  },
  sortProperties: ['name', 'contactNo', 'createdTime', 'type', 'countryId'],
  relations: {
    contactPersons: { kind: 'hasMany', target: 'contactPersons', foreignKey: 'contactId', idsKey: 'contactPersonIds' },
    country: { kind: 'belongsTo', target: 'countries', foreignKey: 'countryId' },
    currency: { kind: 'belongsTo', target: 'currencies', foreignKey: 'currencyId' },
    locale: { kind: 'belongsTo', target: 'locales', foreignKey: 'localeId' },
  },
  writer: contactWriter,
};
