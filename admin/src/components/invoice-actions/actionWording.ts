import type { IntlShape, MessageDescriptor } from 'react-intl';
import type { InvoiceActionName, InvoiceActionResult } from '../../../../contracts';
import { message } from '../../utils/message';
import { actionMessages } from './messages';

/**
 * The server answers each action with codes and values (its `message` is English, for the run log
 * and the API); these are the words the user reads, in the admin's language.
 */
const creditNoteDrafted = message('invoiceActions.result.creditNote', 'The credit note is in Billy as a draft; approve it to book it.');
const noAnswer = message('invoiceActions.error.noAnswer', 'Billy did not answer whether it was done. Try again: the plugin checks Billy first and never does it twice.');

const results: Record<InvoiceActionName, { done: MessageDescriptor; replayed: MessageDescriptor }> = {
  approve: {
    done: message('invoiceActions.result.approve', 'The invoice is approved (booked) in Billy.'),
    replayed: message('invoiceActions.result.approve.replayed', 'The invoice was already approved in Billy; nothing was booked again.'),
  },
  send: {
    done: message('invoiceActions.result.send', 'Billy sent the invoice to {recipient}.'),
    replayed: message('invoiceActions.result.send.replayed', 'Billy had already sent this invoice; it was not sent again.'),
  },
  // A replayed credit note is the one the earlier attempt made: the same words.
  creditNote: { done: creditNoteDrafted, replayed: creditNoteDrafted },
  payment: {
    done: message('invoiceActions.result.payment', 'Billy registered a payment of {amount}.'),
    replayed: message('invoiceActions.result.payment.replayed', 'Billy had already registered this payment; it was not registered again.'),
  },
};

const refusals: Record<string, MessageDescriptor> = {
  never_synced: message('invoiceActions.error.neverSynced', 'This invoice has never been synced to Billy: use “Sync to Billy” first.'),
  'send.draft': message('invoiceActions.error.send.draft', 'Only an approved invoice can be sent. Approve it first, or choose “Approve and send”.'),
  'payment.draft': message('invoiceActions.error.payment.draft', 'Only an approved invoice can be paid: approve it first.'),
  'creditNote.draft': message('invoiceActions.error.creditNote.draft', 'Only an approved invoice can be credited; a draft can simply be edited.'),
  no_recipient: message(
    'invoiceActions.error.noRecipient',
    'The customer has no contact person with an e-mail address in Billy. Add a contact with an e-mail address to the invoice’s organization (or the contact’s e-mail) and sync it, then send again.'
  ),
  contact_person: message('invoiceActions.error.contactPerson', 'The chosen contact person is not one of the customer’s contact persons in Billy with an e-mail address.'),
  account: message('invoiceActions.error.account', 'Choose one of Billy’s payment accounts for the money that came in (in the dialog, or once for all in Settings › Billy).'),
  overpayment: message('invoiceActions.error.overpayment', 'The payment is more than the invoice’s balance ({balance}). Confirm it as an overpayment to register it anyway.'),
  exceeds_remaining: message(
    'invoiceActions.error.exceedsRemaining',
    'A credit note can credit at most what the invoice still owes ({creditable}, less draft credit notes); these lines come to {credit}.'
  ),
  credit_note: message('invoiceActions.error.creditNote', 'A credit note cannot itself be credited.'),
  outcome_unknown: message(
    'invoiceActions.error.outcomeUnknown',
    'The last send of this invoice got no answer from Billy and may have gone out. Check with the customer or in Billy; send again only if it did not arrive.'
  ),
  not_found: message('invoiceActions.error.notFound', 'Billy no longer has this invoice: it may have been deleted there. Sync it again to see what Billy holds.'),
  'approve.validation': message('invoiceActions.error.approve.refused', 'Billy did not approve the invoice: {billyMessage}'),
  'send.validation': message('invoiceActions.error.send.refused', 'Billy did not send the invoice: {billyMessage}'),
  'payment.validation': message('invoiceActions.error.payment.refused', 'Billy did not register the payment: {billyMessage}'),
  auth: message('invoiceActions.error.auth', 'Billy refused the access token: check it in Settings › Billy.'),
  network: noAnswer,
  billy: noAnswer,
  rate_limit: noAnswer,
  busy: message('invoiceActions.error.busy', 'A sync or another invoice action is running; try again when it has finished.'),
};

/** Why a read (the panel's invoice, the PDF) got nothing, by its reason code; Billy not answering is said per read. */
const readRefusals: Record<string, MessageDescriptor> = {
  never_synced: refusals.never_synced!,
  not_found: refusals.not_found!,
  auth: refusals.auth!,
  no_pdf: message('invoiceActions.pdf.error.noPdf', 'Billy offers no PDF of this invoice.'),
};
const BILLY_SILENT = new Set(['network', 'billy', 'rate_limit']);

/** What an admin route's refusal says: its message, and each bad field's. */
export const errorText = (error: unknown): string => {
  const failure = error as { message?: unknown; details?: { errors?: Array<{ path?: string[]; message?: string }> } } | null;
  const fields = failure?.details?.errors?.map((problem) => `${problem.path?.join('.') ?? ''}: ${problem.message ?? ''}`) ?? [];
  const base = typeof failure?.message === 'string' ? failure.message : String(error);
  return fields.length > 0 ? `${base} (${fields.join('; ')})` : base;
};

/** Billy's own words in a refusal, for a notice that says in the user's language what failed. */
export const billyMessageOf = (error: unknown): string | null => {
  const billyMessage = (error as { details?: { billyMessage?: unknown } } | null)?.details?.billyMessage;
  return typeof billyMessage === 'string' ? billyMessage : null;
};

type Intl = Pick<IntlShape, 'formatMessage' | 'formatNumber'>;

const money = (intl: Intl, amount: unknown, currency: string) => intl.formatNumber(Number(amount ?? 0), { style: 'currency', currency });

/** The result notice of a finished action. */
export const actionResultText = (intl: Intl, result: InvoiceActionResult): string => {
  const descriptor = results[result.action][result.replayed ? 'replayed' : 'done'];
  const values = result.values ?? {};
  const amount = values.amount === undefined ? '' : money(intl, values.amount, String(values.currency ?? result.invoice.currency));
  return intl.formatMessage(descriptor, { recipient: String(values.recipient ?? ''), amount });
};

/** Why an action was refused, by the server's reason code; a refusal this admin has no words for keeps the server's message. */
export const actionErrorText = (intl: Intl, action: InvoiceActionName, error: unknown, currency: string): string => {
  const failure = error as { status?: number; name?: string; details?: Record<string, unknown> } | null;
  const details = failure?.details ?? {};
  const reason = failure?.name === 'ConflictError' && details.reason === undefined ? 'busy' : typeof details.reason === 'string' ? details.reason : null;
  const descriptor = reason ? (refusals[`${action}.${reason}`] ?? refusals[reason]) : undefined;
  if (!descriptor) return errorText(error);
  return intl.formatMessage(descriptor, {
    billyMessage: String(details.billyMessage ?? ''),
    balance: money(intl, details.balance, currency),
    creditable: money(intl, details.creditableAmount, currency),
    credit: money(intl, details.creditAmount, currency),
  });
};

/** A read's failure by the server's reason code; one this admin has no words for says Billy's (or the server's) message inside `fallback`. */
const readFailureText = (intl: Intl, error: unknown, unavailable: MessageDescriptor, fallback: MessageDescriptor): string => {
  const reason = (error as { details?: { reason?: unknown } } | null)?.details?.reason;
  const descriptor = typeof reason !== 'string' ? undefined : BILLY_SILENT.has(reason) ? unavailable : readRefusals[reason];
  return descriptor ? intl.formatMessage(descriptor) : intl.formatMessage(fallback, { message: billyMessageOf(error) ?? errorText(error) });
};

/** Why the PDF could not be downloaded. */
export const pdfErrorText = (intl: Intl, error: unknown): string =>
  readFailureText(intl, error, message('invoiceActions.pdf.error.unavailable', 'The PDF could not be fetched from Billy. Try again in a moment.'), actionMessages.pdfFailed);

/** Why the panel could not show the invoice's state in Billy. */
export const panelLoadErrorText = (intl: Intl, error: unknown): string =>
  readFailureText(intl, error, message('invoiceActions.loadFailed.unavailable', 'Billy did not answer about this invoice. Try again in a moment.'), actionMessages.loadFailed);
