import type { MessageDescriptor } from 'react-intl';
import type { ModuleName } from '../../../contracts';
import { message } from './message';
import { reasonHint, reasonLabel } from './reasons';

/** The Strapi fields of the four CRM types, as a person reads them (the Content Manager's labels). */
const FIELD_LABELS: Record<string, MessageDescriptor> = {
  name: message('field.name', 'Name'),
  firstName: message('field.firstName', 'First name'),
  lastName: message('field.lastName', 'Last name'),
  registrationNo: message('field.registrationNo', 'CVR number'),
  ean: message('field.ean', 'EAN number'),
  customerNo: message('field.customerNo', 'Customer number'),
  street: message('field.street', 'Street'),
  zipCode: message('field.zipCode', 'Postcode'),
  city: message('field.city', 'City'),
  country: message('field.country', 'Country'),
  phone: message('field.phone', 'Phone'),
  email: message('field.email', 'E-mail'),
  title: message('field.title', 'Job title'),
  organization: message('field.organization', 'Organization'),
  contact: message('field.contact', 'Customer (person)'),
  paymentTermsMode: message('field.paymentTermsMode', 'Payment terms'),
  paymentTermsDays: message('field.paymentTermsDays', 'Payment days'),
  invoiceLocale: message('field.invoiceLocale', 'Invoice language'),
  currency: message('field.currency', 'Currency'),
  archived: message('field.archived', 'Archived'),
  productNo: message('field.productNo', 'Product number'),
  description: message('field.description', 'Description'),
  prices: message('field.prices', 'Prices'),
  kind: message('field.kind', 'Type'),
  invoiceNo: message('field.invoiceNo', 'Invoice number'),
  invoiceDate: message('field.invoiceDate', 'Invoice date'),
  taxMode: message('field.taxMode', 'Prices incl./excl. VAT'),
  lines: message('field.lines', 'Lines'),
  message: message('field.message', 'Message'),
  approvalState: message('field.approvalState', 'State'),
};

/** A field's label, or its name when the plugin has none (a field the user added). */
export const fieldLabel = (field: string): MessageDescriptor | string => FIELD_LABELS[field] ?? field;

export interface Wording {
  descriptor: MessageDescriptor;
  values?: Record<string, string | number>;
}

const refusedFields = message(
  'failure.refusedFields',
  'Billy refused {count, plural, one {the field {fields}} other {the fields {fields}}}. Correct {count, plural, one {it} other {them}} in this record and save; then sync again.'
);

const stillRefusedFields = message(
  'failure.stillRefusedFields',
  'Billy refused {count, plural, one {the field {fields}} other {the fields {fields}}} before, and nothing has changed since, so it was not sent again. Correct {count, plural, one {it} other {them}} in this record and save, or retry the record.'
);

export interface FailureLike {
  module: ModuleName;
  reason: string | null;
  fields?: string[];
}

/**
 * What a failure means and what to do about it, in the admin's words (the server sends codes and
 * field names, never the sentence shown): the fields by their labels where Billy named them.
 * `label` words a field (formatMessage of fieldLabel).
 */
export const failureWording = (failure: FailureLike, label: (field: string) => string): Wording => {
  if (failure.reason === 'validation' && failure.fields?.length) {
    return { descriptor: refusedFields, values: { count: failure.fields.length, fields: failure.fields.map(label).join(', ') } };
  }
  if (failure.reason === 'still_refused' && failure.fields?.length) {
    return { descriptor: stillRefusedFields, values: { count: failure.fields.length, fields: failure.fields.map(label).join(', ') } };
  }
  return { descriptor: reasonHint(failure.reason) };
};

/** A reason's short label; an unknown code (a newer server) reads as a generic failure, never raw. */
export const reasonTitle = (reason: string | null): MessageDescriptor => {
  return (reason ? reasonLabel(reason) : null) ?? message('reason.other', 'Failed');
};
