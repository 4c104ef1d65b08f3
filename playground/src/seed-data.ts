// A small, realistic Danish data set for the demo: companies with people, DKK products, draft invoices and a credit note.
export default {
  organizations: [
    {
      key: 'nordlys', name: 'Nordlys Design ApS', registrationNo: 'DK31245678', customerNo: '1001',
      street: 'Vesterbrogade 12', zipCode: '1620', city: 'København V', country: 'DK',
      phone: '+45 33 12 34 56', email: 'faktura@nordlys-design.dk', paymentTermsMode: 'net', paymentTermsDays: 14,
      contacts: [
        { firstName: 'Mette', lastName: 'Holm', name: 'Mette Holm', email: 'mette@nordlys-design.dk', title: 'Indehaver', phone: '+45 20 11 22 33' },
        { firstName: 'Jonas', lastName: 'Kjær', name: 'Jonas Kjær', email: 'jonas@nordlys-design.dk', title: 'Bogholder' },
      ],
    },
    {
      key: 'havn', name: 'Havnens Bageri I/S', registrationNo: 'DK29876543', customerNo: '1002',
      street: 'Havnegade 4', zipCode: '8000', city: 'Aarhus C', country: 'DK',
      phone: '+45 86 12 00 00', email: 'kontor@havnensbageri.dk', paymentTermsMode: 'netEndOfMonth', paymentTermsDays: 30,
      contacts: [{ firstName: 'Lars', lastName: 'Mortensen', name: 'Lars Mortensen', email: 'lars@havnensbageri.dk', title: 'Bager' }],
    },
    {
      key: 'region', name: 'Region Syddanmark', registrationNo: 'DK29190909', ean: '5798000016555', customerNo: '1003',
      street: 'Damhaven 12', zipCode: '7100', city: 'Vejle', country: 'DK',
      phone: '+45 76 63 10 00', email: 'indkoeb@rsyd.dk', paymentTermsMode: 'net', paymentTermsDays: 30,
      contacts: [{ firstName: 'Sofie', lastName: 'Andersen', name: 'Sofie Andersen', email: 'sofie.andersen@rsyd.dk', title: 'Indkøber' }],
    },
  ],
  privateContacts: [
    { key: 'anne', firstName: 'Anne', lastName: 'Larsen', name: 'Anne Larsen', email: 'anne.larsen@example.dk', street: 'Søndergade 3', zipCode: '5000', city: 'Odense C', country: 'DK', customerNo: '2001' },
  ],
  products: [
    { key: 'consulting', name: 'Konsulenttime', productNo: 'KONS-01', description: 'Rådgivning pr. påbegyndt time', prices: [{ currency: 'DKK', unitPrice: 950 }, { currency: 'EUR', unitPrice: 128 }] },
    { key: 'logo', name: 'Logodesign', productNo: 'DES-10', description: 'Logo i tre varianter', prices: [{ currency: 'DKK', unitPrice: 7500 }] },
    { key: 'bread', name: 'Rugbrød, økologisk', productNo: 'BRD-01', description: 'Pr. stk.', prices: [{ currency: 'DKK', unitPrice: 42 }] },
    { key: 'support', name: 'Supportaftale, måned', productNo: 'SUP-12', prices: [{ currency: 'DKK', unitPrice: 1200 }] },
  ],
  invoices: [
    { key: 'inv1', organization: 'nordlys', invoiceDate: '2026-11-02', taxMode: 'excl', message: 'Tak for samarbejdet.', lines: [{ product: 'consulting', quantity: 6, unitPrice: 950, description: 'Workshop, oktober' }, { product: 'logo', quantity: 1, unitPrice: 7500 }] },
    { key: 'inv2', organization: 'havn', invoiceDate: '2026-11-10', taxMode: 'excl', lines: [{ product: 'support', quantity: 1, unitPrice: 1200 }] },
    { key: 'inv3', contact: 'anne', invoiceDate: '2026-11-15', taxMode: 'incl', lines: [{ product: 'bread', quantity: 10, unitPrice: 52.5, discountMode: 'percent', discountValue: 10 }] },
    { key: 'cn1', kind: 'creditNote', organization: 'nordlys', creditedInvoice: 'inv1', invoiceDate: '2026-11-20', taxMode: 'excl', message: 'Kreditering af én konsulenttime.', lines: [{ product: 'consulting', quantity: 1, unitPrice: 950 }] },
  ],
};
