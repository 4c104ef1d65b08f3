import type { MappingField, ModuleName } from '../../../../contracts';

/** A mapping field with what the validator also needs to know: which Strapi relation or component can hold it. */
export interface CatalogueField extends MappingField {
  /** relation: the Strapi content types it may point to; list: the repeatable component it is. */
  targets?: readonly string[];
}

const text = (name: string, extra: Partial<CatalogueField> = {}): CatalogueField => ({ name, type: 'string', ...extra });
const readOnly = (name: string, type: CatalogueField['type']): CatalogueField => ({ name, type, readOnly: true });

/** What a Billy contact holds, for a company and for a private person alike (billy-api.md §4.1). */
const contactFields: CatalogueField[] = [
  text('name', { required: true }),
  { name: 'countryId', type: 'country', required: true },
  text('contactNo'),
  text('street'),
  text('zipcodeText'),
  text('cityText'),
  text('stateText'),
  text('phone'),
  text('fax'),
  // Not a field of the contact itself: the email of its primary contact person.
  text('email'),
  { name: 'localeId', type: 'enum' },
  text('currencyId'),
  { name: 'isCustomer', type: 'boolean' },
  { name: 'isSupplier', type: 'boolean' },
  { name: 'isArchived', type: 'boolean' },
  readOnly('createdTime', 'date'),
];

/**
 * The Billy fields a mapping can reach per module, with their types; `required` ones must be sent
 * on create, `readOnly` ones only Billy sets. Every field here is in the sync's view of the Billy
 * record (remote/items.ts) and, unless read-only, in what its adapter writes.
 */
export const BILLY_CATALOGUE: Record<ModuleName, CatalogueField[]> = {
  organizations: [
    ...contactFields,
    text('registrationNo'),
    text('ean'),
    { name: 'paymentTermsMode', type: 'enum' },
    { name: 'paymentTermsDays', type: 'integer' },
  ],
  contacts: [...contactFields, { name: 'contactId', type: 'relation', targets: ['plugin::billy.organization'] }],
  products: [
    text('name', { required: true }),
    text('productNo'),
    text('suppliersProductNo'),
    { name: 'description', type: 'text' },
    { name: 'prices', type: 'list', targets: ['billy.product-price'] },
    { name: 'isArchived', type: 'boolean' },
    readOnly('createdTime', 'date'),
  ],
  invoices: [
    { name: 'type', type: 'enum' },
    { name: 'contactId', type: 'relation', required: true, targets: ['plugin::billy.organization', 'plugin::billy.contact'] },
    { name: 'attContactPersonId', type: 'relation', targets: ['plugin::billy.contact'] },
    { name: 'entryDate', type: 'date', required: true },
    text('currencyId'),
    { name: 'taxMode', type: 'enum' },
    { name: 'paymentTermsMode', type: 'enum' },
    { name: 'paymentTermsDays', type: 'integer' },
    { name: 'contactMessage', type: 'text' },
    { name: 'creditedInvoiceId', type: 'relation', targets: ['plugin::billy.invoice'] },
    { name: 'lines', type: 'list', required: true, targets: ['billy.invoice-line'] },
    { name: 'state', type: 'enum' },
    readOnly('invoiceNo', 'string'),
    readOnly('dueDate', 'date'),
    readOnly('amount', 'number'),
    readOnly('tax', 'number'),
    readOnly('grossAmount', 'number'),
    readOnly('balance', 'number'),
    readOnly('isPaid', 'boolean'),
    readOnly('downloadUrl', 'string'),
    readOnly('sentState', 'enum'),
    readOnly('lineDescription', 'text'),
    readOnly('createdTime', 'date'),
    readOnly('approvedTime', 'date'),
  ],
};
