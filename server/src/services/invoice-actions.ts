import type { Core, UID } from '@strapi/strapi';
import {
  EMAIL_TEMPLATE_PLACEHOLDERS,
  type BillyContactPersonView,
  type CreditNoteRequest,
  type EmailTemplateLocale,
  type InvoiceActionName,
  type InvoiceActionResult,
  type InvoiceActionsView,
  type ModuleName,
  type PaymentAccountView,
  type RegisterPaymentRequest,
  type RunSummary,
  type SendInvoiceRequest,
  type SyncTrigger,
} from '../../../contracts';
import { isBillyError, type BillyClient, type BillyInvoice, type BillyOrganization } from '../billy';
import { billyUnavailableError, conflictError, notFoundError, PluginHttpError } from '../http-errors';
import { stopsTheRun } from '../sync/run-phase';
import { asSyncWrite } from '../sync/sync-writes';
import { getService } from './get-service';
import { RunAlreadyActiveError } from './runs';
import { billyWebAppUrl } from './web-links';

const INVOICE_UID = 'plugin::billy.invoice' as UID.CollectionType;
const ACTION_UID = 'plugin::billy.invoice-action';
const MODULE: ModuleName = 'invoices';
/** Organization and accounts change rarely; the edit view should not ask Billy for them on every load. */
const REFERENCE_TTL_MS = 5 * 60 * 1000;
/** Amounts are compared to the øre. */
const CENT = 0.005;

const TRIGGER: Record<InvoiceActionName, SyncTrigger> = {
  approve: 'invoiceApprove',
  send: 'invoiceSend',
  creditNote: 'invoiceCreditNote',
  payment: 'invoicePayment',
};

interface StrapiLine {
  product?: { documentId?: string } | null;
  description?: string | null;
  quantity?: number | string | null;
  unitPrice?: number | string | null;
  discountMode?: 'percent' | 'cash' | null;
  discountValue?: number | string | null;
}

interface InvoiceDocument {
  documentId: string;
  kind: 'invoice' | 'creditNote' | null;
  invoiceNo: string | null;
  currency: string | null;
  taxMode: 'excl' | 'incl' | null;
  approvalState: 'draft' | 'approved' | null;
  netAmount: number | string | null;
  grossAmount: number | string | null;
  organization?: { documentId: string } | null;
  contact?: { documentId: string } | null;
  creditedInvoice?: { documentId: string } | null;
  lines?: StrapiLine[] | null;
}

interface ActionRow {
  id: number;
  action: InvoiceActionName;
  invoiceDocumentId: string;
  idempotencyKey: string | null;
  state: 'pending' | 'done' | 'failed';
  billyBefore: Record<string, unknown> | null;
  result: Omit<InvoiceActionResult, 'invoice' | 'replayed'> | null;
}

/** What one action did in Billy, for the run log and the result notice. */
interface ActionOutcome {
  message: string;
  /** false when Billy already held the result (an earlier attempt whose answer was lost) */
  wroteToBilly: boolean;
  /** what the admin needs to word the result in the user's language (the message is English, for the run log and the API) */
  values?: Record<string, string | number>;
  creditNoteDocumentId?: string;
}

interface ActionContext {
  run: RunSummary;
  doc: InvoiceDocument;
  billyId: string;
  client: BillyClient;
  /** the intent of an earlier attempt whose outcome is unknown (written before Billy was asked) */
  pending: ActionRow | null;
  writeIntent(billyBefore: Record<string, unknown>, request: unknown): Promise<ActionRow>;
  /**
   * The write is done (in Billy, or the credit note in Strapi): from here on a failure — a lost
   * read-back, a Strapi write — leaves the intent pending, so the retry checks instead of writing again.
   */
  markApplied(): void;
}

const badRequest = (message: string, details: Record<string, unknown> = {}) => new PluginHttpError(400, 'ValidationError', message, details);
const toNumber = (value: unknown): number => (value === null || value === undefined || value === '' ? 0 : Number(value));
const round = (value: number) => Math.round(value * 100) / 100;

/** A line's net amount as Billy computes it (billy-api.md §4.4: percent or cash discount). */
const lineNet = (line: StrapiLine, quantity = toNumber(line.quantity)): number => {
  const gross = quantity * toNumber(line.unitPrice);
  const discount = toNumber(line.discountValue);
  if (!discount) return gross;
  return line.discountMode === 'cash' ? gross - discount * quantity : gross * (1 - discount / 100);
};

const formatAmount = (amount: number | null | undefined, currency: string, locale: EmailTemplateLocale) =>
  new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', { style: 'currency', currency }).format(amount ?? 0);

const formatDate = (date: string | null | undefined, locale: EmailTemplateLocale) =>
  date ? new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)) : '';

export const fillTemplate = (template: string, values: Record<(typeof EMAIL_TEMPLATE_PLACEHOLDERS)[number], string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? values[name as keyof typeof values] : whole));

/** Why Billy gave nothing (auth, network, billy…): what the admin words, where the message is for the API. */
const billyReasonOf = (error: unknown): string => (isBillyError(error) ? error.reason : 'billy');

/** Billy's refusal, said as what did not happen. */
const refusal = (what: string, error: unknown) => {
  const billyMessage = isBillyError(error) ? error.message : String(error);
  return badRequest(`Billy did not ${what}: ${billyMessage}`, { reason: 'validation', billyMessage });
};

/**
 * The invoice workflow from the edit view: approve, send by e-mail, PDF, credit note, payment.
 * Each action opens a run of its own trigger (so it waits for no sync and no sync waits for it
 * half-done), writes its intent before asking Billy, and before any retry looks at Billy's state to
 * see whether the earlier attempt went through — so nothing is booked, sent or paid twice.
 */
const invoiceActions = ({ strapi }: { strapi: Core.Strapi }) => {
  const actionQuery = () => strapi.db.query(ACTION_UID);
  const cache: { organization?: { at: number; value: BillyOrganization }; accounts?: { at: number; value: PaymentAccountView[] } } = {};

  const loadInvoice = async (documentId: string): Promise<InvoiceDocument> => {
    const doc = (await strapi.documents(INVOICE_UID).findOne({
      documentId,
      populate: {
        organization: { fields: ['documentId'] },
        contact: { fields: ['documentId'] },
        creditedInvoice: { fields: ['documentId'] },
        lines: { populate: { product: { fields: ['documentId'] } } },
      },
    })) as unknown as InvoiceDocument | null;
    if (!doc) throw notFoundError(`No invoice with documentId "${documentId}"`);
    return doc;
  };

  const billyIdOf = async (documentId: string): Promise<string | null> => (await getService(strapi, 'sync-links').find(MODULE, documentId))?.billyId ?? null;

  const requireBillyId = async (documentId: string): Promise<string> => {
    const billyId = await billyIdOf(documentId);
    if (!billyId) throw badRequest('This invoice has never been synced to Billy: use "Sync to Billy" first.', { reason: 'never_synced' });
    return billyId;
  };

  const client = () => getService(strapi, 'billy').client();

  /** A refused token turns the connection light red, as a sync does. */
  const noteAuthFailure = async (error: unknown) => {
    if (stopsTheRun(error)) await getService(strapi, 'connection').recordFailure(error);
  };

  const organization = async (billy: BillyClient): Promise<BillyOrganization> => {
    if (cache.organization && Date.now() - cache.organization.at < REFERENCE_TTL_MS) return cache.organization.value;
    const value = await billy.getOrganization();
    cache.organization = { at: Date.now(), value };
    return value;
  };

  const paymentAccounts = async (billy: BillyClient): Promise<PaymentAccountView[]> => {
    if (cache.accounts && Date.now() - cache.accounts.at < REFERENCE_TTL_MS) return cache.accounts.value;
    const value = (await billy.reference.accounts())
      .filter((account) => account.isPaymentEnabled && !account.isArchived)
      .map((account) => ({ id: account.id, name: account.name ?? account.id, accountNo: account.accountNo ?? null }));
    cache.accounts = { at: Date.now(), value };
    return value;
  };

  const getBillyInvoice = async (billy: BillyClient, billyId: string): Promise<BillyInvoice> => {
    const invoice = await billy.invoices.get(billyId);
    if (!invoice) throw badRequest('Billy no longer has this invoice: it may have been deleted there. Sync it again to see what Billy holds.', { reason: 'not_found' });
    return invoice;
  };

  const contactPersonsOf = async (billy: BillyClient, contactId: string | null | undefined): Promise<BillyContactPersonView[]> => {
    if (!contactId) return [];
    const { records } = await billy.contactPersons.list({ contactId });
    return records.map((person) => ({ id: person.id, name: person.name ?? null, email: person.email ?? null, isPrimary: Boolean(person.isPrimary) }));
  };

  /** Danish customers get the Danish template; everyone else the English one. */
  const emailFor = async (billy: BillyClient, invoice: BillyInvoice, org: BillyOrganization) => {
    const { invoiceActions: settings } = await getService(strapi, 'settings').get();
    const contact = invoice.contactId ? await billy.contacts.get(invoice.contactId) : null;
    const locale: EmailTemplateLocale = (contact?.localeId ?? org.localeId ?? 'da_DK').startsWith('da') ? 'da' : 'en';
    const template = settings.emailTemplates[locale];
    const values = {
      invoiceNo: invoice.invoiceNo ?? '',
      amount: formatAmount(invoice.grossAmount, invoice.currencyId ?? 'DKK', locale),
      dueDate: formatDate(invoice.dueDate, locale),
      companyName: org.name ?? '',
      customerName: contact?.name ?? '',
    };
    return { locale, subject: fillTemplate(template.subject, values), body: fillTemplate(template.body, values) };
  };

  /** Draft credit notes in Strapi for this invoice, not yet booked: what they will credit, net. */
  const draftCreditsNet = async (documentId: string): Promise<number> => {
    const drafts = (await strapi.documents(INVOICE_UID).findMany({
      filters: { kind: 'creditNote', approvalState: 'draft', creditedInvoice: { documentId } },
      populate: { lines: true },
    } as never)) as unknown as InvoiceDocument[];
    return drafts.reduce((sum, draft) => sum + (draft.lines ?? []).reduce((lines, line) => lines + lineNet(line), 0), 0);
  };

  /** Gross per net of the invoice: a credit note of its lines carries the same VAT. */
  const grossRatio = (invoice: BillyInvoice) => (invoice.amount ? toNumber(invoice.grossAmount) / toNumber(invoice.amount) : 1);

  const creditableAmount = async (documentId: string, invoice: BillyInvoice): Promise<number> =>
    round(Math.max(0, toNumber(invoice.balance) - (await draftCreditsNet(documentId)) * grossRatio(invoice)));

  const view = async (documentId: string): Promise<InvoiceActionsView> => {
    const doc = await loadInvoice(documentId);
    const billyId = await billyIdOf(documentId);
    const { invoiceActions: settings } = await getService(strapi, 'settings').get();
    const base: InvoiceActionsView = {
      documentId,
      kind: doc.kind ?? 'invoice',
      billyId,
      state: null,
      approvedTime: null,
      sentState: null,
      invoiceNo: doc.invoiceNo,
      currency: doc.currency ?? 'DKK',
      grossAmount: doc.grossAmount === null ? null : toNumber(doc.grossAmount),
      balance: null,
      isPaid: false,
      creditableAmount: null,
      lines: (doc.lines ?? []).map((line, index) => ({ index, description: line.description ?? null, quantity: toNumber(line.quantity), unitPrice: toNumber(line.unitPrice) })),
      contactPersons: [],
      email: { locale: 'da', subject: '', body: '' },
      paymentAccounts: [],
      cashAccountId: settings.cashAccountId,
      webUrl: null,
    };
    if (!billyId) return base;
    const billy = await client();
    try {
      const [invoice, org, accounts] = await Promise.all([getBillyInvoice(billy, billyId), organization(billy), paymentAccounts(billy)]);
      return {
        ...base,
        state: invoice.state === 'approved' ? 'approved' : 'draft',
        approvedTime: invoice.state === 'approved' ? (invoice.approvedTime ?? null) : null,
        sentState: invoice.sentState ?? null,
        invoiceNo: invoice.invoiceNo ?? doc.invoiceNo,
        currency: invoice.currencyId ?? base.currency,
        grossAmount: invoice.grossAmount ?? base.grossAmount,
        balance: invoice.balance ?? null,
        isPaid: Boolean(invoice.isPaid),
        creditableAmount: base.kind === 'invoice' && invoice.state === 'approved' ? await creditableAmount(documentId, invoice) : null,
        contactPersons: await contactPersonsOf(billy, invoice.contactId),
        email: await emailFor(billy, invoice, org),
        paymentAccounts: accounts,
        webUrl: billyWebAppUrl(org, MODULE, 'invoices', billyId),
      };
    } catch (error) {
      await noteAuthFailure(error);
      if (error instanceof PluginHttpError) throw error;
      const billyMessage = isBillyError(error) ? error.message : String(error);
      throw billyUnavailableError(`Billy could not be asked about this invoice: ${billyMessage}`, { reason: billyReasonOf(error), billyMessage });
    }
  };

  const findPending = async (action: InvoiceActionName, documentId: string) =>
    (await actionQuery().findOne({ where: { action, invoiceDocumentId: documentId, state: 'pending' }, orderBy: { id: 'desc' } })) as ActionRow | null;

  const settle = (row: ActionRow, state: 'done' | 'failed', result: ActionRow['result']) => actionQuery().update({ where: { id: row.id }, data: { state, result } });

  /**
   * The frame every action shares: replay a finished request, refuse an unsynced invoice, hold the
   * run lease, log the outcome under the action's own trigger, and turn errors into answers.
   */
  const perform = async (
    action: InvoiceActionName,
    documentId: string,
    idempotencyKey: string | null,
    work: (context: ActionContext) => Promise<ActionOutcome>
  ): Promise<InvoiceActionResult> => {
    if (idempotencyKey) {
      const earlier = (await actionQuery().findOne({ where: { action, invoiceDocumentId: documentId, idempotencyKey, state: 'done' } })) as ActionRow | null;
      if (earlier?.result) return { ...earlier.result, replayed: true, invoice: await view(documentId) };
    }
    const doc = await loadInvoice(documentId);
    const billyId = await requireBillyId(documentId);
    let run: RunSummary;
    try {
      run = await getService(strapi, 'runs').start(TRIGGER[action], [MODULE]);
    } catch (error) {
      if (error instanceof RunAlreadyActiveError) {
        throw conflictError(`A sync or another invoice action is running (run ${error.runId}); try again when it has finished.`, { runId: error.runId });
      }
      throw error;
    }
    const runs = getService(strapi, 'runs');
    const phase = doc.kind === 'creditNote' ? 'creditNotes' : 'invoices';
    let intent: ActionRow | null = null;
    let applied = false;
    try {
      const pending = await findPending(action, documentId);
      const outcome = await work({
        run,
        doc,
        billyId,
        client: await client(),
        pending,
        async writeIntent(billyBefore, request) {
          const current: ActionRow | null = intent ?? pending;
          if (!current) {
            intent = (await actionQuery().create({ data: { action, invoiceDocumentId: documentId, idempotencyKey, state: 'pending', request, billyBefore, runId: run.id } })) as ActionRow;
            return intent;
          }
          // An earlier attempt's intent keeps the state Billy was in before it; this attempt's adds to its own.
          const merged = current === intent ? { ...current.billyBefore, ...billyBefore } : { ...billyBefore, ...current.billyBefore };
          intent = (await actionQuery().update({ where: { id: current.id }, data: { idempotencyKey, request, billyBefore: merged, runId: run.id } })) as ActionRow;
          return intent;
        },
        markApplied() {
          applied = true;
        },
      });
      const result = {
        action,
        runId: run.id,
        message: outcome.message,
        ...(outcome.values ? { values: outcome.values } : {}),
        ...(outcome.creditNoteDocumentId ? { creditNoteDocumentId: outcome.creditNoteDocumentId } : {}),
      };
      const settled = intent ?? pending;
      if (settled) await settle(settled, 'done', result);
      else await actionQuery().create({ data: { action, invoiceDocumentId: documentId, idempotencyKey, state: 'done', result, runId: run.id } });
      await runs.report(run.id, phase, {
        module: MODULE,
        documentId,
        billyId,
        direction: 'toBilly',
        outcome: outcome.wroteToBilly ? 'updated' : 'skipped',
        reason: outcome.wroteToBilly ? `invoice_${action}` : 'already_done',
        message: outcome.message,
      });
      await runs.finish(run.id, null);
      return { ...result, replayed: !outcome.wroteToBilly, invoice: await view(documentId) };
    } catch (error) {
      await noteAuthFailure(error);
      const unknownOutcome = isBillyError(error) && error.outcomeUnknown;
      const failed: ActionRow | null = intent;
      // A refusal before the write settles the intent; an unknown outcome or a failure after the write leaves it pending for the retry to check.
      if (failed && !unknownOutcome && !applied) await settle(failed, 'failed', null);
      const reason = isBillyError(error) ? error.reason : error instanceof PluginHttpError ? String(error.details.reason ?? 'refused') : 'error';
      const message = error instanceof Error ? error.message : String(error);
      await runs.report(run.id, phase, { module: MODULE, documentId, billyId, direction: 'toBilly', outcome: 'failed', reason, message });
      await runs.finish(run.id, { reason, message });
      if (error instanceof PluginHttpError) throw error;
      if (unknownOutcome || (isBillyError(error) && (error.reason === 'network' || error.reason === 'billy' || error.reason === 'rate_limit'))) {
        throw billyUnavailableError(`Billy did not answer whether it was done (${message}). Try again: the plugin checks Billy first and never does it twice.`, { reason });
      }
      if (isBillyError(error) && error.reason === 'auth') throw billyUnavailableError(`Billy refused the access token: ${message}`, { reason });
      throw error;
    }
  };

  /** Pushes the document (drafts: its pending edits; approved: Billy's figures come back) and fails on a refusal. */
  const push = async (run: RunSummary, documentId: string, what: string) => {
    const outcomes = await getService(strapi, 'sync').pushWithin(run, MODULE, documentId);
    const failed = outcomes.find((entry) => entry.outcome === 'failed');
    if (failed) throw badRequest(`Billy did not ${what}: ${failed.message ?? failed.reason ?? 'the sync failed'}`, { reason: failed.reason ?? 'failed' });
  };

  /**
   * Billy's invoice carries no payment date: a payment registered here that settles the invoice
   * dates it (the overview's "paid in the last 30 days"), written as Billy's figures are.
   */
  const notePaidOn = async (run: RunSummary, documentId: string, paidOn: string) => {
    const doc = (await strapi.documents(INVOICE_UID).findOne({ documentId, fields: ['isPaid', 'paidAt'] })) as { isPaid?: boolean; paidAt?: string | null } | null;
    if (!doc?.isPaid || doc.paidAt) return;
    await asSyncWrite({}, () => strapi.documents(INVOICE_UID).update({ documentId, data: { paidAt: new Date(`${paidOn}T12:00:00.000Z`) } as never }));
    await getService(strapi, 'sync-links').recordPulled(MODULE, [documentId]);
  };

  /** Approves in Billy unless it already is (an earlier attempt whose answer was lost). */
  const approveInBilly = async (context: ActionContext): Promise<boolean> => {
    await push(context.run, context.doc.documentId, 'take the draft’s latest changes');
    const invoice = await getBillyInvoice(context.client, context.billyId);
    if (invoice.state === 'approved') return false;
    await context.writeIntent({ state: invoice.state }, { state: 'approved' });
    try {
      // draft → approved is Billy's only state change (billy-api.md §5); repeating it changes nothing.
      await context.client.invoices.update(context.billyId, { state: 'approved' }, { idempotent: true });
      context.markApplied();
    } catch (error) {
      if (isBillyError(error) && error.reason === 'validation') throw refusal('approve the invoice', error);
      throw error;
    }
    return true;
  };

  return {
    view,

    async paymentAccounts(): Promise<PaymentAccountView[]> {
      try {
        return await paymentAccounts(await client());
      } catch (error) {
        await noteAuthFailure(error);
        throw billyUnavailableError(`Billy's accounts could not be read: ${isBillyError(error) ? error.message : String(error)}`);
      }
    },

    /** The record in Billy's web app, or null when the address is unknown. */
    async webUrl(module: ModuleName, documentId: string): Promise<string | null> {
      const link = await getService(strapi, 'sync-links').find(module, documentId);
      if (!link?.billyId) return null;
      try {
        return billyWebAppUrl(await organization(await client()), module, link.billyResource, link.billyId);
      } catch (error) {
        await noteAuthFailure(error);
        return null;
      }
    },

    approve: (documentId: string, idempotencyKey: string | null) =>
      perform('approve', documentId, idempotencyKey, async (context) => {
        const approved = await approveInBilly(context);
        await push(context.run, documentId, 'hand back the approved invoice');
        return {
          wroteToBilly: approved,
          message: approved ? 'The invoice is approved (booked) in Billy.' : 'The invoice was already approved in Billy; nothing was booked again.',
        };
      }),

    send: (documentId: string, request: SendInvoiceRequest, idempotencyKey: string | null) =>
      perform('send', documentId, idempotencyKey, async (context) => {
        let invoice = await getBillyInvoice(context.client, context.billyId);
        if (invoice.state !== 'approved') {
          if (!request.approveFirst) throw badRequest('Only an approved invoice can be sent. Approve it first, or choose "Approve and send".', { reason: 'draft' });
          await approveInBilly(context);
          invoice = await getBillyInvoice(context.client, context.billyId);
        }
        const pending = context.pending;
        const sentStateBefore = pending?.billyBefore?.sentState;
        if (pending && sentStateBefore !== undefined && sentStateBefore !== invoice.sentState) {
          await push(context.run, documentId, 'hand back the sent invoice');
          return { wroteToBilly: false, message: 'Billy had already sent this invoice; it was not sent again.' };
        }
        if (pending && sentStateBefore !== undefined && sentStateBefore !== 'unsent') {
          // Sent before, and the last attempt's answer was lost: Billy's state cannot tell whether it went out again.
          await settle(pending, 'failed', null);
          throw conflictError('The last send of this invoice got no answer from Billy and may have gone out. Check with the customer or in Billy; send again only if it did not arrive.', { reason: 'outcome_unknown' });
        }
        const persons = await contactPersonsOf(context.client, invoice.contactId);
        const withEmail = persons.filter((person) => person.email);
        const chosen = request.contactPersonId ? withEmail.find((person) => person.id === request.contactPersonId) : (withEmail.find((person) => person.isPrimary) ?? withEmail[0]);
        if (request.contactPersonId && !chosen) {
          throw badRequest("The chosen contact person is not one of the customer's contact persons in Billy with an e-mail address.", { reason: 'contact_person' });
        }
        if (!chosen) {
          throw badRequest("The customer has no contact person with an e-mail address in Billy. Add a contact with an e-mail address to the invoice's organization (or the contact's e-mail) in Strapi and sync it, then send again.", { reason: 'no_recipient' });
        }
        const defaults = await emailFor(context.client, invoice, await organization(context.client));
        const email = { contactPersonId: chosen.id, emailSubject: request.subject?.trim() || defaults.subject, emailBody: request.body?.trim() || defaults.body };
        await context.writeIntent({ sentState: invoice.sentState ?? 'unsent' }, { contactPersonId: chosen.id });
        try {
          await context.client.invoiceWorkflow.sendEmail(context.billyId, email);
          context.markApplied();
        } catch (error) {
          if (isBillyError(error) && error.reason === 'validation') throw refusal('send the invoice', error);
          throw error;
        }
        await push(context.run, documentId, 'hand back the sent invoice');
        const recipient = `${chosen.name ?? chosen.email} <${chosen.email}>`;
        return { wroteToBilly: true, message: `Billy sent the invoice to ${recipient}.`, values: { recipient } };
      }),

    async pdf(documentId: string): Promise<{ fileName: string; pdf: Buffer }> {
      const doc = await loadInvoice(documentId);
      const billyId = await requireBillyId(documentId);
      try {
        const billy = await client();
        const invoice = await getBillyInvoice(billy, billyId);
        if (!invoice.downloadUrl) throw badRequest('Billy gives no PDF for this invoice.', { reason: 'no_pdf' });
        const kind = (doc.kind ?? 'invoice') === 'creditNote' ? 'credit-note' : 'invoice';
        const number = (invoice.invoiceNo ?? 'draft').replace(/[^\w.-]+/g, '-');
        return { fileName: `${kind}-${number}.pdf`, pdf: await billy.invoiceWorkflow.downloadPdf(invoice.downloadUrl) };
      } catch (error) {
        await noteAuthFailure(error);
        if (error instanceof PluginHttpError) throw error;
        const billyMessage = isBillyError(error) ? error.message : String(error);
        throw billyUnavailableError(`The PDF could not be fetched from Billy: ${billyMessage}`, { reason: billyReasonOf(error), billyMessage });
      }
    },

    creditNote: (documentId: string, request: CreditNoteRequest, idempotencyKey: string | null) =>
      perform('creditNote', documentId, idempotencyKey, async (context) => {
        const { doc } = context;
        if ((doc.kind ?? 'invoice') !== 'invoice') throw badRequest('A credit note cannot itself be credited.', { reason: 'credit_note' });
        const earlierNote = context.pending?.result?.creditNoteDocumentId ?? (context.pending?.billyBefore?.creditNoteDocumentId as string | undefined);
        if (earlierNote && (await strapi.documents(INVOICE_UID).findOne({ documentId: earlierNote, fields: ['documentId'] }))) {
          // The earlier attempt made the credit note and stopped: finish that one, make no second.
          await context.writeIntent({ creditNoteDocumentId: earlierNote }, request);
          await push(context.run, earlierNote, 'take the credit note');
          return { wroteToBilly: true, message: 'The credit note is in Billy as a draft; approve it to book it.', creditNoteDocumentId: earlierNote };
        }
        const invoice = await getBillyInvoice(context.client, context.billyId);
        if (invoice.state !== 'approved') throw badRequest('Only an approved invoice can be credited; a draft can simply be edited.', { reason: 'draft' });
        const lines = doc.lines ?? [];
        const chosen = request.lines ?? lines.map((line, index) => ({ index, quantity: toNumber(line.quantity) }));
        for (const { index, quantity } of chosen) {
          const line = lines[index];
          if (!line) throw badRequest(`The invoice has no line ${index + 1}.`, { reason: 'line' });
          if (!(quantity > 0) || quantity > toNumber(line.quantity) + CENT) {
            throw badRequest(`Line ${index + 1} can be credited with a quantity between 0 and ${toNumber(line.quantity)}.`, { reason: 'line' });
          }
        }
        if (chosen.length === 0) throw badRequest('Choose at least one line to credit.', { reason: 'line' });
        const creditGross = round(chosen.reduce((sum, { index, quantity }) => sum + lineNet(lines[index], quantity), 0) * grossRatio(invoice));
        const creditable = await creditableAmount(documentId, invoice);
        if (creditGross > creditable + CENT) {
          const currency = invoice.currencyId ?? 'DKK';
          throw badRequest(
            `A credit note can credit at most what the invoice still owes (${formatAmount(creditable, currency, 'en')}, less draft credit notes); these lines come to ${formatAmount(creditGross, currency, 'en')}.`,
            { reason: 'exceeds_remaining', creditableAmount: creditable, creditAmount: creditGross }
          );
        }
        const intent = await context.writeIntent({ creditNoteDocumentId: null }, request);
        const created = (await asSyncWrite({}, () =>
          strapi.documents(INVOICE_UID).create({
            data: {
              kind: 'creditNote',
              approvalState: 'draft',
              invoiceDate: new Date().toISOString().slice(0, 10),
              currency: doc.currency ?? 'DKK',
              taxMode: doc.taxMode ?? 'excl',
              organization: doc.organization?.documentId ?? null,
              contact: doc.contact?.documentId ?? null,
              creditedInvoice: documentId,
              message: `Credit note for invoice ${invoice.invoiceNo ?? doc.invoiceNo ?? ''}`.trim(),
              lines: chosen.map(({ index, quantity }) => {
                const line = lines[index];
                return {
                  product: line.product?.documentId ?? null,
                  description: line.description ?? null,
                  quantity,
                  unitPrice: toNumber(line.unitPrice),
                  discountMode: line.discountMode ?? 'percent',
                  discountValue: line.discountValue === null || line.discountValue === undefined ? null : toNumber(line.discountValue),
                };
              }),
            } as never,
          })
        )) as unknown as { documentId: string };
        // Known before the push: a crash or a failed push after this line finds the credit note instead of making another.
        await actionQuery().update({ where: { id: intent.id }, data: { billyBefore: { creditNoteDocumentId: created.documentId } } });
        context.markApplied();
        await push(context.run, created.documentId, 'take the credit note');
        return { wroteToBilly: true, message: 'The credit note is in Billy as a draft; approve it to book it.', creditNoteDocumentId: created.documentId };
      }),

    pay: (documentId: string, request: RegisterPaymentRequest, idempotencyKey: string | null) =>
      perform('payment', documentId, idempotencyKey, async (context) => {
        const invoice = await getBillyInvoice(context.client, context.billyId);
        if (invoice.state !== 'approved') throw badRequest('Only an approved invoice can be paid: approve it first.', { reason: 'draft' });
        const pending = context.pending;
        const balanceBefore = pending?.billyBefore?.balance;
        if (pending && balanceBefore !== undefined && toNumber(balanceBefore) !== toNumber(invoice.balance)) {
          await push(context.run, documentId, 'hand back the balance');
          await notePaidOn(context.run, documentId, request.paidOn);
          return { wroteToBilly: false, message: 'Billy had already registered this payment; it was not registered again.' };
        }
        const { invoiceActions: settings } = await getService(strapi, 'settings').get();
        const accountId = request.accountId ?? settings.cashAccountId;
        if (!accountId) throw badRequest('Choose the account the money came in on (in the dialog, or once for all in Settings › Billy).', { reason: 'account' });
        const accounts = await paymentAccounts(context.client);
        if (!accounts.some((account) => account.id === accountId)) {
          throw badRequest('That account cannot take payments in Billy: choose one of the payment accounts.', { reason: 'account' });
        }
        const balance = toNumber(invoice.balance);
        const currency = invoice.currencyId ?? 'DKK';
        if (request.amount > balance + CENT && !request.confirmOverpayment) {
          throw badRequest(
            `The payment (${formatAmount(request.amount, currency, 'en')}) is more than the invoice's balance (${formatAmount(balance, currency, 'en')}). Confirm it as an overpayment to register it anyway.`,
            { reason: 'overpayment', balance }
          );
        }
        await context.writeIntent({ balance }, request);
        try {
          await context.client.bankPayments.create({
            entryDate: request.paidOn,
            cashAmount: request.amount,
            cashSide: 'debit',
            cashAccountId: accountId,
            associations: [{ subjectReference: `invoice:${context.billyId}` }],
          });
          context.markApplied();
        } catch (error) {
          if (isBillyError(error) && error.reason === 'validation') throw refusal('register the payment', error);
          throw error;
        }
        await push(context.run, documentId, 'hand back the balance');
        await notePaidOn(context.run, documentId, request.paidOn);
        return { wroteToBilly: true, message: `Billy registered a payment of ${formatAmount(request.amount, currency, 'en')}.`, values: { amount: request.amount, currency } };
      }),
  };
};

export default invoiceActions;
