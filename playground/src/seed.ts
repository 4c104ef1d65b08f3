import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { seedApprovedInvoices } from './seed-accounting';
import data from './seed-data';

type SeededIds = Record<string, string>;

async function seedAdminUser(strapi: Core.Strapi) {
  if ((await strapi.db.query('admin::user').count()) > 0) return;
  const email = process.env.PLAYGROUND_ADMIN_EMAIL || 'admin@billy.local';
  const password = process.env.PLAYGROUND_ADMIN_PASSWORD || `Billy-${crypto.randomBytes(6).toString('hex')}`;
  await strapi.service('admin::role').createRolesIfNoneExist();
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email, password, firstname: 'Playground', lastname: 'Admin', isActive: true, roles: [superAdmin.id], registrationToken: null,
  });
  // Printed once, on the first start only: the login of the local admin.
  strapi.log.info(`[playground] admin login: ${email} / ${password}`);
}

async function seedCrmData(strapi: Core.Strapi) {
  if ((await strapi.documents('plugin::billy.organization').count({})) > 0) return;
  const ids: SeededIds = {};
  for (const { key, contacts, ...organization } of data.organizations) {
    const created = await strapi.documents('plugin::billy.organization').create({ data: organization });
    ids[key] = created.documentId;
    for (const person of contacts) {
      await strapi.documents('plugin::billy.contact').create({ data: { ...person, organization: created.documentId } });
    }
  }
  for (const { key, ...person } of data.privateContacts) {
    ids[key] = (await strapi.documents('plugin::billy.contact').create({ data: person })).documentId;
  }
  for (const { key, ...product } of data.products) {
    ids[key] = (await strapi.documents('plugin::billy.product').create({ data: product })).documentId;
  }
  for (const { key, organization, contact, creditedInvoice, lines, ...invoice } of data.invoices) {
    const created = await strapi.documents('plugin::billy.invoice').create({
      data: {
        ...invoice,
        organization: organization ? ids[organization] : undefined,
        contact: contact ? ids[contact] : undefined,
        creditedInvoice: creditedInvoice ? ids[creditedInvoice] : undefined,
        lines: lines.map(({ product, ...line }) => ({ ...line, product: ids[product] })),
      },
    });
    ids[key] = created.documentId;
  }
  const approved = await seedApprovedInvoices(strapi, ids);
  strapi.log.info(`[playground] seeded ${data.organizations.length} organizations, ${data.products.length} products and ${data.invoices.length + approved} invoices`);
}

/** Seeds the demo only into an empty database; PLAYGROUND_SEED=false turns it off (tests start empty). */
export default async function seed(strapi: Core.Strapi) {
  if (process.env.PLAYGROUND_SEED === 'false') return;
  await seedAdminUser(strapi);
  await seedCrmData(strapi);
}
