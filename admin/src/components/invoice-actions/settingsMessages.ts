import { message } from '../../utils/message';

export const settingsMessages = {
  cashAccount: message('invoiceActions.settings.cashAccount', 'Payments go to'),
  cashAccountHint: message('invoiceActions.settings.cashAccountHint', 'The Billy account a payment registered from an invoice is booked on.'),
  askEachTime: message('invoiceActions.settings.askEachTime', 'Ask in the payment dialog'),
  accountsLoading: message('invoiceActions.settings.accountsLoading', 'Loading Billy’s accounts…'),
  accountsUnavailable: message('invoiceActions.settings.accountsUnavailable', 'Billy’s accounts are shown once the connection works.'),
  subject: message('invoiceActions.settings.subject', 'Invoice e-mail subject ({locale})'),
  body: message('invoiceActions.settings.body', 'Invoice e-mail text ({locale})'),
  placeholders: message('invoiceActions.settings.placeholders', 'Danish customers get the DA text, others the EN text. Placeholders: {placeholders}'),
};
