import { billyContactPersonSchema, type BillyClient, type BillyContactInput } from '../../billy';
import type { View } from '../mapping/types';
import { contactItem, type RemoteItem } from '../remote/items';
import { keepFromBefore, savedChildren } from '../remote/saved';
import { CONTACT_INCLUDE, withPersons } from '../remote/remote-data';
import { filledFields, patchFields } from './types';

/** The writable fields of a Billy contact the mapping can reach (billy-api.md §4.1; mapping/catalogue.ts). */
export const CONTACT_FIELDS = [
  'name',
  'registrationNo',
  'ean',
  'contactNo',
  'street',
  'zipcodeText',
  'cityText',
  'stateText',
  'countryId',
  'phone',
  'fax',
  'localeId',
  'currencyId',
  'paymentTermsMode',
  'paymentTermsDays',
  'isCustomer',
  'isSupplier',
  'isArchived',
] as const;

/**
 * Companies (organizations) and private persons (contacts without organization) are both Billy
 * contacts whose email lives on a primary contact person. Created in one request with the person
 * nested; later email changes go to that person alone, because sending `contactPersons` in a PUT
 * would replace every person of the contact — the organization's people included.
 */
export const contactWriter = (type: 'company' | 'person') => ({
  async create(client: BillyClient, values: View, key: string): Promise<RemoteItem | string> {
    const email = values.email as string | null;
    const input = {
      // A customer unless the mapping says otherwise: only customers can be invoiced.
      isCustomer: true,
      ...filledFields(values, CONTACT_FIELDS),
      type,
      contactNo: key,
      ...(email ? { contactPersons: [{ name: (values.name as string | null) ?? email, email, isPrimary: true }] } : {}),
    } as BillyContactInput;
    const { record, changed } = await client.contacts.create(input);
    const persons = savedChildren(changed, 'contactPersons', billyContactPersonSchema);
    return persons ? contactItem({ ...record, contactPersons: persons }) : record.id;
  },

  /** The saved contact, or null after an email change (its person changed too: read it back whole). */
  async update(client: BillyClient, item: RemoteItem, patch: View, local: View): Promise<RemoteItem | null> {
    const fields = patchFields(patch, CONTACT_FIELDS);
    let saved = item;
    if (Object.keys(fields).length > 0) {
      const { record } = await client.contacts.update(item.billyId, fields as Partial<BillyContactInput>, { idempotent: true });
      saved = { ...keepFromBefore(contactItem({ ...record, contactPersons: [] }), item, ['email']), primaryPersonId: item.primaryPersonId };
    }
    if (!('email' in patch)) return saved;
    const email = (patch.email as string | null) ?? undefined;
    if (item.primaryPersonId) {
      await client.contactPersons.update(item.primaryPersonId, { email: email ?? '' }, { idempotent: true });
    } else if (email) {
      await client.contactPersons.create({ contactId: item.billyId, name: (local.name as string | null) ?? email, email, isPrimary: true });
    }
    return null;
  },

  archive(client: BillyClient, item: RemoteItem): Promise<'archived'> {
    return this.archiveById(client, item.billyId);
  },

  async archiveById(client: BillyClient, billyId: string): Promise<'archived'> {
    await client.contacts.update(billyId, { isArchived: true }, { idempotent: true });
    return 'archived';
  },

  async fetch(client: BillyClient, billyId: string): Promise<RemoteItem | null> {
    const contact = await client.contacts.get(billyId, { include: CONTACT_INCLUDE });
    return contact ? contactItem((await withPersons(client, [contact]))[0]!) : null;
  },

  async findByKey(client: BillyClient, key: string): Promise<RemoteItem | null> {
    const { records } = await client.contacts.list({ contactNo: key, include: CONTACT_INCLUDE });
    // Billy might ignore the filter: only a contact that carries the key is ours.
    const found = records.find((contact) => contact.type === type && contact.contactNo === key);
    return found ? contactItem((await withPersons(client, [found]))[0]!) : null;
  },
});
