import type { Core } from '@strapi/strapi';

const actions = [
  { uid: 'settings.read', displayName: 'Read Billy settings and connection status', subCategory: 'settings' },
  { uid: 'settings.update', displayName: 'Change Billy settings and access token', subCategory: 'settings' },
  { uid: 'sync.read', displayName: 'Read sync runs and record status', subCategory: 'sync' },
  { uid: 'sync.trigger', displayName: 'Start a sync with Billy', subCategory: 'sync' },
  { uid: 'accounting.read', displayName: 'Read the accounting overview (outstanding, overdue, paid)', subCategory: 'accounting' },
  { uid: 'invoices.approve', displayName: 'Approve invoices and create credit notes in Billy', subCategory: 'invoices' },
  { uid: 'invoices.send', displayName: 'Send invoices by e-mail from Billy', subCategory: 'invoices' },
  { uid: 'invoices.pay', displayName: 'Register payments of invoices in Billy', subCategory: 'invoices' },
];

/** Registers the plugin's RBAC actions; the admin grants them to the super admin on every boot. */
export const registerPermissions = async (strapi: Core.Strapi) => {
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany(actions.map((action) => ({ ...action, section: 'plugins', pluginName: 'billy' })));
};
