/*
 * How the four CRM types (and the components they are made of) look in the Content Manager: labels,
 * descriptions, the title field, list columns and a grouped edit view. Pure data and decisions; content-manager/apply-views.ts writes it.
 *
 * The Content Manager keeps one configuration per type in its core store. The plugin writes its own
 * only where the stored one is still what Strapi generated (or what the plugin wrote last time), so a
 * layout the user arranged in "Configure the view" is never overwritten.
 */
import { isDeepStrictEqual } from 'node:util';
import { CONTENT_MANAGER_FIELD_LABELS, type ContentManagerViewUid } from '../../../contracts';

export interface FieldMetadata {
  edit: { label?: string; description?: string; placeholder?: string; visible?: boolean; editable?: boolean; mainField?: string };
  list: { label?: string; searchable?: boolean; sortable?: boolean };
}

export interface EditLayoutField {
  name: string;
  size: number;
}

export interface ViewConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: EditLayoutField[][] };
}

/** What the plugin's view says of a field besides its label (the labels are in contracts/content-manager-labels.ts). */
interface FieldView {
  description?: string;
  /** false for what Billy owns: shown, never edited */
  editable?: boolean;
  /** kept by the plugin and shown only as the record's title: not in the edit view */
  hidden?: boolean;
}

interface TypeView {
  mainField: string;
  /** collection types only: components are not listed */
  defaultSortBy?: string;
  defaultSortOrder?: 'ASC' | 'DESC';
  /** the labelled fields that have a description or are not to be edited */
  fields: Record<string, FieldView>;
  list: string[];
  /** rows of [field, width out of 12] */
  edit: Array<Array<[string, number]>>;
}

// An enumeration's options are named by the admin (contracts/content-manager-labels.ts); its description says what they mean.
const PAYMENT_TERMS = 'Net: days after the invoice date · Net, end of month: days after the end of its month · Date: a fixed due date.';
const CURRENCY_CODE = 'Three-letter currency code, e.g. DKK, EUR.';
const BILLY_OWNED = 'Set by Billy; it changes in Billy, not here.';

const TYPE_VIEWS: Partial<Record<ContentManagerViewUid, TypeView>> = {
  'plugin::billy.organization': {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    fields: {
      name: { description: 'The company name on invoices.' },
      registrationNo: { description: 'The company registration number (CVR), e.g. DK12345678.' },
      ean: { description: 'For public customers: the 13-digit EAN that receives e-invoices.' },
      customerNo: { description: 'The number the customer sees on invoices. Leave empty for a number such as C-000123.' },
      country: { description: 'Two-letter country code, e.g. DK, SE, DE.' },
      email: { description: 'Where Billy sends invoices.' },
      paymentTermsMode: { description: PAYMENT_TERMS },
      paymentTermsDays: { description: 'Days until an invoice is due (with Payment terms Net or Net, end of month).' },
      invoiceLocale: { description: 'The language of invoices sent to this customer.' },
      currency: { description: CURRENCY_CODE },
      archived: { description: 'An archived customer is archived in Billy too and gets no new invoices.' },
    },
    list: ['name', 'registrationNo', 'email', 'city'],
    edit: [
      [['name', 6], ['customerNo', 6]],
      [['registrationNo', 6], ['ean', 6]],
      [['email', 6], ['phone', 6]],
      [['street', 6], ['zipCode', 6]],
      [['city', 6], ['country', 6]],
      [['paymentTermsMode', 6], ['paymentTermsDays', 6]],
      [['invoiceLocale', 6], ['currency', 6]],
      [['contacts', 6], ['archived', 6]],
    ],
  },
  'plugin::billy.contact': {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    fields: {
      name: { description: 'Full name; or fill in first and last name.' },
      organization: { description: 'The company this person works for. Leave empty for a private customer.' },
      country: { description: 'Two-letter country code, e.g. DK, SE, DE.' },
      customerNo: { description: 'For a private customer: the number on invoices. Leave empty for a number such as CP-000045.' },
    },
    list: ['name', 'email', 'organization', 'phone'],
    edit: [
      [['name', 6], ['organization', 6]],
      [['firstName', 6], ['lastName', 6]],
      [['email', 6], ['phone', 6]],
      [['title', 6], ['customerNo', 6]],
      [['street', 6], ['zipCode', 6]],
      [['city', 6], ['country', 6]],
      [['archived', 4]],
    ],
  },
  'plugin::billy.product': {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    fields: {
      name: { description: 'The product name on invoice lines.' },
      productNo: { description: 'Your own product number. Leave empty for a number such as P-000045.' },
      prices: { description: 'One unit price per currency, excluding VAT.' },
    },
    list: ['name', 'productNo', 'archived'],
    edit: [[['name', 6], ['productNo', 6]], [['description', 12]], [['prices', 12]], [['archived', 4]]],
  },
  'plugin::billy.invoice': {
    // Kept by the plugin: the number once Billy gave one, else the customer and date (no "Untitled" drafts).
    mainField: 'title',
    defaultSortBy: 'invoiceDate',
    defaultSortOrder: 'DESC',
    fields: {
      title: { hidden: true },
      kind: { description: 'An invoice, or a credit note for an approved invoice.' },
      invoiceNo: { description: 'Billy numbers an invoice when it is approved.', editable: false },
      currency: { description: CURRENCY_CODE },
      taxMode: { description: 'Excl.: line prices exclude VAT · Incl.: line prices include VAT.' },
      paymentTermsMode: { description: `Empty: the customer's terms. ${PAYMENT_TERMS}` },
      organization: { description: 'The company invoiced; or choose a contact for a private customer.' },
      contact: { description: 'A private customer, or the attention person at the organization.' },
      creditedInvoice: { description: 'For a credit note: the approved invoice it credits.' },
      message: { description: 'Printed on the invoice above the lines.' },
      approvalState: { description: 'Draft: can still change · Approved: booked in Billy; changes need a credit note.' },
      dueDate: { description: BILLY_OWNED, editable: false },
      netAmount: { description: BILLY_OWNED, editable: false },
      vatAmount: { description: BILLY_OWNED, editable: false },
      grossAmount: { description: BILLY_OWNED, editable: false },
      balance: { description: BILLY_OWNED, editable: false },
      isPaid: { description: BILLY_OWNED, editable: false },
      paidAt: { description: BILLY_OWNED, editable: false },
      sentState: { description: `How far the customer has the invoice. ${BILLY_OWNED}`, editable: false },
      pdfUrl: { description: BILLY_OWNED, editable: false },
    },
    list: ['invoiceNo', 'organization', 'invoiceDate', 'grossAmount', 'balance', 'approvalState'],
    edit: [
      [['kind', 6], ['approvalState', 6]],
      [['organization', 6], ['contact', 6]],
      [['invoiceDate', 4], ['invoiceNo', 4], ['currency', 4]],
      [['paymentTermsMode', 6], ['paymentTermsDays', 4]],
      [['taxMode', 6], ['creditedInvoice', 6]],
      [['lines', 12]],
      [['message', 12]],
      [['netAmount', 4], ['vatAmount', 4], ['grossAmount', 4]],
      [['dueDate', 4], ['balance', 4], ['isPaid', 4]],
      [['paidAt', 4], ['sentState', 4]],
      [['pdfUrl', 6]],
    ],
  },
};

/** The components the CRM types are made of: an invoice's lines, a product's prices (their entries are titled by the main field). */
const COMPONENT_VIEWS: Partial<Record<ContentManagerViewUid, TypeView>> = {
  'billy.invoice-line': {
    mainField: 'description',
    fields: {
      product: { description: 'Billy needs a product on every line.' },
      description: { description: 'Shown on the invoice; empty: the product’s name.' },
      unitPrice: { description: 'In the invoice’s currency; with or without VAT as the invoice’s “Prices incl./excl. VAT” says.' },
      discountMode: { description: 'Percent: a percentage of the line · Cash: an amount per unit.' },
    },
    list: [],
    edit: [[['product', 6], ['description', 6]], [['quantity', 4], ['unitPrice', 4]], [['discountMode', 4], ['discountValue', 4]]],
  },
  'billy.product-price': {
    mainField: 'currency',
    fields: {
      currency: { description: CURRENCY_CODE },
      unitPrice: { description: 'Excluding VAT.' },
    },
    list: [],
    edit: [[['currency', 4], ['unitPrice', 4]]],
  },
};

export const VIEW_UIDS = Object.keys(TYPE_VIEWS);
export const COMPONENT_VIEW_UIDS = Object.keys(COMPONENT_VIEWS);

/**
 * The plugin's configuration laid over a complete one (Strapi's default): every attribute keeps
 * the metadata Strapi gave it (relation main fields, visibility) with the plugin's label,
 * description and editability on top. Fields of the layout the type does not have are left out.
 */
export const pluginView = (uid: string, base: ViewConfiguration): ViewConfiguration => {
  const view = TYPE_VIEWS[uid as ContentManagerViewUid] ?? COMPONENT_VIEWS[uid as ContentManagerViewUid];
  if (!view) return base;
  const labels: Record<string, { en: string }> = CONTENT_MANAGER_FIELD_LABELS[uid as ContentManagerViewUid];
  const has = (name: string) => name in base.metadatas;
  const metadatas: Record<string, FieldMetadata> = {};
  for (const [name, metadata] of Object.entries(base.metadatas)) {
    const label = labels[name]?.en;
    const field: FieldView = view.fields[name] ?? {};
    metadatas[name] = label
      ? {
          edit: {
            ...metadata.edit,
            label,
            description: field.description ?? '',
            editable: field.hidden ? false : (field.editable ?? metadata.edit.editable ?? true),
            ...(field.hidden ? { visible: false } : {}),
          },
          list: { ...metadata.list, label },
        }
      : metadata;
  }
  const edit = view.edit.map((row) => row.filter(([name]) => has(name)).map(([name, size]) => ({ name, size }))).filter((row) => row.length > 0);
  // A field Strapi shows that the plugin's layout does not place (a future attribute) keeps a row at the end.
  const placed = new Set(edit.flat().map((field) => field.name));
  const unplaced = base.layouts.edit.flat().filter((field) => !placed.has(field.name) && !view.fields[field.name]?.hidden);
  return {
    settings: {
      ...base.settings,
      mainField: has(view.mainField) ? view.mainField : base.settings.mainField,
      ...(view.defaultSortBy ? { defaultSortBy: view.defaultSortBy, defaultSortOrder: view.defaultSortOrder } : {}),
    },
    metadatas,
    layouts: { list: view.list.length ? view.list.filter(has) : base.layouts.list, edit: unplaced.length ? [...edit, unplaced] : edit },
  };
};

/** The parts of a stored configuration that say how it looks (the store adds uid and isComponent). */
export const viewPart = (configuration: ViewConfiguration): ViewConfiguration =>
  JSON.parse(
    JSON.stringify({
      settings: configuration.settings,
      metadatas: configuration.metadatas,
      layouts: { list: configuration.layouts?.list ?? [], edit: configuration.layouts?.edit ?? [] },
    })
  ) as ViewConfiguration;

/**
 * Whether the plugin may write its view: nothing is stored yet, or what is stored is Strapi's
 * generated default or the plugin's own last write. Anything else is the user's work and stays.
 */
export const mayApplyView = (stored: ViewConfiguration | null, strapiDefault: ViewConfiguration | null, lastApplied: ViewConfiguration | null): boolean => {
  if (!stored || Object.keys(stored.metadatas ?? {}).length === 0) return true;
  const current = viewPart(stored);
  return (
    (strapiDefault !== null && isDeepStrictEqual(current, viewPart(strapiDefault))) ||
    (lastApplied !== null && isDeepStrictEqual(viewPart(withoutFieldsOtherThan(current, lastApplied)), viewPart(lastApplied)))
  );
};

/**
 * The stored view without the fields the reference does not know: what Strapi added to the plugin's
 * last write when the type gained an attribute (an upgrade), which is no change of the user's.
 */
const withoutFieldsOtherThan = (view: ViewConfiguration, reference: ViewConfiguration): ViewConfiguration => {
  const known = (name: string) => name in reference.metadatas;
  return {
    settings: view.settings,
    metadatas: Object.fromEntries(Object.entries(view.metadatas).filter(([name]) => known(name))),
    layouts: {
      list: view.layouts.list.filter(known),
      edit: view.layouts.edit.map((row) => row.filter((field) => known(field.name))).filter((row) => row.length > 0),
    },
  };
};

/** Whether two configurations look the same (the store's key order and extra keys aside). */
export const sameView = (a: ViewConfiguration, b: ViewConfiguration): boolean => isDeepStrictEqual(viewPart(a), viewPart(b));
