/*
 * Where sync data lives: in a link table of its own (`sync-link`, hidden from the Content Manager),
 * not in fields on the four CRM types. One row per synced document holds its Billy id, merge base,
 * state, attempts and last error. Keeping it apart means the sync never writes to a user's
 * document just to record bookkeeping (no edit noise, no on-save echo, no field a user could
 * overwrite), and the edit view shows it read-only through GET /billy/records/:uid/:documentId.
 */
import organization from './organization/schema.json';
import contact from './contact/schema.json';
import product from './product/schema.json';
import invoice from './invoice/schema.json';
import syncLink from './sync-link/schema.json';
import syncRun from './sync-run/schema.json';
import syncRunRecord from './sync-run-record/schema.json';
import invoiceAction from './invoice-action/schema.json';

export default {
  organization: { schema: organization },
  contact: { schema: contact },
  product: { schema: product },
  invoice: { schema: invoice },
  'sync-link': { schema: syncLink },
  'sync-run': { schema: syncRun },
  'sync-run-record': { schema: syncRunRecord },
  'invoice-action': { schema: invoiceAction },
};
