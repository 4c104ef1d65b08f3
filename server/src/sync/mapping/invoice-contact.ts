import { relatedDocumentId } from './codecs';
import type { FieldCodec, LocalDocument, MappingContext } from './types';

interface BillyRecipient {
  contactId: string | null;
  attContactPersonId: string | null;
}

/**
 * The Billy contact an invoice goes to. The organization's contact, or the person's: a private
 * person has a Billy contact of its own, a person of an organization is a contact person of the
 * organization's contact (then named on the "Att:" line). `invoicePriorityModule` says which to
 * prefer; the other is the fallback when the preferred one is missing or not in Billy yet.
 */
export const invoiceRecipient = (doc: LocalDocument, ctx: MappingContext): BillyRecipient => {
  const { refs } = ctx;
  const organizationContact = refs.billyId('organizations', relatedDocumentId(doc, 'organization'));
  const personDocumentId = relatedDocumentId(doc, 'contact');
  const personLinkedAs = refs.billyResource('contacts', personDocumentId);
  const personBillyId = refs.billyId('contacts', personDocumentId);
  const person = doc.contact as LocalDocument | null | undefined;

  const personRecipient: BillyRecipient | null =
    personLinkedAs === 'contacts'
      ? { contactId: personBillyId, attContactPersonId: null }
      : personLinkedAs === 'contactPersons' && person
        ? { contactId: refs.billyId('organizations', relatedDocumentId(person, 'organization')), attContactPersonId: personBillyId }
        : null;
  const organizationRecipient: BillyRecipient | null = organizationContact
    ? {
        contactId: organizationContact,
        // Name the person on the Att: line when they belong to this very organization.
        attContactPersonId: personRecipient?.contactId === organizationContact ? personRecipient.attContactPersonId : null,
      }
    : null;

  const [preferred, fallback] =
    ctx.invoicePriorityModule === 'contacts' ? [personRecipient, organizationRecipient] : [organizationRecipient, personRecipient];
  return preferred ?? fallback ?? { contactId: null, attContactPersonId: null };
};

/** contactId → the organization, or the private person, it belongs to. */
export const invoiceContactCodec: FieldCodec = {
  toBilly: (doc, _pair, ctx) => invoiceRecipient(doc, ctx).contactId,
  toStrapi: (value, _pair, ctx) => {
    const organization = ctx.refs.documentId('organizations', value as string | null);
    if (organization) return { organization };
    const person = ctx.refs.documentId('contacts', value as string | null);
    return person ? { contact: person } : {};
  },
};

/** attContactPersonId → the person of the organization the invoice is addressed to. */
export const invoiceAttentionCodec: FieldCodec = {
  toBilly: (doc, _pair, ctx) => invoiceRecipient(doc, ctx).attContactPersonId,
  toStrapi: (value, _pair, ctx) => {
    const person = ctx.refs.documentId('contacts', value as string | null);
    return person ? { contact: person } : {};
  },
};
