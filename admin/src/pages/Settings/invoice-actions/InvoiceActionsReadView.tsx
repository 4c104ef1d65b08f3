import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { EMAIL_TEMPLATE_LOCALES, type InvoiceActionSettings } from '../../../../../contracts';
import { SettingRow } from '../SettingRow';
import { invoiceActionMessages as messages, languageLabels } from './messages';
import { accountLabel, useCashAccounts } from './useCashAccounts';

/** The chosen account as Billy names it (asked only while connected). */
const CashAccountValue = ({ cashAccountId, connected }: { cashAccountId: string | null; connected: boolean }) => {
  const { formatMessage } = useIntl();
  const { accounts, loading, failure } = useCashAccounts(connected && cashAccountId !== null);
  if (cashAccountId === null) return <>{formatMessage(messages.cashAccountAsk)}</>;
  if (!connected || failure) return <>{formatMessage(messages.cashAccountChosenNotConnected)}</>;
  if (loading) return <>{formatMessage(messages.cashAccountLoading)}</>;
  const account = accounts.find((candidate) => candidate.id === cashAccountId);
  return <>{account ? accountLabel(account) : formatMessage(messages.cashAccountGone)}</>;
};

/** The invoice actions as saved: the cash account and each language's e-mail. */
export const InvoiceActionsReadView = ({ settings, connected }: { settings: InvoiceActionSettings; connected: boolean }) => {
  const { formatMessage } = useIntl();
  return (
    <Grid.Root gap={5}>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <SettingRow label={formatMessage(messages.cashAccountLabel)} name="cashAccountId">
          <CashAccountValue cashAccountId={settings.cashAccountId} connected={connected} />
        </SettingRow>
        {!connected && (
          <Box paddingTop={1}>
            <Typography variant="pi" textColor="neutral600" data-testid="billy-cash-account-needs-connection">
              {formatMessage(messages.cashAccountNeedsConnection)}
            </Typography>
          </Box>
        )}
      </Grid.Item>
      {EMAIL_TEMPLATE_LOCALES.map((locale) => {
        const language = formatMessage(languageLabels[locale]);
        const template = settings.emailTemplates[locale];
        return (
          <Grid.Item key={locale} col={6} s={12} direction="column" alignItems="stretch">
            <Flex direction="column" alignItems="stretch" gap={4}>
              <SettingRow label={formatMessage(messages.subjectLabel, { language })} name={`emailTemplates.${locale}.subject`}>
                {template.subject}
              </SettingRow>
              <SettingRow label={formatMessage(messages.bodyLabel, { language })} name={`emailTemplates.${locale}.body`}>
                {/* The text's own line breaks, as the e-mail will have them. */}
                <span style={{ whiteSpace: 'pre-line' }}>{template.body}</span>
              </SettingRow>
            </Flex>
          </Grid.Item>
        );
      })}
    </Grid.Root>
  );
};
