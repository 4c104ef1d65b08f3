import type { ModuleName } from '../../../contracts';

/**
 * The prefix of the readable number a create stamps into Billy's customer or product number when
 * the user left it empty. Organizations and private customers are both Billy contacts, so they need
 * prefixes of their own. Invoices carry their key in `externalId`, which no customer sees.
 */
const NUMBER_PREFIX: Partial<Record<ModuleName, string>> = { organizations: 'C-', contacts: 'CP-', products: 'P-' };

/** Digits the row id is padded to: short, yet sorting like a number in Billy's lists up to a million records. */
const NUMBER_DIGITS = 6;

/**
 * The stable key stamped into Billy on create when the user left it empty. Customer and product
 * numbers are what a customer reads on an invoice, so they are short and readable: the prefix and
 * the document's Strapi row id, which exists before the first attempt and never changes (these types
 * have no draft & publish and no locales, so a document keeps its one row). The invoice's
 * `externalId` keeps the documentId. Once a create is attempted the key is kept in the link row,
 * and every later attempt — in this run or after a crash — carries that same key.
 */
export const generatedKey = (module: ModuleName, doc: { documentId: string; id?: unknown }): string => {
  const prefix = NUMBER_PREFIX[module];
  if (!prefix || typeof doc.id !== 'number') return `strapi-${doc.documentId}`;
  return `${prefix}${String(doc.id).padStart(NUMBER_DIGITS, '0')}`;
};

/**
 * The generated key, made unique against numbers already in use (in Billy, or typed by a user on
 * another document): `C-000123`, else `C-000123-2`, and so on. Only a key no attempt has carried
 * yet is chosen this way; once promised in a link row it never changes.
 */
export const freshKey = (module: ModuleName, doc: { documentId: string; id?: unknown }, taken: ReadonlySet<string>): string => {
  const base = generatedKey(module, doc);
  let key = base;
  for (let suffix = 2; taken.has(key); suffix += 1) key = `${base}-${suffix}`;
  return key;
};

const ownKeyOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export type KeySource = 'own' | 'promised' | 'fresh';

/**
 * The key a create uses and whether a Billy record carrying it may be taken for this document's:
 * the user's own number if set, else the one already promised in the link row (an earlier attempt
 * carried it), else a fresh one. A fresh readable number was never sent, so a Billy record that
 * carries it belongs to someone else; a fresh `strapi-<documentId>` can only be this document's.
 */
export const keyFor = (
  module: ModuleName,
  ownKey: unknown,
  linkKey: string | null | undefined,
  doc: { documentId: string; id?: unknown },
  taken: ReadonlySet<string>
): { key: string; source: KeySource; matches: boolean } => {
  const own = ownKeyOf(ownKey);
  if (own) return { key: own, source: 'own', matches: true };
  if (linkKey) return { key: linkKey, source: 'promised', matches: true };
  const key = freshKey(module, doc, taken);
  return { key, source: 'fresh', matches: key === `strapi-${doc.documentId}` };
};

/** The numbers that are not free for a fresh key: those in Billy, and the users' own and promised ones. */
export const takenKeys = (values: Iterable<unknown>): Set<string> => {
  const taken = new Set<string>();
  for (const value of values) {
    const key = ownKeyOf(value);
    if (key) taken.add(key);
  }
  return taken;
};
