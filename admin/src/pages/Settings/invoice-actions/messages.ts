import type { MessageDescriptor } from 'react-intl';
import type { EmailTemplateLocale } from '../../../../../contracts';
import { message } from '../../../utils/message';

/** Settings › Billy › Invoice actions: the cash account for payments and the e-mail templates. */
export const invoiceActionMessages = {
  section: message('settings.invoiceActions.section', 'Invoice actions'),
  intro: message(
    'settings.invoiceActions.intro',
    'Used by the actions in an invoice’s edit view: the account a registered payment is booked on, and the e-mail Billy sends with an invoice.'
  ),
  cashAccountLabel: message('settings.invoiceActions.cashAccount.label', 'Payments are booked on'),
  cashAccountHint: message('settings.invoiceActions.cashAccount.hint', 'One of Billy’s accounts that take payments. The payment dialog offers it first; another can still be chosen there.'),
  cashAccountAsk: message('settings.invoiceActions.cashAccount.ask', 'No default: choose in the payment dialog'),
  cashAccountNeedsConnection: message(
    'settings.invoiceActions.cashAccount.needsConnection',
    'Connect to Billy to choose the account: the accounts that take payments come from Billy.'
  ),
  cashAccountChosenNotConnected: message('settings.invoiceActions.cashAccount.chosenNotConnected', 'An account in Billy (connect to Billy to see which)'),
  cashAccountGone: message('settings.invoiceActions.cashAccount.gone', 'An account Billy no longer offers for payments'),
  cashAccountLoading: message('settings.invoiceActions.cashAccount.loading', 'Reading Billy’s accounts…'),
  cashAccountLoadFailed: message('settings.invoiceActions.cashAccount.loadFailed', 'Billy’s accounts could not be read: {message}'),
  templatesHeading: message('settings.invoiceActions.templates.heading', 'E-mail with the invoice'),
  templatesHint: message(
    'settings.invoiceActions.templates.hint',
    'Customers whose language in Billy is Danish get the Danish text, everyone else the English one. The text can still be changed in the send dialog.'
  ),
  placeholdersHeading: message('settings.invoiceActions.placeholders.heading', 'Placeholders'),
  subjectLabel: message('settings.invoiceActions.subject.label', 'Subject ({language})'),
  bodyLabel: message('settings.invoiceActions.body.label', 'Text ({language})'),
  unknownPlaceholder: message(
    'settings.invoiceActions.unknownPlaceholder',
    '{count, plural, one {{unknown} is not a placeholder} other {{unknown} are not placeholders}}. Use {placeholders}.'
  ),
} satisfies Record<string, MessageDescriptor>;

export const languageLabels: Record<EmailTemplateLocale, MessageDescriptor> = {
  en: message('settings.invoiceActions.language.en', 'English'),
  da: message('settings.invoiceActions.language.da', 'Danish'),
};

/** What each placeholder stands for, in the order the contract lists them. */
export const placeholderLabels = {
  invoiceNo: message('settings.invoiceActions.placeholder.invoiceNo', 'the invoice number'),
  amount: message('settings.invoiceActions.placeholder.amount', 'the amount to pay, with VAT'),
  dueDate: message('settings.invoiceActions.placeholder.dueDate', 'the due date'),
  companyName: message('settings.invoiceActions.placeholder.companyName', 'your company’s name in Billy'),
  customerName: message('settings.invoiceActions.placeholder.customerName', 'the customer’s name'),
} satisfies Record<string, MessageDescriptor>;
