import { Field, Grid, SingleSelect, SingleSelectOption, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { EMAIL_TEMPLATE_LOCALES, EMAIL_TEMPLATE_PLACEHOLDERS, type EmailTemplateLocale, type InvoiceActionSettings } from '../../../../contracts';
import { useGetPaymentAccountsQuery } from '../../services/invoiceActionsApi';
import { settingsMessages } from './settingsMessages';

interface InvoiceActionsSettingsFieldsProps {
  value: InvoiceActionSettings;
  onChange: (value: InvoiceActionSettings) => void;
  error?: string;
}

const NO_ACCOUNT = '';

/** Settings › Billy: the account payments go to (Billy's payment-enabled accounts) and the e-mail templates. */
export const InvoiceActionsSettingsFields = ({ value, onChange, error }: InvoiceActionsSettingsFieldsProps) => {
  const { formatMessage } = useIntl();
  const accounts = useGetPaymentAccountsQuery();
  const placeholders = EMAIL_TEMPLATE_PLACEHOLDERS.map((name) => `{${name}}`).join(' ');
  const setTemplate = (locale: EmailTemplateLocale, part: 'subject' | 'body', text: string) =>
    onChange({ ...value, emailTemplates: { ...value.emailTemplates, [locale]: { ...value.emailTemplates[locale], [part]: text } } });

  return (
    <>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Field.Root name="cashAccountId" hint={formatMessage(settingsMessages.cashAccountHint)} error={error}>
          <Field.Label>{formatMessage(settingsMessages.cashAccount)}</Field.Label>
          {accounts.data ? (
            <SingleSelect
              value={value.cashAccountId ?? NO_ACCOUNT}
              onChange={(accountId) => onChange({ ...value, cashAccountId: accountId === NO_ACCOUNT ? null : String(accountId) })}
              data-testid="billy-cash-account"
            >
              <SingleSelectOption value={NO_ACCOUNT}>{formatMessage(settingsMessages.askEachTime)}</SingleSelectOption>
              {accounts.data.map((account) => (
                <SingleSelectOption key={account.id} value={account.id}>
                  {account.accountNo ? `${account.accountNo} ${account.name}` : account.name}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          ) : (
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(accounts.isLoading ? settingsMessages.accountsLoading : settingsMessages.accountsUnavailable)}
            </Typography>
          )}
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </Grid.Item>
      {EMAIL_TEMPLATE_LOCALES.map((locale) => (
        <Grid.Item key={locale} col={6} s={12} direction="column" alignItems="stretch" gap={2}>
          <Field.Root name={`emailSubject-${locale}`}>
            <Field.Label>{formatMessage(settingsMessages.subject, { locale: locale.toUpperCase() })}</Field.Label>
            <TextInput value={value.emailTemplates[locale].subject} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTemplate(locale, 'subject', event.target.value)} />
          </Field.Root>
          <Field.Root name={`emailBody-${locale}`} hint={formatMessage(settingsMessages.placeholders, { placeholders })}>
            <Field.Label>{formatMessage(settingsMessages.body, { locale: locale.toUpperCase() })}</Field.Label>
            <Textarea value={value.emailTemplates[locale].body} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setTemplate(locale, 'body', event.target.value)} />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
      ))}
    </>
  );
};
