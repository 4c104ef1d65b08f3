import type { View } from './mapping/types';
import type { BillyResource } from './remote/items';

/**
 * The Billy fields each resource takes on create and refuses to change afterwards (billy-api.md
 * §4.2, §4.4, §4.5, §5), declared once: the planner never plans a PUT that changes one (it plans
 * the legal path instead), and the adapters never put one in a PUT. An approved invoice refuses
 * every change (currencyId included); the planner handles it as locked.
 */
export const CREATION_ONLY: Record<BillyResource, readonly string[]> = {
  contacts: [],
  contactPersons: ['contactId'],
  products: [],
  invoices: ['type', 'contactId', 'creditedInvoiceId'],
};

/** The fields of a resource a PUT may carry: the given writable ones without the creation-only ones. */
export const updatableFields = (resource: BillyResource, writable: readonly string[]): string[] =>
  writable.filter((field) => !CREATION_ONLY[resource].includes(field));

/** A PUT the planner should never have planned: refused before it reaches Billy. */
export const assertUpdatable = (resource: BillyResource, patch: View): void => {
  const creationOnly = CREATION_ONLY[resource].filter((field) => field in patch);
  if (creationOnly.length > 0) throw new Error(`Billy cannot change ${creationOnly.join(', ')} of a ${resource} record after its creation`);
};
