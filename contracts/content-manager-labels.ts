/**
 * How the Content Manager names the CRM types' fields and enumeration values, in English and
 * Danish. One table for both sides: the server writes the English label into each type's view
 * (server/src/content-manager/views.ts), the admin registers the Danish one under the message id
 * the Content Manager looks up before it shows the stored label (admin/src/index.ts).
 */

/** A text in the two languages the admin speaks. */
export interface Texts {
  en: string;
  da: string;
}

export const CONTENT_MANAGER_FIELD_LABELS = {
  'plugin::billy.organization': {
    name: { en: 'Name', da: 'Navn' },
    registrationNo: { en: 'CVR number', da: 'CVR-nummer' },
    ean: { en: 'EAN number', da: 'EAN-nummer' },
    customerNo: { en: 'Customer number', da: 'Kundenummer' },
    street: { en: 'Street', da: 'Adresse' },
    zipCode: { en: 'Postcode', da: 'Postnummer' },
    city: { en: 'City', da: 'By' },
    country: { en: 'Country', da: 'Land' },
    phone: { en: 'Phone', da: 'Telefon' },
    email: { en: 'E-mail', da: 'E-mail' },
    paymentTermsMode: { en: 'Payment terms', da: 'Betalingsbetingelser' },
    paymentTermsDays: { en: 'Payment days', da: 'Betalingsdage' },
    invoiceLocale: { en: 'Invoice language', da: 'Fakturasprog' },
    currency: { en: 'Currency', da: 'Valuta' },
    archived: { en: 'Archived', da: 'Arkiveret' },
    contacts: { en: 'Contact persons', da: 'Kontaktpersoner' },
  },
  'plugin::billy.contact': {
    name: { en: 'Name', da: 'Navn' },
    firstName: { en: 'First name', da: 'Fornavn' },
    lastName: { en: 'Last name', da: 'Efternavn' },
    email: { en: 'E-mail', da: 'E-mail' },
    phone: { en: 'Phone', da: 'Telefon' },
    title: { en: 'Job title', da: 'Stilling' },
    organization: { en: 'Organization', da: 'Organisation' },
    street: { en: 'Street', da: 'Adresse' },
    zipCode: { en: 'Postcode', da: 'Postnummer' },
    city: { en: 'City', da: 'By' },
    country: { en: 'Country', da: 'Land' },
    customerNo: { en: 'Customer number', da: 'Kundenummer' },
    archived: { en: 'Archived', da: 'Arkiveret' },
  },
  'plugin::billy.product': {
    name: { en: 'Name', da: 'Navn' },
    productNo: { en: 'Product number', da: 'Varenummer' },
    description: { en: 'Description', da: 'Beskrivelse' },
    prices: { en: 'Prices', da: 'Priser' },
    archived: { en: 'Archived', da: 'Arkiveret' },
  },
  'plugin::billy.invoice': {
    title: { en: 'Invoice', da: 'Faktura' },
    kind: { en: 'Type', da: 'Type' },
    invoiceNo: { en: 'Invoice number', da: 'Fakturanummer' },
    invoiceDate: { en: 'Invoice date', da: 'Fakturadato' },
    currency: { en: 'Currency', da: 'Valuta' },
    taxMode: { en: 'Prices incl./excl. VAT', da: 'Priser inkl./ekskl. moms' },
    paymentTermsMode: { en: 'Payment terms', da: 'Betalingsbetingelser' },
    paymentTermsDays: { en: 'Payment days', da: 'Betalingsdage' },
    organization: { en: 'Customer (organization)', da: 'Kunde (organisation)' },
    contact: { en: 'Customer (person)', da: 'Kunde (person)' },
    creditedInvoice: { en: 'Credited invoice', da: 'Krediteret faktura' },
    lines: { en: 'Lines', da: 'Linjer' },
    message: { en: 'Message', da: 'Besked' },
    approvalState: { en: 'State', da: 'Tilstand' },
    dueDate: { en: 'Due date', da: 'Forfaldsdato' },
    netAmount: { en: 'Net amount', da: 'Nettobeløb' },
    vatAmount: { en: 'VAT', da: 'Moms' },
    grossAmount: { en: 'Total', da: 'I alt' },
    balance: { en: 'Balance due', da: 'Udestående' },
    isPaid: { en: 'Paid', da: 'Betalt' },
    paidAt: { en: 'Paid on', da: 'Betalt den' },
    sentState: { en: 'Sent', da: 'Sendt' },
    pdfUrl: { en: 'PDF', da: 'PDF' },
  },
  'billy.invoice-line': {
    product: { en: 'Product', da: 'Vare' },
    description: { en: 'Description', da: 'Beskrivelse' },
    quantity: { en: 'Quantity', da: 'Antal' },
    unitPrice: { en: 'Unit price', da: 'Enhedspris' },
    discountMode: { en: 'Discount as', da: 'Rabat som' },
    discountValue: { en: 'Discount', da: 'Rabat' },
  },
  'billy.product-price': {
    currency: { en: 'Currency', da: 'Valuta' },
    unitPrice: { en: 'Unit price', da: 'Enhedspris' },
  },
} satisfies Record<string, Record<string, Texts>>;

export type ContentManagerViewUid = keyof typeof CONTENT_MANAGER_FIELD_LABELS;

/**
 * The four types' names. The Content Manager's menu and list-view title show
 * `formatMessage({ id: displayName, defaultMessage: displayName })`, so the English one is each
 * schema's `info.displayName` (a unit test holds them equal) and the Danish one is registered under it.
 */
export const CONTENT_TYPE_NAMES = {
  'plugin::billy.organization': { en: 'Organization', da: 'Organisation' },
  'plugin::billy.contact': { en: 'Contact', da: 'Kontakt' },
  'plugin::billy.product': { en: 'Product', da: 'Produkt' },
  'plugin::billy.invoice': { en: 'Invoice', da: 'Faktura' },
} satisfies Record<string, Texts>;

/**
 * The Content Manager's Enumeration input (and the plugin's list cells, admin/src/components/list)
 * show `formatMessage({ id: value, defaultMessage: value })`: the id is the bare value, shared by
 * every enumeration of the app. So each text here must be right for its value in any app: a code
 * only Billy uses (creditNote, netEndOfMonth, da_DK…), or a plain word said in the other language
 * (draft: Kladde). Where the plugin's meaning is narrower than the word, the text stays the word
 * and the field's label and description say the rest: `excl`/`incl` are "Excl."/"Incl." (the label
 * says VAT), `cash` is "Cash" (another app's `cash` may be a payment method), `date` is "Date".
 * No value of the four types is left raw.
 */
export const ENUM_VALUE_LABELS: Record<string, Texts> = {
  // invoice.kind
  invoice: { en: 'Invoice', da: 'Faktura' },
  creditNote: { en: 'Credit note', da: 'Kreditnota' },
  // invoice.taxMode
  excl: { en: 'Excl.', da: 'Ekskl.' },
  incl: { en: 'Incl.', da: 'Inkl.' },
  // organization/invoice.paymentTermsMode
  net: { en: 'Net', da: 'Netto' },
  netEndOfMonth: { en: 'Net, end of month', da: 'Netto løbende måned' },
  date: { en: 'Date', da: 'Dato' },
  // invoice.approvalState
  draft: { en: 'Draft', da: 'Kladde' },
  approved: { en: 'Approved', da: 'Godkendt' },
  // invoice.sentState
  unsent: { en: 'Not sent', da: 'Ikke sendt' },
  printed: { en: 'Printed', da: 'Udskrevet' },
  sent: { en: 'Sent', da: 'Sendt' },
  opened: { en: 'Opened', da: 'Åbnet' },
  viewed: { en: 'Viewed', da: 'Set' },
  // organization.invoiceLocale
  da_DK: { en: 'Danish', da: 'Dansk' },
  en_US: { en: 'English', da: 'Engelsk' },
  de_DE: { en: 'German', da: 'Tysk' },
  fr_FR: { en: 'French', da: 'Fransk' },
  nl_NL: { en: 'Dutch', da: 'Hollandsk' },
  sv_SE: { en: 'Swedish', da: 'Svensk' },
  // invoice-line.discountMode
  percent: { en: 'Percent', da: 'Procent' },
  cash: { en: 'Cash', da: 'Kontant' },
};

/** The message id the Content Manager looks up for a field's label: types and components have their own prefix. */
export const contentManagerLabelId = (uid: string, field: string): string =>
  uid.includes('::') ? `content-manager.content-types.${uid}.${field}` : `content-manager.components.${uid}.${field}`;
