import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import {
  MODULE_UIDS,
  moduleForUid,
  type CustomerAccountResponse,
  type OverviewCustomer,
  type OverviewResponse,
  type SyncHealthResponse,
} from '../../../contracts';
import { notFoundError } from '../http-errors';
import { getService } from '../services/get-service';

const READ_ACTION = 'plugin::content-manager.explorer.read';

interface UserAbility {
  can(action: string, subject: string): boolean;
}

/** What the admin may read in the Content Manager: names and numbers of other types are left out. */
const readableBy = (ctx: Context) => {
  const ability = (ctx.state as { userAbility?: UserAbility }).userAbility;
  const can = (uid: string) => ability?.can(READ_ACTION, uid) ?? false;
  return { organizations: can(MODULE_UIDS.organizations), contacts: can(MODULE_UIDS.contacts), invoices: can(MODULE_UIDS.invoices) };
};

const overview = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /billy/overview */
  async show(ctx: Context) {
    const readable = readableBy(ctx);
    const customer = (value: OverviewCustomer | null): OverviewCustomer | null => (value && !readable[value.module] ? { ...value, name: null } : value);
    const data = await getService(strapi, 'overview').overview();
    const body: OverviewResponse = {
      data: {
        ...data,
        currencies: data.currencies.map((currency) => ({
          ...currency,
          topDebtors: currency.topDebtors.map((debtor) => ({ ...debtor, customer: customer(debtor.customer) })),
          overdueInvoices: currency.overdueInvoices.map((invoice) => ({
            ...invoice,
            invoiceNo: readable.invoices ? invoice.invoiceNo : null,
            customer: customer(invoice.customer),
          })),
        })),
      },
    };
    ctx.body = body;
  },

  /** GET /billy/accounts/:uid/:documentId — an organization's or contact's account. */
  async account(ctx: Context) {
    const { uid, documentId } = ctx.params as { uid: string; documentId: string };
    const module = moduleForUid(uid);
    if (module !== 'organizations' && module !== 'contacts') throw notFoundError(`"${uid}" has no customer account; use organizations or contacts`);
    const data = await getService(strapi, 'overview').account(module, documentId);
    const readable = readableBy(ctx);
    const body: CustomerAccountResponse = { data: { ...data, openInvoices: data.openInvoices.map((invoice) => ({ ...invoice, invoiceNo: readable.invoices ? invoice.invoiceNo : null })) } };
    ctx.body = body;
  },

  /** GET /billy/sync-health — the home-page widget's sync side. */
  async syncHealth(ctx: Context) {
    const [connection, runs, failingRecords] = await Promise.all([
      getService(strapi, 'connection').current(),
      getService(strapi, 'runs').list(5),
      getService(strapi, 'sync-links').countFailing(),
    ]);
    const body: SyncHealthResponse = { data: { connection, lastRun: runs.find((run) => run.status !== 'running') ?? null, failingRecords } };
    ctx.body = body;
  },
});

export default overview;
