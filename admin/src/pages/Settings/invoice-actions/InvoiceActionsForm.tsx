import { Box, Field, Flex, Grid, Textarea, TextInput, Typography } from '@strapi/design-system';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';
import {
  EMAIL_TEMPLATE_LOCALES,
  EMAIL_TEMPLATE_PLACEHOLDERS,
  unknownPlaceholders,
  type EmailTemplate,
  type EmailTemplateLocale,
  type InvoiceActionSettings,
} from '../../../../../contracts';
import type { FieldErrors } from '../apiErrors';
import { CashAccountField } from './CashAccountField';
import { invoiceActionMessages as messages, languageLabels, placeholderLabels } from './messages';

const FIELD = 'invoiceActions';
const PLACEHOLDER_LIST = EMAIL_TEMPLATE_PLACEHOLDERS.map((name) => `{${name}}`).join(', ');

/** Whether a field path (as the server names it) belongs to this card. */
export const isInvoiceActionsField = (field: string) => field === FIELD || field.startsWith(`${FIELD}.`);

const templatePath = (locale: EmailTemplateLocale, part: keyof EmailTemplate) => `${FIELD}.emailTemplates.${locale}.${part}`;
const SHOWN_FIELDS = new Set([`${FIELD}.cashAccountId`, ...EMAIL_TEMPLATE_LOCALES.flatMap((locale) => [templatePath(locale, 'subject'), templatePath(locale, 'body')])]);

interface TemplateFieldProps {
  locale: EmailTemplateLocale;
  part: keyof EmailTemplate;
  value: string;
  onChange: (value: string) => void;
  serverError?: string;
}

/** A subject or text of one language; an unknown `{…}` is named as soon as it is typed (the server refuses it too). */
const TemplateField = ({ locale, part, value, onChange, serverError }: TemplateFieldProps) => {
  const { formatMessage } = useIntl();
  const unknown = unknownPlaceholders(value);
  const error =
    unknown.length > 0 ? formatMessage(messages.unknownPlaceholder, { count: unknown.length, unknown: unknown.join(', '), placeholders: PLACEHOLDER_LIST }) : serverError;
  const name = `emailTemplates.${locale}.${part}`;
  const label = formatMessage(part === 'subject' ? messages.subjectLabel : messages.bodyLabel, { language: formatMessage(languageLabels[locale]) });
  return (
    <Field.Root name={name} id={`billy-email-${locale}-${part}`} error={error}>
      <Field.Label>{label}</Field.Label>
      {part === 'subject' ? (
        <TextInput name={name} value={value} onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)} />
      ) : (
        <Textarea name={name} value={value} onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)} />
      )}
      <Field.Error />
    </Field.Root>
  );
};

/** What each `{…}` becomes in the e-mail. */
const PlaceholderLegend = () => {
  const { formatMessage } = useIntl();
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} data-testid="billy-placeholders">
      <Typography variant="sigma" textColor="neutral600">
        {formatMessage(messages.placeholdersHeading)}
      </Typography>
      {EMAIL_TEMPLATE_PLACEHOLDERS.map((name) => (
        <Typography key={name} variant="pi">
          <Typography variant="pi" fontWeight="bold">{`{${name}}`}</Typography> {formatMessage(placeholderLabels[name])}
        </Typography>
      ))}
    </Flex>
  );
};

interface InvoiceActionsFormProps {
  value: InvoiceActionSettings;
  /** `touched`: the field path changed, whose server message no longer applies. */
  onChange: (invoiceActions: InvoiceActionSettings, touched: string) => void;
  fieldErrors: FieldErrors;
  connected: boolean;
}

/** The invoice actions part of the settings form; Save in the page header saves it with the rest. */
export const InvoiceActionsForm = ({ value, onChange, fieldErrors, connected }: InvoiceActionsFormProps) => {
  const { formatMessage } = useIntl();
  const otherErrors = Object.entries(fieldErrors).filter(([field]) => isInvoiceActionsField(field) && !SHOWN_FIELDS.has(field));
  const changeTemplate = (locale: EmailTemplateLocale, part: keyof EmailTemplate, text: string) =>
    onChange({ ...value, emailTemplates: { ...value.emailTemplates, [locale]: { ...value.emailTemplates[locale], [part]: text } } }, templatePath(locale, part));

  return (
    <Flex direction="column" alignItems="stretch" gap={5} data-testid="billy-invoice-actions-form">
      {otherErrors.length > 0 && (
        <Typography variant="pi" textColor="danger600" data-testid="billy-invoice-actions-errors">
          {otherErrors.map(([, message]) => message).join(' ')}
        </Typography>
      )}
      <Grid.Root gap={5}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <CashAccountField
            value={value.cashAccountId}
            onChange={(cashAccountId) => onChange({ ...value, cashAccountId }, `${FIELD}.cashAccountId`)}
            connected={connected}
            error={fieldErrors[`${FIELD}.cashAccountId`]}
          />
        </Grid.Item>
      </Grid.Root>
      <Box>
        <Typography variant="delta" tag="h3">
          {formatMessage(messages.templatesHeading)}
        </Typography>
        <Box paddingTop={1}>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(messages.templatesHint)}
          </Typography>
        </Box>
      </Box>
      <Grid.Root gap={5}>
        {EMAIL_TEMPLATE_LOCALES.map((locale) => (
          <Grid.Item key={locale} col={6} s={12} direction="column" alignItems="stretch" gap={4}>
            {(['subject', 'body'] as const).map((part) => (
              <TemplateField
                key={part}
                locale={locale}
                part={part}
                value={value.emailTemplates[locale][part]}
                onChange={(text) => changeTemplate(locale, part, text)}
                serverError={fieldErrors[templatePath(locale, part)]}
              />
            ))}
          </Grid.Item>
        ))}
      </Grid.Root>
      <PlaceholderLegend />
    </Flex>
  );
};
