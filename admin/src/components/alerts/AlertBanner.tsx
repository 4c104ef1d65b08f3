import { Alert as DsAlert, Flex, Link } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { PERMISSIONS, type Alert } from '../../../../contracts';
import { useAlerts } from '../../services/alertsApi';
import { alertTexts, messages } from './messages';

const READ_ACTIONS = [{ action: PERMISSIONS.syncRead, subject: null }];

const keyOf = (alert: Alert) => `${alert.kind}:${alert.since}`;

/**
 * The open incidents at the top of a Billy page (and in the home-page widget): shown while the
 * incident is open; hiding one lasts until the page is opened again, a new incident always shows.
 */
interface AlertBannerProps {
  compact?: boolean;
  /** a margin under the banner, on pages whose content is not a spaced column */
  spaceBelow?: boolean;
  /** changes when the page learns something that may open or resolve an incident (a connection check, a run's end) */
  refreshKey?: string;
}

export const AlertBanner = ({ compact = false, spaceBelow = false, refreshKey }: AlertBannerProps) => {
  const { formatMessage, formatDate } = useIntl();
  const { allowedActions, isLoading } = useRBAC(READ_ACTIONS);
  const alerts = useAlerts({ skip: isLoading || allowedActions.canRead !== true });
  // The first key is what the page opened with (the mount fetch covers it); each later one asks again.
  const seenKey = useRef(refreshKey);
  const { refetch } = alerts;
  useEffect(() => {
    if (refreshKey === seenKey.current) return;
    seenKey.current = refreshKey;
    refetch();
  }, [refreshKey, refetch]);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const shown = (alerts.data ?? []).filter((alert) => !hidden.has(keyOf(alert)));
  if (shown.length === 0) return null;

  return (
    <Flex direction="column" alignItems="stretch" gap={2} marginBottom={spaceBelow ? 6 : 0} data-testid="billy-alerts">
      {shown.map((alert) => {
        const texts = alertTexts[alert.kind];
        const time = formatDate(new Date(alert.since), { dateStyle: 'medium', timeStyle: 'short' });
        const action =
          alert.kind === 'run_failed' && alert.runId !== null ? (
            <Link tag={NavLink} to={`/settings/billy/runs/${alert.runId}`}>
              {formatMessage(messages.openRun)}
            </Link>
          ) : (
            <Link tag={NavLink} to="/settings/billy">
              {formatMessage(messages.openSettings)}
            </Link>
          );
        return (
          <DsAlert
            key={keyOf(alert)}
            variant="danger"
            title={formatMessage(texts.title)}
            closeLabel={formatMessage(messages.close)}
            onClose={() => setHidden((current) => new Set([...current, keyOf(alert)]))}
            action={action}
            data-testid={`billy-alert-${alert.kind}`}
            padding={compact ? 3 : 5}
          >
            {formatMessage(texts.body, { time, count: alert.occurrences })}
          </DsAlert>
        );
      })}
    </Flex>
  );
};
