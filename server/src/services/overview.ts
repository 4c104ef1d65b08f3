import type { Core } from '@strapi/strapi';
import {
  OVERDUE_INVOICE_LIMIT,
  TOP_DEBTOR_LIMIT,
  type AccountInvoice,
  type CurrencyOverview,
  type CustomerAccountResponse,
  type InvoicedMonth,
  type OverdueInvoice,
  type OverviewCustomer,
  type OverviewResponse,
  type RunSummary,
} from '../../../contracts';
import { getService } from './get-service';

const INVOICE_UID = 'plugin::billy.invoice';
const ORGANIZATION_UID = 'plugin::billy.organization';
const CONTACT_UID = 'plugin::billy.contact';
/** Runs that pull Billy's figures for every invoice: a payment pass or a full sync. */
const PULLING_TRIGGERS = new Set<RunSummary['trigger']>(['payments', 'manual', 'cron', 'api']);
const MONTHS = 12;

type Row = Record<string, unknown>;
type Knex = Core.Strapi['db']['connection'];

const round2 = (value: unknown): number => Math.round((Number(value) || 0) * 100) / 100;
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const daysBefore = (date: Date, days: number): string => isoDay(new Date(date.getTime() - days * 86_400_000));
/** A date column as YYYY-MM-DD, whether the driver answers a string (SQLite) or a Date (PostgreSQL). */
const dayOf = (value: unknown): string | null => (value == null ? null : value instanceof Date ? isoDay(value) : String(value).slice(0, 10));
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The last 12 months as YYYY-MM, oldest first. */
const lastMonths = (today: Date): string[] =>
  Array.from({ length: MONTHS }, (_, index) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (MONTHS - 1 - index), 1)).toISOString().slice(0, 7));

/**
 * The accounting overview and customer accounts, computed in the database with SQL aggregates over
 * the invoices synced into Strapi (no Billy request, no invoice loaded into memory). Table and column
 * names come from Strapi's own metadata, so they follow however Strapi named them.
 */
const overview = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = (): Knex => strapi.db.connection;

  const schema = () => {
    const invoice = strapi.db.metadata.get(INVOICE_UID) as unknown as {
      tableName: string;
      attributes: Record<string, { columnName?: string; joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }>;
    };
    const column = (attribute: string) => `i.${invoice.attributes[attribute]?.columnName ?? attribute}`;
    const link = (attribute: string) => {
      const joinTable = invoice.attributes[attribute]?.joinTable;
      if (!joinTable) throw new Error(`plugin::billy.invoice.${attribute} has no join table`);
      return { table: joinTable.name, own: joinTable.joinColumn.name, target: joinTable.inverseJoinColumn.name };
    };
    const tableOf = (uid: string) => (strapi.db.metadata.get(uid) as unknown as { tableName: string }).tableName;
    return {
      invoices: invoice.tableName,
      organizations: tableOf(ORGANIZATION_UID),
      contacts: tableOf(CONTACT_UID),
      organizationLink: link('organization'),
      contactLink: link('contact'),
      creditedLink: link('creditedInvoice'),
      col: {
        kind: column('kind'),
        invoiceNo: column('invoiceNo'),
        invoiceDate: column('invoiceDate'),
        currency: column('currency'),
        dueDate: column('dueDate'),
        netAmount: column('netAmount'),
        grossAmount: column('grossAmount'),
        balance: column('balance'),
        isPaid: column('isPaid'),
        paidAt: column('paidAt'),
        approvalState: column('approvalState'),
        documentId: column('documentId'),
      },
    };
  };

  /** YYYY-MM of a date column, per database. */
  const monthOf = (column: string): string => {
    const client = String(strapi.db.dialect.client);
    if (client === 'postgres') return `to_char(${column}, 'YYYY-MM')`;
    if (client === 'mysql') return `DATE_FORMAT(${column}, '%Y-%m')`;
    return `substr(${column}, 1, 7)`;
  };

  /** Approved invoices with their customer: the organization, else the contact (a private customer). */
  const approved = (s: ReturnType<typeof schema>) =>
    knex()(`${s.invoices} as i`)
      .leftJoin(`${s.organizationLink.table} as ol`, `ol.${s.organizationLink.own}`, 'i.id')
      .leftJoin(`${s.organizations} as o`, 'o.id', `ol.${s.organizationLink.target}`)
      .leftJoin(`${s.contactLink.table} as cl`, `cl.${s.contactLink.own}`, 'i.id')
      .leftJoin(`${s.contacts} as c`, 'c.id', `cl.${s.contactLink.target}`)
      .where(s.col.approvalState, 'approved');

  /**
   * What is still owed: approved, unpaid, a balance left. A credit note of an invoice is left out:
   * Billy lowers the credited invoice's balance by it, so netting it again would count it twice;
   * a credit note that credits no invoice is netted against its customer.
   */
  const open = (s: ReturnType<typeof schema>) =>
    approved(s)
      .where((query) => query.where(s.col.isPaid, false).orWhereNull(s.col.isPaid))
      .whereNotNull(s.col.balance)
      .whereNot(s.col.balance, 0)
      .where((query) =>
        query.whereNot(s.col.kind, 'creditNote').orWhereNotExists(knex().select(1).from(`${s.creditedLink.table} as crl`).whereRaw(`crl.${s.creditedLink.own} = i.id`))
      );

  const expressions = (s: ReturnType<typeof schema>, today: string) => {
    const isCreditNote = `${s.col.kind} = 'creditNote'`;
    const overdueWhen = (condition: string) => `SUM(CASE WHEN NOT (${isCreditNote}) AND ${s.col.dueDate} < ? ${condition} THEN ${s.col.balance} ELSE 0 END)`;
    return {
      /** a credit note's amounts count against its customer */
      signed: (column: string) => `SUM(CASE WHEN ${isCreditNote} THEN -${column} ELSE ${column} END)`,
      overdueWhen,
    };
  };

  const customerOf = (row: Row): OverviewCustomer | null => {
    if (row.orgDocumentId) return { module: 'organizations', documentId: String(row.orgDocumentId), name: String(row.orgName ?? '') };
    if (row.contactDocumentId) {
      const name = row.contactName ?? [row.contactFirstName, row.contactLastName].filter(Boolean).join(' ');
      return { module: 'contacts', documentId: String(row.contactDocumentId), name: String(name ?? '') };
    }
    return null;
  };

  const customerColumns = ['o.document_id as orgDocumentId', 'o.name as orgName', 'c.document_id as contactDocumentId', 'c.name as contactName', 'c.first_name as contactFirstName', 'c.last_name as contactLastName'];

  /** When Billy's figures were last pulled: the last payment pass or full sync that finished without a run error. */
  const asOf = async (): Promise<string | null> => {
    const runs = await getService(strapi, 'runs').list(100);
    const pulled = runs.find((run) => PULLING_TRIGGERS.has(run.trigger) && !run.dryRun && run.status !== 'running' && run.status !== 'failed');
    return pulled?.finishedAt ?? null;
  };

  return {
    async overview(now = new Date()): Promise<OverviewResponse['data']> {
      const s = schema();
      const today = isoDay(now);
      const e = expressions(s, today);
      const months = lastMonths(now);

      const currencies = ((await approved(s).distinct(`${s.col.currency} as currency`)) as Row[]).map((row) => String(row.currency)).filter((currency) => currency !== 'null').sort();

      const totals = new Map<string, Row>();
      const totalRows = (await open(s)
        .select(`${s.col.currency} as currency`)
        .select(knex().raw(`${e.signed(s.col.balance)} as outstanding`))
        .select(knex().raw(`${e.overdueWhen('')} as overdue`, [today]))
        .select(knex().raw(`${e.overdueWhen(`AND ${s.col.dueDate} >= ?`)} as days1to30`, [today, daysBefore(now, 30)]))
        .select(knex().raw(`${e.overdueWhen(`AND ${s.col.dueDate} < ? AND ${s.col.dueDate} >= ?`)} as days31to60`, [today, daysBefore(now, 30), daysBefore(now, 60)]))
        .select(knex().raw(`${e.overdueWhen(`AND ${s.col.dueDate} < ? AND ${s.col.dueDate} >= ?`)} as days61to90`, [today, daysBefore(now, 60), daysBefore(now, 90)]))
        .select(knex().raw(`${e.overdueWhen(`AND ${s.col.dueDate} < ?`)} as over90`, [today, daysBefore(now, 90)]))
        .groupBy(s.col.currency)) as Row[];
      for (const row of totalRows) totals.set(String(row.currency), row);

      const paid = new Map<string, number>();
      const paidRows = (await approved(s)
        .where(s.col.isPaid, true)
        .where(s.col.paidAt, '>=', new Date(now.getTime() - 30 * 86_400_000))
        .select(`${s.col.currency} as currency`)
        .select(knex().raw(`${e.signed(s.col.grossAmount)} as paid`))
        .groupBy(s.col.currency)) as Row[];
      for (const row of paidRows) paid.set(String(row.currency), round2(row.paid));

      const invoiced = new Map<string, InvoicedMonth>();
      const month = monthOf(s.col.invoiceDate);
      const monthRows = (await approved(s)
        .where(s.col.invoiceDate, '>=', `${months[0]}-01`)
        .select(`${s.col.currency} as currency`)
        .select(knex().raw(`${month} as month`))
        .select(knex().raw(`${e.signed(s.col.netAmount)} as net`))
        .select(knex().raw(`${e.signed(s.col.grossAmount)} as gross`))
        .groupBy(s.col.currency, knex().raw(month))) as Row[];
      for (const row of monthRows) invoiced.set(`${row.currency} ${row.month}`, { month: String(row.month), net: round2(row.net), gross: round2(row.gross) });

      const result: CurrencyOverview[] = [];
      for (const currency of currencies) {
        const total = totals.get(currency) ?? {};
        // Grouped by customer: the organization, or the contact when the invoice has no organization.
        const customerKey = [
          'o.document_id',
          'o.name',
          knex().raw('CASE WHEN o.id IS NULL THEN c.document_id END'),
          knex().raw('CASE WHEN o.id IS NULL THEN c.name END'),
          knex().raw('CASE WHEN o.id IS NULL THEN c.first_name END'),
          knex().raw('CASE WHEN o.id IS NULL THEN c.last_name END'),
        ];
        const debtorRows = (await open(s)
          .where(s.col.currency, currency)
          .select(
            'o.document_id as orgDocumentId',
            'o.name as orgName',
            knex().raw('CASE WHEN o.id IS NULL THEN c.document_id END as "contactDocumentId"'),
            knex().raw('CASE WHEN o.id IS NULL THEN c.name END as "contactName"'),
            knex().raw('CASE WHEN o.id IS NULL THEN c.first_name END as "contactFirstName"'),
            knex().raw('CASE WHEN o.id IS NULL THEN c.last_name END as "contactLastName"')
          )
          .select(knex().raw(`${e.signed(s.col.balance)} as outstanding`))
          .select(knex().raw(`${e.overdueWhen('')} as overdue`, [today]))
          .groupBy(customerKey as never)
          .havingRaw(`${e.signed(s.col.balance)} > 0`)
          .orderBy('outstanding', 'desc')
          .limit(TOP_DEBTOR_LIMIT)) as Row[];

        const overdueQuery = () => open(s).where(s.col.currency, currency).whereNot(s.col.kind, 'creditNote').where(s.col.dueDate, '<', today);
        const overdueRows = (await overdueQuery()
          .select(`${s.col.documentId} as documentId`, `${s.col.invoiceNo} as invoiceNo`, `${s.col.dueDate} as dueDate`, `${s.col.balance} as balance`, ...customerColumns)
          .orderBy(s.col.dueDate, 'asc')
          .orderBy('i.id', 'asc')
          .limit(OVERDUE_INVOICE_LIMIT)) as Row[];
        const [{ count }] = (await overdueQuery().count({ count: 'i.id' })) as Array<{ count: number | string }>;

        result.push({
          currency,
          outstanding: round2(total.outstanding),
          overdue: round2(total.overdue),
          overdueBuckets: { days1to30: round2(total.days1to30), days31to60: round2(total.days31to60), days61to90: round2(total.days61to90), over90: round2(total.over90) },
          paidLast30Days: paid.get(currency) ?? 0,
          invoicedByMonth: months.map((key) => invoiced.get(`${currency} ${key}`) ?? { month: key, net: 0, gross: 0 }),
          topDebtors: debtorRows.map((row) => ({ customer: customerOf(row), outstanding: round2(row.outstanding), overdue: round2(row.overdue) })),
          overdueInvoices: overdueRows.map((row): OverdueInvoice => {
            const dueDate = dayOf(row.dueDate)!;
            return { documentId: String(row.documentId), invoiceNo: (row.invoiceNo as string | null) ?? null, customer: customerOf(row), dueDate, daysOverdue: daysBetween(dueDate, today), balance: round2(row.balance) };
          }),
          overdueInvoiceCount: Number(count),
        });
      }
      return { asOf: await asOf(), currencies: result };
    },

    /** One organization's or contact's account: what is open, per currency, and the open invoices. */
    async account(module: 'organizations' | 'contacts', documentId: string, now = new Date()): Promise<CustomerAccountResponse['data']> {
      const s = schema();
      const today = isoDay(now);
      const e = expressions(s, today);
      const ofCustomer = () => open(s).where(module === 'organizations' ? 'o.document_id' : 'c.document_id', documentId);
      const totalRows = (await ofCustomer()
        .select(`${s.col.currency} as currency`)
        .select(knex().raw(`${e.signed(s.col.balance)} as outstanding`))
        .select(knex().raw(`${e.overdueWhen('')} as overdue`, [today]))
        .groupBy(s.col.currency)
        .orderBy(s.col.currency)) as Row[];
      const invoiceRows = (await ofCustomer()
        .select(`${s.col.documentId} as documentId`, `${s.col.invoiceNo} as invoiceNo`, `${s.col.kind} as kind`, `${s.col.currency} as currency`, `${s.col.dueDate} as dueDate`, `${s.col.balance} as balance`)
        .orderBy(s.col.dueDate, 'asc')
        .orderBy('i.id', 'asc')
        .limit(OVERDUE_INVOICE_LIMIT)) as Row[];
      return {
        asOf: await asOf(),
        totals: totalRows.map((row) => ({ currency: String(row.currency), outstanding: round2(row.outstanding), overdue: round2(row.overdue) })),
        openInvoices: invoiceRows.map((row): AccountInvoice => {
          const dueDate = dayOf(row.dueDate);
          const kind = row.kind === 'creditNote' ? 'creditNote' : 'invoice';
          return { documentId: String(row.documentId), invoiceNo: (row.invoiceNo as string | null) ?? null, kind, currency: String(row.currency), dueDate, balance: round2(row.balance), overdue: kind === 'invoice' && dueDate !== null && dueDate < today };
        }),
      };
    },
  };
};

export default overview;
