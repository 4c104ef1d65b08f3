import { z } from 'zod';
import {
  EMAIL_TEMPLATE_PLACEHOLDERS,
  FIELD_DIRECTIONS,
  FIELD_TRANSFORMS,
  INVOICE_PRIORITY_MODULES,
  MAPPING_MODES,
  MODULES,
  SYNC_DIRECTIONS,
  SYNC_MODES,
  SYNC_PRIORITIES,
  unknownPlaceholders,
} from '../../../contracts';

// Each check of the schema's own names a `params.code`: the admin words a refusal by its code (settings/validation-error.ts).

export const fieldMappingPairSchema = z
  .object({
    strapiField: z.string().min(1),
    billyField: z.string().min(1),
    direction: z.enum(FIELD_DIRECTIONS),
    transform: z.enum(FIELD_TRANSFORMS).optional(),
  })
  .strict();

const customMappingSchema = z.partialRecord(z.enum(MODULES), z.array(fieldMappingPairSchema));

const PLACEHOLDER_LIST = EMAIL_TEMPLATE_PLACEHOLDERS.map((name) => `{${name}}`).join(', ');

/** A template's text: not empty, and every `{…}` in it a placeholder the e-mail fills in. */
const templateText = (emptyMessage: string, maxLength: number) =>
  z
    .string()
    .trim()
    .min(1, emptyMessage)
    .max(maxLength)
    .superRefine((text, ctx) => {
      const unknown = unknownPlaceholders(text);
      if (unknown.length === 0) return;
      ctx.addIssue({
        code: 'custom',
        message: `unknown placeholder ${unknown.join(', ')}: the placeholders are ${PLACEHOLDER_LIST}`,
        params: { code: 'unknown_placeholder', values: { unknown: unknown.join(', '), count: unknown.length } },
      });
    });

const emailTemplateSchema = z
  .object({ subject: templateText('the subject cannot be empty', 200), body: templateText('the text cannot be empty', 5000) })
  .strict();

const invoiceActionsSchema = z
  .object({
    cashAccountId: z.string().min(1).max(64).nullable(),
    emailTemplates: z.object({ en: emailTemplateSchema, da: emailTemplateSchema }).strict(),
  })
  .strict();

/** At most this many admins are e-mailed about an incident. */
const MAX_ALERT_RECIPIENTS = 50;

const alertsSchema = z
  .object({
    recipients: z
      .array(z.number().int().positive())
      .max(MAX_ALERT_RECIPIENTS)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'an admin is chosen only once', params: { code: 'duplicate_recipient' } }),
    /** 0 alerts at the first failure; a day at most */
    unreachableAfterMinutes: z.number().int().min(0).max(24 * 60),
  })
  .strict();

/** The choices a user makes, each field once: the stored settings and the PUT body share them. */
const choiceFields = {
  syncMode: z.enum(SYNC_MODES),
  syncDirection: z.enum(SYNC_DIRECTIONS),
  priority: z.enum(SYNC_PRIORITIES).nullable(),
  invoicePriorityModule: z.enum(INVOICE_PRIORITY_MODULES),
  approveInvoices: z.boolean(),
  syncOnSave: z.boolean(),
  invoiceActions: invoiceActionsSchema,
  alerts: alertsSchema,
};

export const settingsSchema = z
  .object({ mapping: z.object({ mode: z.enum(MAPPING_MODES), custom: customMappingSchema }).strict(), ...choiceFields })
  .strict()
  .superRefine((settings, ctx) => {
    if (settings.syncDirection === 'both' && !settings.priority) {
      ctx.addIssue({ code: 'custom', path: ['priority'], message: 'choose which side wins when a field changed in both Strapi and Billy', params: { code: 'priority_required' } });
    }
  });

/** The PUT body: any subset of the settings (a mapping may leave out custom), plus a new token (or null to remove the stored one). */
export const updateSettingsSchema = z
  .object({
    accessToken: z.string().trim().min(1, 'the access token cannot be empty; send null to remove it').max(512).nullable(),
    mapping: z.object({ mode: z.enum(MAPPING_MODES), custom: customMappingSchema.optional() }).strict(),
    ...choiceFields,
    alerts: alertsSchema.partial(),
  })
  .partial()
  .strict();
