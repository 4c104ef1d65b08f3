/** contactPersons: the people of a contact; emails live here, not on the contact (billy-api.md §4.2). */
import { AttributeErrors, bool, nullableText, overlay, text, type FieldSpecs, type JsonObject } from '../fields';
import type { SandboxContactPerson } from '../records';
import type { Transaction } from '../transaction';
import { equalsFilter } from './filters';
import type { ResourceDefinition } from './resource';
import { checkReference, checkUnchanged, newIdFor } from './write-helpers';

const PERSON_FIELDS: FieldSpecs<SandboxContactPerson> = { name: nullableText, email: nullableText, isPrimary: bool };

function checkNameOrEmail(person: SandboxContactPerson, errors: AttributeErrors): void {
  if (!person.name?.trim() && !person.email?.trim()) errors.add('name', 'or email is required');
}

/** A new person of `contactId`, for a direct create or a contact's nested save. */
export function buildContactPerson(tx: Transaction, input: JsonObject, contactId: string, errors: AttributeErrors): SandboxContactPerson {
  const blank: SandboxContactPerson = { id: newIdFor(tx, 'contactPersons', input, errors), contactId, name: null, email: null, isPrimary: false };
  const person = overlay(blank, input, PERSON_FIELDS, errors);
  checkNameOrEmail(person, errors);
  return person;
}

export const contactPersons: ResourceDefinition<SandboxContactPerson> = {
  plural: 'contactPersons',
  singular: 'contactPerson',
  filters: { contactId: equalsFilter('contactId') },
  // Listing without a contactId answered 400 for third parties (billy-api.md §2.6).
  requiredFilter: 'contactId',
  sortProperties: ['name', 'email'],
  relations: { contact: { kind: 'belongsTo', target: 'contacts', foreignKey: 'contactId' } },
  writer: {
    table: 'contactPersons',
    create(tx, input) {
      const errors = new AttributeErrors();
      const contactId = typeof input.contactId === 'string' ? input.contactId : null;
      checkReference(tx, errors, 'contactId', contactId, 'contacts', true);
      const person = buildContactPerson(tx, input, contactId ?? '', errors);
      errors.throwIfAny('contactPerson');
      tx.put('contactPersons', person);
    },
    update(tx, existing, input) {
      const errors = new AttributeErrors();
      const person = overlay(existing, input, { ...PERSON_FIELDS, contactId: text }, errors);
      checkUnchanged(existing, person, ['contactId'], errors);
      checkNameOrEmail(person, errors);
      errors.throwIfAny('contactPerson');
      tx.put('contactPersons', person);
    },
    remove(tx, existing) {
      tx.remove('contactPersons', existing.id);
    },
  },
};
