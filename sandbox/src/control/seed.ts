/** control.seed: inserts test data through the same rules as the API, with seed-only fields allowed. */
import { RecordValidationError } from '../errors';
import { isJsonObject, type JsonObject } from '../fields';
import { contactWriter } from '../resources/contacts';
import { invoiceWriter } from '../resources/invoices';
import { productWriter } from '../resources/products';
import type { Transaction } from '../transaction';
import type { SandboxRuntime } from '../runtime';
import { ControlInputError } from './inputs';

/** In dependency order: invoices may refer to contacts and products seeded in the same call. */
const SEEDABLE: ReadonlyArray<readonly [string, { create(tx: Transaction, input: JsonObject): void }]> = [
  ['contacts', contactWriter],
  ['products', productWriter],
  ['invoices', invoiceWriter],
];

export function seedOrganization(rt: SandboxRuntime, data: unknown, token: string | undefined): void {
  if (!isJsonObject(data)) throw new ControlInputError('Seed data must be an object.');
  const unknownKeys = Object.keys(data).filter((key) => !SEEDABLE.some(([collection]) => collection === key));
  if (unknownKeys.length > 0) throw new ControlInputError(`Seed data cannot hold ${unknownKeys.join(', ')}; use contacts, products and invoices.`);
  const tx = rt.transaction(rt.store.organizationFor(token), true);
  for (const [collection, writer] of SEEDABLE) {
    const records = data[collection] ?? [];
    if (!Array.isArray(records) || !records.every(isJsonObject)) throw new ControlInputError(`Seed ${collection} must be an array of objects.`);
    for (const record of records) {
      try {
        writer.create(tx, record);
      } catch (error) {
        if (error instanceof RecordValidationError) throw new ControlInputError(`Seed rejected: ${error.message}`);
        throw error;
      }
    }
  }
  rt.commit(tx);
}
