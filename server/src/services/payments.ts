import type { Core, UID } from '@strapi/strapi';
import type { RunRecordEntry, RunSummary } from '../../../contracts';
import { isBillyError, type BillyClient } from '../billy';
import { planPaymentUpdates, paymentStatusOf, type LocalPaymentStatus, type PaymentStatus } from '../payments/plan';
import { stopsTheRun } from '../sync/run-phase';
import type { RemoteItem } from '../sync/remote/items';
import { asSyncWrite } from '../sync/sync-writes';
import { getService } from './get-service';
import { RunAlreadyActiveError } from './runs';

const INVOICE_UID = 'plugin::billy.invoice';
/** Rows per `$in` lookup: well inside SQLite's and PostgreSQL's limits on bound values. */
const LOOKUP_CHUNK = 500;

export interface PaymentPassContext {
  client: BillyClient;
  runId: number;
  /** Billy's whole invoice list when the run reads it anyway (a full sync); otherwise the pass reads only what can have changed */
  allInvoices?: RemoteItem[];
  report(entry: RunRecordEntry): Promise<void>;
  setTotal(total: number): Promise<void>;
}

const errorOf = (error: unknown): { reason: string; message: string } =>
  isBillyError(error) ? { reason: error.reason, message: error.message } : { reason: 'error', message: (error as Error)?.message ?? String(error) };

/**
 * The payment pass: pulls balance, paid state, sent state and due date of approved invoices back from
 * Billy into Strapi. Billy is only read; every read is done before the first write, so a refused
 * token or an unreachable Billy changes nothing.
 */
const payments = ({ strapi }: { strapi: Core.Strapi }) => {
  const invoiceRows = () => strapi.db.query(INVOICE_UID);

  /** The invoices Strapi holds as open (approved, unpaid): the ones open at the last pass or sync. */
  const openInStrapi = async (): Promise<string[]> => {
    const rows = (await invoiceRows().findMany({
      where: { approvalState: 'approved', $or: [{ isPaid: false }, { isPaid: null }] },
      select: ['documentId'],
    })) as Array<{ documentId: string }>;
    return rows.map((row) => row.documentId);
  };

  const paymentStatusesOf = async (links: ReadonlyArray<{ targetDocumentId: string; billyId: string }>): Promise<LocalPaymentStatus[]> => {
    const billyIdOf = new Map(links.map((link) => [link.targetDocumentId, link.billyId]));
    const documentIds = [...billyIdOf.keys()];
    const statuses: LocalPaymentStatus[] = [];
    for (let start = 0; start < documentIds.length; start += LOOKUP_CHUNK) {
      const rows = (await invoiceRows().findMany({
        where: { documentId: { $in: documentIds.slice(start, start + LOOKUP_CHUNK) } },
        select: ['documentId', 'balance', 'isPaid', 'sentState', 'dueDate'],
      })) as Array<Record<string, unknown> & { documentId: string }>;
      for (const row of rows) statuses.push({ ...paymentStatusOf(row), documentId: row.documentId, billyId: billyIdOf.get(row.documentId)! });
    }
    return statuses;
  };

  /** Billy's open invoices (state=approved&isPaid=false, paged), without lines: the pass needs only their status. */
  const openInBilly = async (client: BillyClient): Promise<Map<string, PaymentStatus>> => {
    const open = new Map<string, PaymentStatus>();
    for await (const page of client.invoices.iteratePages({ state: 'approved', isPaid: false })) {
      for (const invoice of page) open.set(invoice.id, paymentStatusOf(invoice as Record<string, unknown>));
    }
    return open;
  };

  return {
    /**
     * One pass inside a run that holds the lease (its own, or a full sync's first step). Answers the
     * number of Strapi invoices it updated.
     */
    async pass(context: PaymentPassContext): Promise<number> {
      const links = getService(strapi, 'sync-links');
      const heldOpen = await openInStrapi();
      let billy: Map<string, PaymentStatus>;
      let openIds: string[];
      const missing: string[] = [];
      if (context.allInvoices) {
        billy = new Map(context.allInvoices.map((item) => [item.billyId, paymentStatusOf(item.view as Record<string, unknown>)]));
        openIds = context.allInvoices.filter((item) => item.view.state === 'approved' && !item.view.isPaid).map((item) => item.billyId);
      } else {
        billy = await openInBilly(context.client);
        openIds = [...billy.keys()];
        // An invoice open at the last pass but no longer in Billy's open list was paid (or is gone): read it alone.
        const closed = (await links.idsOf('invoices', { documentIds: heldOpen })).filter((link) => !billy.has(link.billyId));
        const answers = await Promise.all(closed.map(async (link) => ({ link, invoice: await context.client.invoices.get(link.billyId) })));
        for (const { link, invoice } of answers) {
          if (invoice) billy.set(link.billyId, paymentStatusOf(invoice as Record<string, unknown>));
          else missing.push(link.billyId);
        }
      }
      const relevant = await links.idsOf('invoices', { billyIds: openIds, documentIds: heldOpen });
      const updates = planPaymentUpdates(await paymentStatusesOf(relevant), billy);
      await context.setTotal(updates.length + missing.length);

      const documents = strapi.documents(INVOICE_UID as UID.CollectionType);
      for (const update of updates) {
        // Billy's invoice carries no payment date: the pass notes when it saw the invoice turn paid (the overview's "paid in the last 30 days").
        const paidAt = update.patch.isPaid === undefined ? {} : { paidAt: update.patch.isPaid ? new Date() : null };
        await asSyncWrite({}, () => documents.update({ documentId: update.documentId, data: { ...update.patch, ...paidAt } as never }));
        await context.report({
          module: 'invoices',
          documentId: update.documentId,
          billyId: update.billyId,
          direction: 'fromBilly',
          outcome: 'updated',
          reason: null,
          message: null,
          changes: update.changes,
        });
      }
      await links.recordPulled('invoices', updates.map((update) => update.documentId));
      for (const billyId of missing) {
        const documentId = relevant.find((link) => link.billyId === billyId)?.targetDocumentId ?? null;
        await context.report({
          module: 'invoices',
          documentId,
          billyId,
          direction: 'fromBilly',
          outcome: 'skipped',
          reason: 'missing_in_billy',
          message: 'Billy no longer has this invoice; its payment status is left as it was.',
        });
      }
      return updates.length;
    },

    /** A pass as a run of its own (trigger `payments`), answered when it is done; RunAlreadyActiveError when a run is going. */
    async run(): Promise<RunSummary> {
      const runs = getService(strapi, 'runs');
      const run = await runs.start('payments', ['invoices']);
      try {
        const client = await getService(strapi, 'billy').client();
        await this.pass({
          client,
          runId: run.id,
          report: (entry) => runs.report(run.id, 'payments', entry),
          setTotal: (total) => runs.setTotal(run.id, 'payments', total),
        });
        const connection = getService(strapi, 'connection');
        if ((await connection.current()).state === 'failed') await connection.check();
        return await runs.finish(run.id, null);
      } catch (error) {
        strapi.log.error(`[billy] payment pass ${run.id} failed: ${errorOf(error).message}`);
        if (stopsTheRun(error)) await getService(strapi, 'connection').recordFailure(error);
        return runs.finish(run.id, errorOf(error));
      }
    },

    /** The cron job's pass: skipped, not failed, when another run holds the lease. */
    async runScheduled(): Promise<RunSummary | null> {
      try {
        return await this.run();
      } catch (error) {
        if (!(error instanceof RunAlreadyActiveError)) throw error;
        strapi.log.info(`[billy] scheduled payment pass skipped: run ${error.runId} is still going`);
        return null;
      }
    },
  };
};

export default payments;
