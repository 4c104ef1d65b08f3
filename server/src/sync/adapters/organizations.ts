import { organizationMapping } from '../mapping/organizations';
import { byField, byKey } from '../matching';
import { contactWriter } from './contact-writer';
import type { SyncAdapter } from './types';

const companies = contactWriter('company');

/** Organizations ↔ Billy contacts of type company. */
export const organizationsAdapter: SyncAdapter = {
  phase: 'organizations',
  module: 'organizations',
  mapping: organizationMapping,
  populate: {},
  documentFilters: null,
  remoteItems: (remote) => remote.companies(),
  resourceFor: () => 'contacts',
  fieldsOf: () => null,
  // Our own key first, then CVR, EAN and the user's customer number (billy-api.md §4.1).
  matchRules: () => [byKey('contactNo'), byField('registrationNo'), byField('ean'), byField('contactNo')],
  keyField: () => 'contactNo',
  archivableInBilly: true,
  archivableInStrapi: true,
  create: (client, values, { key }) => companies.create(client, values, key),
  update: (client, item, patch, local) => companies.update(client, item, patch, local),
  archive: (client, item) => companies.archive(client, item),
  retire: (client, twin) => companies.archiveById(client, twin.billyId),
  retiresBeforeCreate: false,
  fetch: (client, billyId) => companies.fetch(client, billyId),
  findByKey: (client, key) => companies.findByKey(client, key),
};
