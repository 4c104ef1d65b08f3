import { SETTINGS_PATH } from '../../pluginId';
import { Box, Button, EmptyStateLayout, Flex, LinkButton, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { PERMISSIONS } from '../../../../contracts';
import { useOverview, usePaymentPass, useSyncHealth } from '../../services/overviewApi';
import { CurrencySection } from './CurrencySection';
import { messages } from './messages';
import { AlertBanner } from '../../components/alerts/AlertBanner';

/** Module-level: useRBAC re-checks whenever its argument changes identity. */
const SYNC_ACTIONS = [
  { action: PERMISSIONS.syncRead, subject: null },
  { action: PERMISSIONS.syncTrigger, subject: null },
];

/** The "Billy" main-menu page: what is owed, overdue and paid, per currency, from the invoices synced into Strapi. */
export const OverviewPage = () => {
  const { formatMessage, formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC(SYNC_ACTIONS);
  const overview = useOverview();
  const health = useSyncHealth({ skip: allowedActions.canRead !== true });
  const pass = usePaymentPass();

  if (overview.isLoading) return <Page.Loading />;
  if (overview.isError || !overview.data) return <Page.Error content={formatMessage(messages.loadFailed)} />;

  const pullPayments = async () => {
    const result = await pass.run();
    if (result.error) {
      const { error } = result;
      toggleNotification({ type: 'danger', message: formatMessage(messages.pullFailed, { message: error.data?.error?.message ?? error.message ?? '' }) });
    } else if (result.data.error) {
      toggleNotification({ type: 'danger', message: formatMessage(messages.pullFailed, { message: result.data.error.message }) });
    } else {
      toggleNotification({ type: 'success', message: formatMessage(messages.pulled, { count: result.data.counts.payments?.updated ?? 0 }) });
    }
  };

  const { asOf, currencies } = overview.data;
  const notConnected = health.data !== undefined && health.data.connection.state === 'unconfigured';
  return (
    <Page.Main>
      <Page.Title>{formatMessage(messages.title)}</Page.Title>
      <Layouts.Header
        title={formatMessage(messages.title)}
        subtitle={asOf ? formatMessage(messages.asOf, { time: formatDate(new Date(asOf), { dateStyle: 'medium', timeStyle: 'short' }) }) : formatMessage(messages.neverPulled)}
        primaryAction={
          allowedActions.canTrigger && !notConnected ? (
            <Button startIcon={<ArrowClockwise />} loading={pass.running} onClick={() => void pullPayments()} data-testid="billy-overview-pull">
              {formatMessage(messages.pullPayments)}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <AlertBanner spaceBelow />
        {currencies.length === 0 ? (
          <Box background="neutral0" hasRadius shadow="tableShadow" data-testid="billy-overview-empty" data-state={notConnected ? 'notConnected' : 'empty'}>
            <EmptyStateLayout
              content={formatMessage(notConnected ? messages.notConnectedTitle : messages.emptyTitle)}
              action={
                <Flex direction="column" gap={3}>
                  <Typography textColor="neutral600">{formatMessage(notConnected ? messages.notConnectedBody : messages.emptyBody)}</Typography>
                  {notConnected && (
                    <LinkButton tag={NavLink} to={`/settings/${SETTINGS_PATH}`} variant="secondary">
                      {formatMessage(messages.openSettings)}
                    </LinkButton>
                  )}
                </Flex>
              }
            />
          </Box>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={8} data-testid="billy-overview">
            {currencies.map((currency) => (
              <CurrencySection key={currency.currency} overview={currency} />
            ))}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
