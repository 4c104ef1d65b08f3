import type { SandboxState } from '../../sandbox/src';
import type { ModuleName } from '../../contracts';

/** Runs one SQL query against the Strapi database (in-process knex, a SQLite file or PostgreSQL). */
export type SqlRows = (sql: string) => Promise<Array<Record<string, unknown>>>;

const TABLES: Record<ModuleName, string> = {
  organizations: 'billy_organizations',
  contacts: 'billy_contacts',
  products: 'billy_products',
  invoices: 'billy_invoices',
};

export interface TwinReport {
  /** Billy records whose stable key (contactNo, productNo, invoice externalId, a person's email under its contact) occurs twice */
  duplicates: string[];
  /** Strapi documents without exactly one live Billy twin */
  missing: string[];
  /** Billy records no Strapi document is linked to */
  strays: string[];
  counts: Record<ModuleName, { strapi: number; billy: number }>;
}

const repeated = (keys: Array<string | null>, label: string) => {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const key of keys) {
    if (key === null) continue;
    if (seen.has(key)) twice.push(`${label} ${key}`);
    seen.add(key);
  }
  return twice;
};

/**
 * Compares Strapi's CRM documents with the sandbox's records: every document has exactly one Billy
 * twin (by its sync link), no stable key is used twice in Billy, and no Billy record is left unlinked.
 */
export const compareTwins = async (rows: SqlRows, billy: SandboxState): Promise<TwinReport> => {
  const persons = billy.contactPersons.filter((person) => !person.isPrimary);
  const billyIds: Record<ModuleName, string[]> = {
    organizations: billy.contacts.filter((contact) => contact.type === 'company').map((contact) => contact.id),
    contacts: [...billy.contacts.filter((contact) => contact.type === 'person').map((contact) => contact.id), ...persons.map((person) => person.id)],
    products: billy.products.map((product) => product.id),
    invoices: billy.invoices.map((invoice) => invoice.id),
  };
  const duplicates = [
    ...repeated(billy.contacts.map((contact) => contact.contactNo ?? null), 'contactNo'),
    ...repeated(billy.products.map((product) => product.productNo ?? null), 'productNo'),
    ...repeated(billy.invoices.map((invoice) => invoice.externalId ?? null), 'externalId'),
    ...repeated(persons.map((person) => (person.email ? `${person.contactId}/${person.email}` : null)), 'person'),
  ];
  const links = await rows('SELECT module, target_document_id, billy_id FROM billy_sync_links');
  const missing: string[] = [];
  const strays: string[] = [];
  const counts = {} as TwinReport['counts'];
  for (const module of Object.keys(TABLES) as ModuleName[]) {
    const documentIds = (await rows(`SELECT DISTINCT document_id FROM ${TABLES[module]}`)).map((row) => String(row.document_id));
    const live = new Set(billyIds[module]);
    const linked = new Map<string, string[]>();
    for (const link of links.filter((row) => row.module === module && row.billy_id && live.has(String(row.billy_id)))) {
      linked.set(String(link.target_document_id), [...(linked.get(String(link.target_document_id)) ?? []), String(link.billy_id)]);
    }
    missing.push(...documentIds.filter((id) => linked.get(id)?.length !== 1).map((id) => `${module} ${id}`));
    const claimed = new Set(documentIds.flatMap((id) => linked.get(id) ?? []));
    strays.push(...billyIds[module].filter((id) => !claimed.has(id)).map((id) => `${module} billy ${id}`));
    counts[module] = { strapi: documentIds.length, billy: billyIds[module].length };
  }
  return { duplicates, missing, strays, counts };
};
