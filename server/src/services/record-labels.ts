import type { Core, UID } from '@strapi/strapi';
import { MODULE_UIDS, type ModuleName } from '../../../contracts';

interface Named {
  documentId: string;
  name?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  productNo?: string | null;
  invoiceNo?: string | null;
  invoiceDate?: string | null;
  organization?: { name?: string | null } | null;
  contact?: { name?: string | null; firstName?: string | null; lastName?: string | null } | null;
}

const personName = (person: { name?: string | null; firstName?: string | null; lastName?: string | null }) =>
  person.name?.trim() || [person.firstName, person.lastName].filter(Boolean).join(' ').trim();

/**
 * What a person calls a record: a company's or person's name, a product's name, an invoice's
 * number, or for a draft its customer and date. Language-neutral, so the run log can keep it.
 */
export const displayNameOf = (module: ModuleName, record: Named): string | null => {
  switch (module) {
    case 'organizations':
    case 'products':
      return record.name?.trim() || null;
    case 'contacts':
      return personName(record) || record.email?.trim() || null;
    case 'invoices': {
      if (record.invoiceNo?.trim()) return record.invoiceNo.trim();
      const customer = (record.organization && record.organization.name?.trim()) || (record.contact && personName(record.contact)) || '';
      return [customer, record.invoiceDate ?? ''].filter(Boolean).join(', ') || null;
    }
  }
};

const FIELDS: Record<ModuleName, { fields: string[]; populate?: Record<string, { fields: string[] }> }> = {
  organizations: { fields: ['name'] },
  contacts: { fields: ['name', 'firstName', 'lastName', 'email'] },
  products: { fields: ['name'] },
  invoices: {
    fields: ['invoiceNo', 'invoiceDate'],
    populate: { organization: { fields: ['name'] }, contact: { fields: ['name', 'firstName', 'lastName'] } },
  },
};

/** The display names of some documents of one module, in one query; a deleted document has none. */
export const displayNamesOf = async (strapi: Core.Strapi, module: ModuleName, documentIds: string[]): Promise<Map<string, string>> => {
  const names = new Map<string, string>();
  if (documentIds.length === 0) return names;
  const { fields, populate } = FIELDS[module];
  const documents = (await strapi.documents(MODULE_UIDS[module] as UID.CollectionType).findMany({
    filters: { documentId: { $in: documentIds } },
    fields: fields as never,
    ...(populate ? { populate: populate as never } : {}),
    limit: documentIds.length,
  })) as unknown as Named[];
  for (const document of documents) {
    const name = displayNameOf(module, document);
    if (name) names.set(document.documentId, name);
  }
  return names;
};
