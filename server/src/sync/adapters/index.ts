import { contactsAdapter } from './contacts';
import { creditNotesAdapter, invoicesAdapter } from './invoices';
import { organizationsAdapter } from './organizations';
import { productsAdapter } from './products';
import type { Phase, SyncAdapter } from './types';

export const ADAPTERS: Record<Phase, SyncAdapter> = {
  organizations: organizationsAdapter,
  contacts: contactsAdapter,
  products: productsAdapter,
  invoices: invoicesAdapter,
  creditNotes: creditNotesAdapter,
};

export { PHASES, type Phase, type SyncAdapter } from './types';
