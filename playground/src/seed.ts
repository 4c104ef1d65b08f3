import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
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
  // Kept beside the database (playground/.tmp, git-ignored, local only) so every start can print it.
  const file = loginFile(strapi);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${email}\n${password}\n`, { mode: 0o600 });
}

/** The playground's own admin login goes with its database: a test's throwaway database keeps its own. */
const loginFile = (strapi: Core.Strapi) => {
  const database = strapi.config.get('database.connection.connection.filename') as string | undefined;
  return path.join(database ? path.dirname(database) : path.join(process.cwd(), '.tmp'), 'admin-login.txt');
};

/** Once the server listens: the admin URL and the login, last in the log where nobody misses them. */
export function printLoginBanner(strapi: Core.Strapi) {
  strapi.server.httpServer.once('listening', () => {
    const file = loginFile(strapi);
    const [email, password] = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
    const url = `${strapi.config.get('server.url') || `http://localhost:${strapi.config.get('server.port')}`}/admin`;
    const lines = [
      `Billy playground ready: ${url}`,
      email ? `Playground admin login: ${email} / ${password} (set at the first start)` : 'Playground admin login: the one set at the first start',
      'Forgot it? cd playground && npx strapi admin:reset-user-password --email <e-mail> --password <new password>',
      'Danish: profile (bottom left) › Interface language › Dansk',
    ];
    const width = Math.max(...lines.map((line) => line.length)) + 4;
    const rule = '═'.repeat(width);
    console.log(['', `╔${rule}╗`, ...lines.map((line) => `║  ${line.padEnd(width - 4)}  ║`), `╚${rule}╝`, ''].join('\n'));
  });
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
