import { message } from '../../utils/message';

export const actionMessages = {
  title: message('invoiceActions.title', 'Invoice in Billy'),
  loading: message('invoiceActions.loading', 'Asking Billy about this invoice…'),
  loadFailed: message('invoiceActions.loadFailed', 'Billy could not be asked about this invoice: {message}'),
  neverSynced: message('invoiceActions.neverSynced', 'Sync this invoice to Billy first; then it can be approved, sent and paid from here.'),
  stateDraft: message('invoiceActions.state.draft', 'Draft'),
  stateApproved: message('invoiceActions.state.approved', 'Approved'),
  sentState: message('invoiceActions.sentState', 'E-mail: {state}'),
  balance: message('invoiceActions.balance', 'Balance {amount} of {total}'),
  paid: message('invoiceActions.paid', 'Paid'),
  bookedNote: message(
    'invoiceActions.bookedNote',
    '{dated, select, yes {Booked in Billy on {date}} other {Booked in Billy}}: the number, customer, date, lines and amounts can no longer change. Strapi’s edit view cannot lock them, so an edit saved here is not sent: the record shows it as “needs a credit note”. Credit the invoice instead.'
  ),
  bookedNoteCreditNote: message(
    'invoiceActions.bookedNote.creditNote',
    '{dated, select, yes {Booked in Billy on {date}} other {Booked in Billy}}: the number, customer, date, lines and amounts of this credit note can no longer change. Strapi’s edit view cannot lock them, so an edit saved here is not sent to Billy.'
  ),
  approve: message('invoiceActions.approve', 'Approve in Billy'),
  approveTitle: message('invoiceActions.approve.title', 'Approve the invoice in Billy?'),
  approveWhat: message(
    'invoiceActions.approve.what',
    'Billy books the invoice: changes made here since the last sync are sent first, then Billy gives it its number and due date. Afterwards its lines and amounts can no longer change; a mistake then needs a credit note.'
  ),
  send: message('invoiceActions.send', 'Send by e-mail'),
  sendTitle: message('invoiceActions.send.title', 'Send the invoice by e-mail from Billy?'),
  sendWhat: message('invoiceActions.send.what', 'Billy e-mails the invoice to the chosen contact person of the customer, with a link to it.'),
  sendDraft: message('invoiceActions.send.draft', 'This invoice is a draft: only an approved invoice can be sent. “Approve and send” books it in Billy first.'),
  approveAndSend: message('invoiceActions.send.approveAndSend', 'Approve and send'),
  recipient: message('invoiceActions.send.recipient', 'To'),
  noRecipient: message(
    'invoiceActions.send.noRecipient',
    'No contact person of the customer has an e-mail address in Billy. Add a contact with an e-mail address to the invoice’s organization (or give the contact an e-mail) and sync it.'
  ),
  subject: message('invoiceActions.send.subject', 'Subject'),
  body: message('invoiceActions.send.body', 'Text'),
  pdf: message('invoiceActions.pdf', 'Download PDF'),
  pdfFailed: message('invoiceActions.pdf.failed', 'The PDF could not be downloaded: {message}'),
  creditNote: message('invoiceActions.creditNote', 'Create credit note'),
  creditTitle: message('invoiceActions.creditNote.title', 'Create a credit note?'),
  creditWhat: message(
    'invoiceActions.creditNote.what',
    'A credit note for the chosen lines and quantities is created here and sent to Billy as a draft linked to this invoice. Approve the credit note to book it. It can credit at most {amount}.'
  ),
  creditLine: message('invoiceActions.creditNote.line', '{description} (of {quantity})'),
  pay: message('invoiceActions.pay', 'Register payment'),
  payTitle: message('invoiceActions.pay.title', 'Register a payment in Billy?'),
  payWhat: message('invoiceActions.pay.what', 'Billy books a bank payment of the amount on the chosen account and settles this invoice with it. A payment cannot be changed afterwards.'),
  amount: message('invoiceActions.pay.amount', 'Amount ({currency})'),
  paidOn: message('invoiceActions.pay.paidOn', 'Paid on'),
  account: message('invoiceActions.pay.account', 'Paid into'),
  noAccounts: message('invoiceActions.pay.noAccounts', 'Billy has no account that takes payments.'),
  overpayment: message('invoiceActions.pay.overpayment', 'This is more than the balance of {balance}: register it as an overpayment'),
  cancel: message('invoiceActions.cancel', 'Cancel'),
  working: message('invoiceActions.working', 'Working…'),
  openInBilly: message('invoiceActions.openInBilly', 'Open in Billy'),
};

export const sentStateMessages = {
  unsent: message('invoiceActions.sentState.unsent', 'not sent'),
  printed: message('invoiceActions.sentState.printed', 'printed'),
  sent: message('invoiceActions.sentState.sent', 'sent'),
  opened: message('invoiceActions.sentState.opened', 'opened'),
  viewed: message('invoiceActions.sentState.viewed', 'viewed'),
};
