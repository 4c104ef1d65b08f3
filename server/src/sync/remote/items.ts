import type { BillyContact, BillyContactPerson, BillyInvoice, BillyProduct } from '../../billy';
import { lineView } from '../mapping/invoices';
import { priceList } from '../mapping/products';
import type { View } from '../mapping/types';
import { normalize, toNumber } from '../values';

export type BillyResource = 'contacts' | 'contactPersons' | 'products' | 'invoices';

/** One Billy record as the sync sees it: a flat view by Billy field, plus what the planner needs. */
export interface RemoteItem {
  billyId: string;
  resource: BillyResource;
  view: View;
  archived: boolean;
  /** Billy accepts no change (an approved invoice). */
  locked: boolean;
  /** A contact's primary contact person, which holds the contact's email. */
  primaryPersonId?: string | null;
}

const primaryPerson = (contact: BillyContact): BillyContactPerson | undefined => contact.contactPersons?.find((person) => person.isPrimary);

export const contactItem = (contact: BillyContact): RemoteItem => ({
  billyId: contact.id,
  resource: 'contacts',
  view: normalize({
    name: contact.name,
    registrationNo: contact.registrationNo,
    ean: contact.ean,
    contactNo: contact.contactNo,
    street: contact.street,
    zipcodeText: contact.zipcodeText,
    cityText: contact.cityText,
    stateText: contact.stateText,
    countryId: contact.countryId,
    phone: contact.phone,
    fax: contact.fax,
    email: primaryPerson(contact)?.email,
    localeId: contact.localeId,
    currencyId: contact.currencyId,
    paymentTermsMode: contact.paymentTermsMode,
    paymentTermsDays: toNumber(contact.paymentTermsDays),
    isCustomer: Boolean(contact.isCustomer),
    isSupplier: Boolean(contact.isSupplier),
    isArchived: Boolean(contact.isArchived),
    createdTime: contact.createdTime,
    contactId: null,
    type: contact.type,
  }) as View,
  archived: Boolean(contact.isArchived),
  locked: false,
  primaryPersonId: primaryPerson(contact)?.id ?? null,
});

export const contactPersonItem = (person: BillyContactPerson): RemoteItem => ({
  billyId: person.id,
  resource: 'contactPersons',
  view: normalize({ name: person.name, email: person.email, contactId: person.contactId }) as View,
  archived: false,
  locked: false,
});

export const productItem = (product: BillyProduct): RemoteItem => ({
  billyId: product.id,
  resource: 'products',
  view: normalize({
    name: product.name,
    productNo: product.productNo,
    suppliersProductNo: product.suppliersProductNo,
    description: product.description,
    prices: priceList(product.prices ?? []),
    isArchived: Boolean(product.isArchived),
    createdTime: product.createdTime,
  }) as View,
  archived: Boolean(product.isArchived),
  locked: false,
});

export const invoiceItem = (invoice: BillyInvoice): RemoteItem => ({
  billyId: invoice.id,
  resource: 'invoices',
  view: normalize({
    type: invoice.type,
    contactId: invoice.contactId,
    attContactPersonId: invoice.attContactPersonId,
    entryDate: invoice.entryDate,
    currencyId: invoice.currencyId,
    taxMode: invoice.taxMode,
    paymentTermsMode: invoice.paymentTermsMode,
    paymentTermsDays: toNumber(invoice.paymentTermsDays),
    contactMessage: invoice.contactMessage,
    creditedInvoiceId: invoice.creditedInvoiceId,
    lines: [...(invoice.lines ?? [])].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0)).map(lineView),
    state: invoice.state,
    invoiceNo: invoice.invoiceNo,
    dueDate: invoice.dueDate,
    amount: toNumber(invoice.amount),
    tax: toNumber(invoice.tax),
    grossAmount: toNumber(invoice.grossAmount),
    balance: toNumber(invoice.balance),
    isPaid: Boolean(invoice.isPaid),
    downloadUrl: invoice.downloadUrl,
    sentState: invoice.sentState,
    lineDescription: invoice.lineDescription,
    createdTime: invoice.createdTime,
    approvedTime: invoice.approvedTime,
    externalId: invoice.externalId,
  }) as View,
  archived: false,
  locked: invoice.state !== 'draft',
});
