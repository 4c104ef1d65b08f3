import type { Core } from '@strapi/strapi';

/** How many CRM records of each kind to create; invoices get three lines each. */
export interface CrmCounts {
  organizations: number;
  contacts: number;
  products: number;
  invoices: number;
}

export const totalOf = (counts: CrmCounts) => counts.organizations + counts.contacts + counts.products + counts.invoices;

/** The mix (2 : 3 : 1 : 4) scaled to about `total` records. */
export const mixedCounts = (total: number): CrmCounts => ({
  organizations: Math.round(total * 0.2),
  contacts: Math.round(total * 0.3),
  products: Math.round(total * 0.1),
  invoices: Math.round(total * 0.4),
});

export interface SeededCrm {
  organizations: string[];
  contacts: string[];
  products: string[];
  invoices: string[];
}

const documents = (strapi: Core.Strapi, type: keyof SeededCrm) =>
  strapi.documents(`plugin::billy.${type.slice(0, -1)}` as never) as unknown as {
    create(args: { data: Record<string, unknown> }): Promise<{ documentId: string }>;
  };

/**
 * Creates deterministic CRM documents through the Document Service (so every hook and component
 * write is the real one): half the contacts belong to an organization, the other half are private
 * customers; every invoice bills an organization with three product lines.
 */
export const seedCrm = async (strapi: Core.Strapi, counts: CrmCounts): Promise<SeededCrm> => {
  const seeded: SeededCrm = { organizations: [], contacts: [], products: [], invoices: [] };
  const create = async (type: keyof SeededCrm, data: Record<string, unknown>) => {
    seeded[type].push((await documents(strapi, type).create({ data })).documentId);
  };
  for (let i = 0; i < counts.organizations; i += 1) {
    await create('organizations', { name: `Organization ${i}`, country: 'DK', city: 'Odense', email: `org${i}@crm.test` });
  }
  for (let i = 0; i < counts.contacts; i += 1) {
    const organization = i % 2 === 0 && seeded.organizations.length > 0 ? seeded.organizations[i % seeded.organizations.length] : undefined;
    await create('contacts', organization ? { name: `Person ${i}`, email: `person${i}@crm.test`, organization } : { name: `Private ${i}`, email: `private${i}@crm.test`, country: 'DK' });
  }
  for (let i = 0; i < counts.products; i += 1) {
    await create('products', { name: `Product ${i}`, prices: [{ currency: 'DKK', unitPrice: 10 + (i % 90) }] });
  }
  for (let i = 0; i < counts.invoices; i += 1) {
    const product = (offset: number) => seeded.products[(i + offset) % seeded.products.length];
    await create('invoices', {
      invoiceDate: '2026-03-01',
      organization: seeded.organizations[i % seeded.organizations.length],
      lines: [0, 1, 2].map((offset) => ({ product: product(offset), description: `Line ${offset + 1}`, quantity: 1 + offset, unitPrice: 25 })),
    });
  }
  return seeded;
};

const BULK_CHUNK = 500;

/**
 * Inserts `total` flat documents (half organizations, half private contacts) with bulk inserts
 * through the Query Engine: far faster than the Document Service for very large counts, at the cost
 * of records without relations or components (no invoices or products).
 */
export const bulkSeedFlat = async (strapi: Core.Strapi, total: number): Promise<void> => {
  const now = new Date();
  const stamp = (index: number) => ({ documentId: `bulk${String(index).padStart(20, '0')}`, createdAt: now, updatedAt: now, publishedAt: now });
  for (let start = 0; start < total; start += BULK_CHUNK) {
    const indexes = Array.from({ length: Math.min(BULK_CHUNK, total - start) }, (_, offset) => start + offset);
    const organizations = indexes.filter((i) => i % 2 === 0).map((i) => ({ ...stamp(i), name: `Bulk organization ${i}`, country: 'DK', email: `bulk${i}@crm.test` }));
    const contacts = indexes.filter((i) => i % 2 === 1).map((i) => ({ ...stamp(i), name: `Bulk private ${i}`, email: `bulk${i}@crm.test`, country: 'DK' }));
    if (organizations.length > 0) await strapi.db.query('plugin::billy.organization').createMany({ data: organizations });
    if (contacts.length > 0) await strapi.db.query('plugin::billy.contact').createMany({ data: contacts });
  }
};
