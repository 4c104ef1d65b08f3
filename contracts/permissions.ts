/** RBAC actions the plugin registers; every admin route requires one of them. */
export const PERMISSIONS = {
  settingsRead: 'plugin::billy.settings.read',
  settingsUpdate: 'plugin::billy.settings.update',
  syncRead: 'plugin::billy.sync.read',
  syncTrigger: 'plugin::billy.sync.trigger',
  accountingRead: 'plugin::billy.accounting.read',
  invoicesApprove: 'plugin::billy.invoices.approve',
  invoicesSend: 'plugin::billy.invoices.send',
  invoicesPay: 'plugin::billy.invoices.pay',
} as const;

export type PermissionAction = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];
