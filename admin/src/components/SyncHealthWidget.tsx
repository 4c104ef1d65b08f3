import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { Widget, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { PERMISSIONS, type ConnectionState } from '../../../contracts';
import { RunStatusBadge } from '../pages/Runs/RunStatusBadge';
import { AlertBanner } from './alerts/AlertBanner';
import { useOverview, useSyncHealth } from '../services/overviewApi';
import { message } from '../utils/message';
import { PLUGIN_ID } from '../pluginId';

const ACCOUNTING_ACTIONS = [{ action: PERMISSIONS.accountingRead, subject: null }];

const messages = {
  connected: message('widget.connected', 'Connected to {organization}'),
  failed: message('widget.failed', 'Not connected: {reason}'),
  unconfigured: message('widget.unconfigured', 'No Billy access token yet'),
  lastRun: message('widget.lastRun', 'Last run'),
  neverRun: message('widget.neverRun', 'No run yet'),
  failing: message('widget.failing', '{count, plural, =0 {No records failing} one {# record failing} other {# records failing}}'),
  overdue: message('widget.overdue', 'Overdue'),
  noOverdue: message('widget.noOverdue', 'Nothing overdue'),
  openOverview: message('widget.openOverview', 'Open the accounting overview'),
  loadFailed: message('widget.loadFailed', 'The sync health could not be loaded.'),
};

const lightColor: Record<ConnectionState, string> = { connected: 'success500', failed: 'danger500', unconfigured: 'neutral400' };

/** Strapi's home page: the connection light, the last run, the records failing now and the overdue total. */
const SyncHealthWidget = () => {
  const { formatMessage, formatNumber, formatDate } = useIntl();
  const health = useSyncHealth();
  const { allowedActions } = useRBAC(ACCOUNTING_ACTIONS);
  const canReadAccounting = allowedActions.canRead === true;
  const overview = useOverview({ skip: !canReadAccounting });
  if (health.isLoading) return <Widget.Loading />;
  if (health.isError || !health.data) return <Widget.Error>{formatMessage(messages.loadFailed)}</Widget.Error>;
  const { connection, lastRun, failingRecords } = health.data;
  // No accounting figure, not even "nothing overdue", to an admin without accounting.read.
  const overdue = canReadAccounting && overview.data ? overview.data.currencies.filter((currency) => currency.overdue > 0) : null;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="billy-sync-health-widget">
      <AlertBanner compact />
      <Flex gap={2} data-testid="billy-widget-connection" data-state={connection.state}>
        <Box background={lightColor[connection.state]} width="1.2rem" height="1.2rem" borderRadius="50%" />
        <Typography fontWeight="bold">
          {connection.state === 'connected'
            ? formatMessage(messages.connected, { organization: connection.organization?.name ?? '' })
            : connection.state === 'failed'
              ? formatMessage(messages.failed, { reason: connection.message ?? connection.reason ?? '' })
              : formatMessage(messages.unconfigured)}
        </Typography>
      </Flex>
      <Flex gap={2}>
        <Typography textColor="neutral600">{formatMessage(messages.lastRun)}:</Typography>
        {lastRun ? (
          <>
            <RunStatusBadge status={lastRun.status} />
            <Typography>{formatDate(new Date(lastRun.finishedAt ?? lastRun.startedAt), { dateStyle: 'medium', timeStyle: 'short' })}</Typography>
          </>
        ) : (
          <Typography>{formatMessage(messages.neverRun)}</Typography>
        )}
      </Flex>
      <Typography textColor={failingRecords > 0 ? 'danger600' : 'neutral800'} data-testid="billy-widget-failing">
        {formatMessage(messages.failing, { count: failingRecords })}
      </Typography>
      {overdue && (
        <Flex gap={2} data-testid="billy-widget-overdue">
          <Typography textColor="neutral600">{formatMessage(messages.overdue)}:</Typography>
          <Typography fontWeight="bold" textColor={overdue.length > 0 ? 'danger600' : 'neutral800'}>
            {overdue.length === 0
              ? formatMessage(messages.noOverdue)
              : overdue.map((currency) => formatNumber(currency.overdue, { style: 'currency', currency: currency.currency })).join(' · ')}
          </Typography>
        </Flex>
      )}
      {canReadAccounting && <Link tag={NavLink} to={`/plugins/${PLUGIN_ID}`}>{formatMessage(messages.openOverview)}</Link>}
    </Flex>
  );
};

export default SyncHealthWidget;
