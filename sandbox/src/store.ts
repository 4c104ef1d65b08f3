/** Organizations, their tokens and their records. */
import { billyDateTime } from './dates';
import { stableId } from './ids';
import type { SandboxOrganizationSeed } from './public-types';
import type {
  BankPaymentRecord,
  InvoiceEmailRecord,
  InvoiceRecord,
  SandboxContact,
  SandboxContactPerson,
  SandboxInvoiceLine,
  SandboxOrganization,
  SandboxProduct,
  SandboxProductPrice,
} from './records';
import { DEFAULT_SALES_ACCOUNT_ID, DEFAULT_SALES_TAX_RULESET_ID } from './reference-data';

/** The record type stored in each table. */
export type TableRows = {
  contacts: SandboxContact;
  contactPersons: SandboxContactPerson;
  products: SandboxProduct;
  productPrices: SandboxProductPrice;
  invoices: InvoiceRecord;
  invoiceLines: SandboxInvoiceLine;
  bankPayments: BankPaymentRecord;
  invoiceEmails: InvoiceEmailRecord;
};
export type TableName = keyof TableRows;
export type RowOf<T extends TableName> = TableRows[T];
export type OrganizationTables = { [T in TableName]: Map<string, TableRows[T]> };

export const TABLE_NAMES: readonly TableName[] = [
  'contacts',
  'contactPersons',
  'products',
  'productPrices',
  'invoices',
  'invoiceLines',
  'bankPayments',
  'invoiceEmails',
];

export type OrganizationEntry = {
  token: string;
  organization: SandboxOrganization;
  tables: OrganizationTables;
};

/** The state-file form: records and the invoice-number sequence per organization. */
export type PersistedOrganization = { token: string; organization: SandboxOrganization } & {
  [T in TableName]: Array<RowOf<T>>;
};
export type PersistedState = { version: 1; organizations: PersistedOrganization[] };

export class UnknownTokenError extends Error {
  constructor() {
    super('No organization has that token.');
  }
}

function emptyTables(): OrganizationTables {
  return {
    contacts: new Map(),
    contactPersons: new Map(),
    products: new Map(),
    productPrices: new Map(),
    invoices: new Map(),
    invoiceLines: new Map(),
    bankPayments: new Map(),
    invoiceEmails: new Map(),
  };
}

function newOrganization(id: string, name: string): SandboxOrganization {
  return {
    id,
    name,
    baseCurrencyId: 'DKK',
    localeId: 'da_DK',
    countryId: 'DK',
    paymentTermsMode: 'net',
    paymentTermsDays: 8,
    defaultSalesAccountId: DEFAULT_SALES_ACCOUNT_ID,
    defaultSalesTaxRulesetId: DEFAULT_SALES_TAX_RULESET_ID,
    defaultTaxMode: 'excl',
    invoiceNoMode: 'sequential',
    nextInvoiceNo: 1,
    hasVat: true,
    isLocked: false,
    lockedReason: null,
    createdTime: billyDateTime(),
  };
}

export class SandboxStore {
  private readonly byToken = new Map<string, OrganizationEntry>();
  private readonly revokedTokens = new Set<string>();

  constructor(
    readonly defaultToken: string,
    extraOrganizations: readonly SandboxOrganizationSeed[],
  ) {
    this.addOrganization({ token: defaultToken, name: 'Sandbox ApS' });
    extraOrganizations.forEach((seed, index) => this.addOrganization({ name: `Sandbox Organization ${index + 2}`, ...seed }));
  }

  /** The organization a request may act for; undefined for unknown and revoked tokens. */
  authenticate(token: string): OrganizationEntry | undefined {
    return this.revokedTokens.has(token) ? undefined : this.byToken.get(token);
  }

  /** For control calls: the default organization when no token is given. */
  organizationFor(token: string = this.defaultToken): OrganizationEntry {
    const entry = this.byToken.get(token);
    if (!entry) throw new UnknownTokenError();
    return entry;
  }

  /** Looks a token up without failing; used to tag log entries. */
  organizationIdOf(token: string): string | undefined {
    return this.byToken.get(token)?.organization.id;
  }

  entries(): OrganizationEntry[] {
    return [...this.byToken.values()];
  }

  revoke(token: string): void {
    this.revokedTokens.add(token);
  }

  clearData(): void {
    this.revokedTokens.clear();
    for (const entry of this.byToken.values()) {
      entry.tables = emptyTables();
      entry.organization.nextInvoiceNo = 1;
    }
  }

  toPersisted(): PersistedState {
    return {
      version: 1,
      organizations: this.entries().map((entry) => ({
        token: entry.token,
        organization: entry.organization,
        contacts: [...entry.tables.contacts.values()],
        contactPersons: [...entry.tables.contactPersons.values()],
        products: [...entry.tables.products.values()],
        productPrices: [...entry.tables.productPrices.values()],
        invoices: [...entry.tables.invoices.values()],
        invoiceLines: [...entry.tables.invoiceLines.values()],
        bankPayments: [...entry.tables.bankPayments.values()],
        invoiceEmails: [...entry.tables.invoiceEmails.values()],
      })),
    };
  }

  /** Restores saved records. Configured organizations keep their configured token and name; others come back as saved. */
  restore(state: PersistedState): void {
    for (const saved of state.organizations) {
      const configured = this.entries().find((entry) => entry.organization.id === saved.organization.id);
      const entry = configured ?? this.addOrganization({ token: saved.token, id: saved.organization.id, name: saved.organization.name });
      entry.organization = { ...saved.organization, id: entry.organization.id, name: entry.organization.name };
      entry.tables = {
        contacts: new Map(saved.contacts.map((row) => [row.id, row])),
        contactPersons: new Map(saved.contactPersons.map((row) => [row.id, row])),
        products: new Map(saved.products.map((row) => [row.id, row])),
        productPrices: new Map(saved.productPrices.map((row) => [row.id, row])),
        invoices: new Map(saved.invoices.map((row) => [row.id, row])),
        invoiceLines: new Map(saved.invoiceLines.map((row) => [row.id, row])),
        // State files written before payments and e-mails existed have neither.
        bankPayments: new Map((saved.bankPayments ?? []).map((row) => [row.id, row])),
        invoiceEmails: new Map((saved.invoiceEmails ?? []).map((row) => [row.id, row])),
      };
    }
  }

  private addOrganization(seed: SandboxOrganizationSeed): OrganizationEntry {
    if (!seed.token) throw new Error('Every sandbox organization needs a token.');
    if (this.byToken.has(seed.token)) throw new Error(`Two sandbox organizations share the token "${seed.token}".`);
    // The id derives from the token, so a state file finds its organization again after a restart.
    const id = seed.id ?? stableId(`organization:${seed.token}`);
    const entry: OrganizationEntry = {
      token: seed.token,
      organization: newOrganization(id, seed.name ?? 'Sandbox ApS'),
      tables: emptyTables(),
    };
    this.byToken.set(seed.token, entry);
    return entry;
  }
}
