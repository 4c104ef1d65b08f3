/**
 * `POST /v2/invoices/:id/emails` with `{email:{contactPersonId, emailSubject, emailBody, copyToUserId?}}`
 * (billy-api.md §4.4): one contact person per call. Only an approved invoice can be sent; the e-mail
 * is recorded (visible under /_sandbox/state) and the invoice's sentState becomes `sent`.
 * Billy's answer to this route is not documented; the sandbox answers like any write, with the
 * records it changed.
 */
import { RecordValidationError, recordNotFound } from '../errors';
import { AttributeErrors, type JsonObject } from '../fields';
import { newRecordId } from '../ids';
import type { Transaction } from '../transaction';

function requiredText(input: JsonObject, field: string, errors: AttributeErrors): string {
  const value = input[field];
  if (typeof value !== 'string' || value.trim() === '') {
    errors.add(field, 'is required');
    return '';
  }
  return value;
}

export function sendInvoiceEmail(tx: Transaction, invoiceId: string, input: JsonObject): void {
  const invoice = tx.get('invoices', invoiceId);
  if (!invoice) throw recordNotFound('invoice', invoiceId);
  if (invoice.state !== 'approved') {
    throw new RecordValidationError('email', 'The invoice is a draft: approve it before sending it by e-mail.', { invoiceId: 'must be an approved invoice' });
  }
  const errors = new AttributeErrors();
  const contactPersonId = requiredText(input, 'contactPersonId', errors);
  const emailSubject = requiredText(input, 'emailSubject', errors);
  const emailBody = requiredText(input, 'emailBody', errors);
  const person = contactPersonId ? tx.get('contactPersons', contactPersonId) : undefined;
  if (contactPersonId && !person) errors.add('contactPersonId', `refers to an unknown record (${contactPersonId})`);
  else if (person && person.contactId !== invoice.contactId) errors.add('contactPersonId', "must be one of the invoice's contact's contact persons");
  else if (person && !person.email) errors.add('contactPersonId', 'the contact person has no e-mail address');
  errors.throwIfAny('email');
  tx.put('invoiceEmails', {
    id: newRecordId(),
    invoiceId,
    contactPersonId,
    toEmail: person?.email ?? '',
    emailSubject,
    emailBody,
    copyToUserId: typeof input.copyToUserId === 'string' ? input.copyToUserId : null,
    sentTime: tx.now,
  });
  // A later open or view by the customer would move it on; the sandbox stops at sent.
  if (invoice.sentState === 'unsent' || invoice.sentState === 'printed') tx.put('invoices', { ...invoice, sentState: 'sent' });
}
