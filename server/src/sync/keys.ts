/**
 * The stable key stamped into Billy on create (contactNo, productNo, invoice externalId) when the
 * user left it empty: derived from the documentId, so every attempt for one document — in this
 * run or after a crash — carries the same key and a lost answer can be found again.
 */
export const generatedKey = (documentId: string): string => `strapi-${documentId}`;

/** The key a create uses: the user's own number if set, else the one already promised in the link row, else a new one. */
export const keyFor = (ownKey: unknown, linkKey: string | null | undefined, documentId: string): string =>
  (typeof ownKey === 'string' && ownKey.trim() !== '' ? ownKey.trim() : null) ?? linkKey ?? generatedKey(documentId);
