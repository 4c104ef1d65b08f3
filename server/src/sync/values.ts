import { createHash } from 'crypto';

/**
 * Values are compared in one normal form on both sides: undefined and blank strings are null,
 * numbers stay numbers, objects compare by content whatever their key order.
 */
export const normalize = (value: unknown): unknown => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, normalize(inner)]));
  }
  return value;
};

/** JSON with sorted keys: the same content always gives the same text, hence the same hash. */
export const canonicalJson = (value: unknown): string => {
  const sorted = (inner: unknown): unknown => {
    if (Array.isArray(inner)) return inner.map(sorted);
    if (inner && typeof inner === 'object') {
      return Object.fromEntries(
        Object.keys(inner as Record<string, unknown>)
          .sort()
          .map((key) => [key, sorted((inner as Record<string, unknown>)[key])])
      );
    }
    return inner;
  };
  return JSON.stringify(sorted(normalize(value)));
};

export const sameValue = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

export const hashOf = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex');

/** Decimals may come back from the database as text; the sync compares them as numbers. */
export const toNumber = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
};

export const toText = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
};
