import { defaultMappingPairs, localView, strapiData, MODULE_MAPPINGS, type MappingContext } from '../../../server/src/sync/mapping';
import { invoiceRecipient } from '../../../server/src/sync/mapping/invoice-contact';
import { findMatch, byField, byKey } from '../../../server/src/sync/matching';
import { LinkRefs } from '../../../server/src/sync/refs';

const refs = new LinkRefs([
  { module: 'organizations', targetDocumentId: 'org', billyId: 'B-org', billyResource: 'contacts' },
  { module: 'contacts', targetDocumentId: 'ann', billyId: 'B-ann', billyResource: 'contactPersons' },
  { module: 'contacts', targetDocumentId: 'pat', billyId: 'B-pat', billyResource: 'contacts' },
  { module: 'products', targetDocumentId: 'widget', billyId: 'B-widget', billyResource: 'products' },
]);
const ctx = (invoicePriorityModule: 'organizations' | 'contacts' = 'organizations'): MappingContext => ({ refs, invoicePriorityModule });

describe('default mapping', () => {
  it('is exported per module as editable pairs', () => {
    expect(defaultMappingPairs('organizations')).toEqual(expect.arrayContaining([
      { strapiField: 'customerNo', billyField: 'contactNo', direction: 'both' },
      { strapiField: 'zipCode', billyField: 'zipcodeText', direction: 'both' },
      { strapiField: 'invoiceLocale', billyField: 'localeId', direction: 'both' },
      { strapiField: 'archived', billyField: 'isArchived', direction: 'both' },
    ]));
    expect(defaultMappingPairs('invoices')).toEqual(expect.arrayContaining([{ strapiField: 'pdfUrl', billyField: 'downloadUrl', direction: 'fromBilly' }]));
  });

  it('round-trips a product with prices in currency order', () => {
    const mapping = MODULE_MAPPINGS.products;
    const doc = { documentId: 'widget', name: 'Widget', productNo: '', prices: [{ currency: 'EUR', unitPrice: '14.50' }, { currency: 'DKK', unitPrice: 100 }] };
    const view = localView(mapping, mapping.defaultPairs, doc, ctx());
    expect(view).toMatchObject({ name: 'Widget', productNo: null, prices: [{ currencyId: 'DKK', unitPrice: 100 }, { currencyId: 'EUR', unitPrice: 14.5 }] });
    expect(strapiData(mapping, mapping.defaultPairs, ['prices', 'name'], view, ctx())).toEqual({
      name: 'Widget',
      prices: [{ currency: 'DKK', unitPrice: 100 }, { currency: 'EUR', unitPrice: 14.5 }],
    });
  });

  it('maps invoice lines to Billy product ids and back', () => {
    const mapping = MODULE_MAPPINGS.invoices;
    const doc = { documentId: 'i', lines: [{ product: { documentId: 'widget' }, quantity: 2, unitPrice: 100, discountMode: 'percent', discountValue: null }] };
    const view = localView(mapping, mapping.defaultPairs, doc, ctx());
    expect(view.lines).toEqual([{ productId: 'B-widget', description: null, quantity: 2, unitPrice: 100, discountMode: null, discountValue: null }]);
    expect(strapiData(mapping, mapping.defaultPairs, ['lines'], view, ctx()).lines).toEqual([
      { product: 'widget', description: null, quantity: 2, unitPrice: 100, discountMode: 'percent', discountValue: null },
    ]);
  });
});

describe('invoice recipient', () => {
  const invoice = (organization: string | null, contact: { documentId: string; organization?: { documentId: string } } | null) => ({
    documentId: 'i',
    organization: organization ? { documentId: organization } : null,
    contact,
  });

  it('prefers the module named by invoicePriorityModule and falls back to the other', () => {
    const both = invoice('org', { documentId: 'pat' });
    expect(invoiceRecipient(both, ctx('organizations'))).toEqual({ contactId: 'B-org', attContactPersonId: null });
    expect(invoiceRecipient(both, ctx('contacts'))).toEqual({ contactId: 'B-pat', attContactPersonId: null });
    expect(invoiceRecipient(invoice(null, { documentId: 'pat' }), ctx('organizations'))).toEqual({ contactId: 'B-pat', attContactPersonId: null });
    expect(invoiceRecipient(invoice('org', null), ctx('contacts'))).toEqual({ contactId: 'B-org', attContactPersonId: null });
  });

  it('addresses a person of the organization on the Att: line', () => {
    const doc = invoice('org', { documentId: 'ann', organization: { documentId: 'org' } });
    expect(invoiceRecipient(doc, ctx('contacts'))).toEqual({ contactId: 'B-org', attContactPersonId: 'B-ann' });
    expect(invoiceRecipient(doc, ctx('organizations'))).toEqual({ contactId: 'B-org', attContactPersonId: 'B-ann' });
  });
});

describe('findMatch', () => {
  const candidates = [
    { id: 1, view: { contactNo: 'strapi-x', registrationNo: null, email: null } },
    { id: 2, view: { contactNo: '7', registrationNo: '123', email: 'A@B.DK' } },
  ];
  it('trusts our own key first, then the natural keys in order', () => {
    const rules = [byKey('contactNo'), byField('registrationNo'), byField('email', true)];
    expect(findMatch({ registrationNo: '123' }, 'strapi-x', candidates, rules)?.id).toBe(1);
    expect(findMatch({ registrationNo: '123' }, 'none', candidates, rules)?.id).toBe(2);
    expect(findMatch({ email: 'a@b.dk' }, null, candidates, rules)?.id).toBe(2);
    expect(findMatch({ registrationNo: null }, null, candidates, rules)).toBeUndefined();
  });
});
