import { PERMISSIONS } from '../../../contracts';
import { adminRoute } from './admin-route';

export default () => ({
  type: 'admin' as const,
  routes: [
    adminRoute('GET', '/health', 'health.show', PERMISSIONS.settingsRead),

    // Settings and connection (settings controller)
    adminRoute('GET', '/settings', 'settings.show', PERMISSIONS.settingsRead),
    adminRoute('PUT', '/settings', 'settings.update', PERMISSIONS.settingsUpdate),
    adminRoute('POST', '/connection/check', 'settings.checkConnection', PERMISSIONS.settingsRead),
    adminRoute('GET', '/mapping', 'mapping.catalogue', PERMISSIONS.settingsRead),
    adminRoute('GET', '/status', 'status.show', PERMISSIONS.syncRead),

    // Sync runs and record status (sync engine)
    adminRoute('GET', '/records/:uid/:documentId', 'records.show', PERMISSIONS.syncRead),
    adminRoute('GET', '/record-states/:uid', 'records.states', PERMISSIONS.syncRead),
    adminRoute('POST', '/sync', 'sync.startFromAdmin', PERMISSIONS.syncTrigger),
    adminRoute('POST', '/sync/:uid/:documentId', 'sync.syncRecord', PERMISSIONS.syncTrigger),
    adminRoute('GET', '/runs', 'runs.list', PERMISSIONS.syncRead),
    adminRoute('GET', '/runs/:id', 'runs.findOne', PERMISSIONS.syncRead),
    adminRoute('GET', '/runs/:id/records', 'runs.records', PERMISSIONS.syncRead),

    // Accounting: the payment pass and the overview
    adminRoute('POST', '/sync/payments', 'payments.start', PERMISSIONS.syncTrigger),
    adminRoute('GET', '/overview', 'overview.show', PERMISSIONS.accountingRead),
    adminRoute('GET', '/accounts/:uid/:documentId', 'overview.account', PERMISSIONS.accountingRead),
    adminRoute('GET', '/sync-health', 'overview.syncHealth', PERMISSIONS.syncRead),

    // Alerts: the open incidents (banner) and who may be e-mailed about them
    adminRoute('GET', '/alerts', 'alerts.list', PERMISSIONS.syncRead),
    adminRoute('GET', '/alerts/recipients', 'alerts.recipients', PERMISSIONS.settingsRead),

    // Invoice workflow from the edit view: approve, send, PDF, credit note, payment, open in Billy
    adminRoute('GET', '/invoices/:documentId/actions', 'invoice-actions.show', PERMISSIONS.syncRead),
    adminRoute('POST', '/invoices/:documentId/approve', 'invoice-actions.approve', PERMISSIONS.invoicesApprove),
    adminRoute('POST', '/invoices/:documentId/send', 'invoice-actions.send', PERMISSIONS.invoicesSend),
    adminRoute('GET', '/invoices/:documentId/pdf', 'invoice-actions.pdf', PERMISSIONS.syncRead),
    adminRoute('POST', '/invoices/:documentId/credit-note', 'invoice-actions.creditNote', PERMISSIONS.invoicesApprove),
    adminRoute('POST', '/invoices/:documentId/payments', 'invoice-actions.pay', PERMISSIONS.invoicesPay),
    adminRoute('GET', '/payment-accounts', 'invoice-actions.paymentAccounts', PERMISSIONS.settingsRead),
    adminRoute('GET', '/web-links/:uid/:documentId', 'invoice-actions.webLink', PERMISSIONS.syncRead),
  ],
});
