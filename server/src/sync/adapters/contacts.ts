import type { BillyClient, BillyContactPersonInput } from '../../billy';
import { relatedDocumentId } from '../mapping/codecs';
import { CONTACT_PERSON_FIELDS, contactMapping } from '../mapping/contacts';
import type { View } from '../mapping/types';
import { byField, byKey } from '../matching';
import { SyncRecordError } from '../errors';
import { contactPersonItem, type RemoteItem } from '../remote/items';
import { toText } from '../values';
import { contactWriter } from './contact-writer';
import { assertUpdatable, updatableFields } from '../creation-only';
import { patchFields, type SyncAdapter } from './types';

const privatePersons = contactWriter('person');

/** A person of an organization: a contact person under the organization's Billy contact. */
const organizationPersons = {
  async create(client: BillyClient, values: View): Promise<RemoteItem> {
    const contactId = values.contactId as string | null;
    if (!contactId) throw new SyncRecordError('dependency', 'Its organization is not in Billy yet: sync the organization first.');
    const input: BillyContactPersonInput = { contactId, isPrimary: false };
    if (values.name) input.name = values.name as string;
    if (values.email) input.email = values.email as string;
    const { record } = await client.contactPersons.create(input);
    return contactPersonItem(record);
  },

  async findByKey(client: BillyClient, values: View): Promise<RemoteItem | null> {
    const contactId = values.contactId as string | null;
    if (!contactId) return null;
    const { records } = await client.contactPersons.list({ contactId });
    const email = toText(values.email)?.toLowerCase();
    const found = records.find(
      (person) =>
        (person.contactId ?? contactId) === contactId &&
        (email ? toText(person.email)?.toLowerCase() === email : toText(person.name) === toText(values.name))
    );
    return found ? contactPersonItem(found) : null;
  },
};

/** Contacts (people): private customers ↔ Billy contacts of type person; people of an organization ↔ its contact persons. */
export const contactsAdapter: SyncAdapter = {
  phase: 'contacts',
  module: 'contacts',
  mapping: contactMapping,
  populate: { organization: { fields: ['documentId'] } },
  documentFilters: null,
  remoteItems: (remote) => remote.persons(),
  resourceFor: (doc) => (relatedDocumentId(doc, 'organization') ? 'contactPersons' : 'contacts'),
  fieldsOf: (resource) => (resource === 'contactPersons' ? CONTACT_PERSON_FIELDS : null),
  matchRules: (resource) =>
    resource === 'contactPersons'
      ? [byField('email', true)]
      : [byKey('contactNo'), byField('email', true), byField('contactNo')],
  keyField: (resource) => (resource === 'contacts' ? 'contactNo' : null),
  archivableInBilly: true,
  archivableInStrapi: true,
  create: (client, values, { key }, resource) =>
    resource === 'contactPersons' ? organizationPersons.create(client, values) : privatePersons.create(client, values, key),
  async update(client, item, patch, local) {
    if (item.resource === 'contacts') return privatePersons.update(client, item, patch, local);
    assertUpdatable('contactPersons', patch);
    const fields = patchFields(patch, updatableFields('contactPersons', CONTACT_PERSON_FIELDS));
    const { record } = await client.contactPersons.update(item.billyId, fields as Partial<BillyContactPersonInput>, { idempotent: true });
    return contactPersonItem(record);
  },
  async archive(client, item) {
    if (item.resource === 'contacts') return privatePersons.archive(client, item);
    // Billy cannot archive a contact person, and nothing booked hangs on one.
    await client.contactPersons.remove(item.billyId);
    return 'removed';
  },
  async retire(client, twin) {
    if (twin.billyResource === 'contacts') return privatePersons.archiveById(client, twin.billyId);
    await client.contactPersons.remove(twin.billyId);
    return 'removed';
  },
  // The person is created under its new contact first, so a crash between the steps loses no one.
  retiresBeforeCreate: false,
  async fetch(client, billyId, resource) {
    if (resource === 'contacts') return privatePersons.fetch(client, billyId);
    const person = await client.contactPersons.get(billyId);
    return person ? contactPersonItem(person) : null;
  },
  findByKey: (client, key, values, resource) =>
    resource === 'contactPersons' ? organizationPersons.findByKey(client, values) : privatePersons.findByKey(client, key),
};
