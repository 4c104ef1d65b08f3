import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import {
  IDEMPOTENCY_HEADER,
  MODULE_UIDS,
  moduleForUid,
  type GetInvoiceActionsResponse,
  type InvoiceActionResponse,
  type WebLinkResponse,
} from '../../../contracts';
import { forbiddenError, notFoundError, validationError } from '../http-errors';
import { getService } from '../services/get-service';

const sendSchema = z
  .object({
    contactPersonId: z.string().trim().min(1).max(64).optional(),
    subject: z.string().max(200).optional(),
    body: z.string().max(5000).optional(),
    approveFirst: z.boolean().optional(),
  })
  .strict();

const creditNoteSchema = z
  .object({
    lines: z
      .array(z.object({ index: z.number().int().min(0), quantity: z.number().positive('the quantity must be more than 0') }).strict())
      .min(1, 'choose at least one line')
      .optional(),
  })
  .strict();

const paymentSchema = z
  .object({
    amount: z.number().positive('the amount must be more than 0').max(1e12),
    paidOn: z.iso.date('the payment date must be a date (YYYY-MM-DD)'),
    accountId: z.string().trim().min(1).max(64).optional(),
    confirmOverpayment: z.boolean().optional(),
  })
  .strict();

const parse = <T>(schema: z.ZodType<T>, body: unknown, what: string): T => {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    throw validationError(`Invalid ${what} request`, parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })));
  }
  return parsed.data;
};

/** One value per dialog, so a double click or a retried request is answered, not done again. */
const idempotencyKeyOf = (ctx: Context): string | null => {
  const key = ctx.get(IDEMPOTENCY_HEADER).trim();
  if (!key) return null;
  if (key.length > 128) throw validationError('Invalid Idempotency-Key', [{ path: ['Idempotency-Key'], message: 'at most 128 characters' }]);
  return key;
};

type CmAction = 'read' | 'update';

/**
 * The plugin permission lets a user act; the Content Manager's permission on the content type decides
 * whether they may see or change the record at all (no record value reaches someone who may not read it).
 */
const requireContentPermission = (strapi: Core.Strapi, ctx: Context, uid: string, action: CmAction) => {
  const checker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility: ctx.state.userAbility, model: uid }) as { cannot: Record<CmAction, () => boolean> };
  if (checker.cannot[action]()) throw forbiddenError(`You may not ${action} this content type in the Content Manager.`);
};

const invoiceActions = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'invoice-actions');
  const documentIdOf = (ctx: Context, action: CmAction) => {
    requireContentPermission(strapi, ctx, MODULE_UIDS.invoices, action);
    return (ctx.params as { documentId: string }).documentId;
  };

  return {
    /** GET /billy/invoices/:documentId/actions */
    async show(ctx: Context): Promise<GetInvoiceActionsResponse> {
      return { data: await service().view(documentIdOf(ctx, 'read')) };
    },

    /** POST /billy/invoices/:documentId/approve */
    async approve(ctx: Context): Promise<InvoiceActionResponse> {
      const documentId = documentIdOf(ctx, 'update');
      parse(z.object({}).strict(), ctx.request.body, 'approve');
      return { data: await service().approve(documentId, idempotencyKeyOf(ctx)) };
    },

    /** POST /billy/invoices/:documentId/send */
    async send(ctx: Context): Promise<InvoiceActionResponse> {
      const documentId = documentIdOf(ctx, 'update');
      return { data: await service().send(documentId, parse(sendSchema, ctx.request.body, 'send'), idempotencyKeyOf(ctx)) };
    },

    /** GET /billy/invoices/:documentId/pdf — the PDF itself, named after the invoice number. */
    async pdf(ctx: Context) {
      const { fileName, pdf } = await service().pdf(documentIdOf(ctx, 'read'));
      ctx.set('Content-Type', 'application/pdf');
      ctx.set('Content-Disposition', `attachment; filename="${fileName}"`);
      ctx.set('Cache-Control', 'private, no-store');
      ctx.body = pdf;
    },

    /** POST /billy/invoices/:documentId/credit-note */
    async creditNote(ctx: Context): Promise<InvoiceActionResponse> {
      const documentId = documentIdOf(ctx, 'update');
      return { data: await service().creditNote(documentId, parse(creditNoteSchema, ctx.request.body, 'credit note'), idempotencyKeyOf(ctx)) };
    },

    /** POST /billy/invoices/:documentId/payments */
    async pay(ctx: Context): Promise<InvoiceActionResponse> {
      const documentId = documentIdOf(ctx, 'update');
      return { data: await service().pay(documentId, parse(paymentSchema, ctx.request.body, 'payment'), idempotencyKeyOf(ctx)) };
    },

    /** GET /billy/payment-accounts — Billy's accounts that can take payments (the settings' choice). */
    async paymentAccounts() {
      return { data: await service().paymentAccounts() };
    },

    /** GET /billy/web-links/:uid/:documentId */
    async webLink(ctx: Context): Promise<WebLinkResponse> {
      const { uid, documentId } = ctx.params as { uid: string; documentId: string };
      const module = moduleForUid(uid);
      if (!module) throw notFoundError(`"${uid}" is not one of the content types Billy syncs`);
      requireContentPermission(strapi, ctx, uid, 'read');
      return { data: { url: await service().webUrl(module, documentId) } };
    },
  };
};

export default invoiceActions;
