/** The four CRM modules the plugin syncs, in dependency order (what must exist in Billy first). */
export const MODULES = ['organizations', 'contacts', 'products', 'invoices'] as const;
export type ModuleName = (typeof MODULES)[number];

export const MODULE_UIDS = {
  organizations: 'plugin::billy.organization',
  contacts: 'plugin::billy.contact',
  products: 'plugin::billy.product',
  invoices: 'plugin::billy.invoice',
} as const satisfies Record<ModuleName, string>;

export type ModuleUid = (typeof MODULE_UIDS)[ModuleName];

export const moduleForUid = (uid: string): ModuleName | undefined =>
  MODULES.find((module) => MODULE_UIDS[module] === uid);

export const PLUGIN_ID = 'billy';
