import type { z } from 'zod';
import type { View } from '../mapping/types';
import type { RemoteItem } from './items';

/**
 * The child records (prices, invoice lines) a write answered with, parsed; null when one does not
 * parse, so the caller reads the record back instead of trusting a partial answer. Billy lists
 * every child a write replaced, so these are all the children when the write sent them.
 */
export const savedChildren = <T>(changed: Record<string, unknown[]>, key: string, schema: z.ZodType<T>): T[] | null => {
  const parsed = (changed[key] ?? []).map((raw) => schema.safeParse(raw));
  return parsed.every((result) => result.success) ? parsed.map((result) => result.data as T) : null;
};

/** A saved record whose children the write did not touch: those parts of the view are as before. */
export const keepFromBefore = (saved: RemoteItem, before: RemoteItem, fields: readonly string[]): RemoteItem => ({
  ...saved,
  view: { ...saved.view, ...(Object.fromEntries(fields.map((field) => [field, before.view[field]])) as View) },
});
