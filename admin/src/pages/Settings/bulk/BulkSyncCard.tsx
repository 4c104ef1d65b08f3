import { Divider, Flex, Link } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { messages } from '../messages';
import { SettingsCard } from '../SettingsCard';
import { SyncStatusSummary } from '../SyncStatusSummary';
import type { SyncStatus } from '../useBillySettings';
import { CurrentRun } from './CurrentRun';
import { LastRunSummary, runLogPath } from './LastRunSummary';
import { bulkMessages } from './messages';
import { SyncPreview } from './SyncPreview';

interface BulkSyncCardProps {
  status: SyncStatus;
  canTriggerSync: boolean;
  hasToken: boolean;
}

/** The "Sync" card: schedule, the run going on now with live bars, or the last run's summary; the preview. */
export const BulkSyncCard = ({ status, canTriggerSync, hasToken }: BulkSyncCardProps) => {
  const { formatMessage } = useIntl();
  return (
    <SettingsCard title={formatMessage(messages.sectionSync)}>
      <SyncStatusSummary status={status} />
      {status.currentRun ? (
        <CurrentRun run={status.currentRun} />
      ) : (
        status.lastRun && <LastRunSummary run={status.lastRun} />
      )}
      <Divider />
      <Flex justifyContent="space-between" alignItems="center" gap={3} wrap="wrap">
        {canTriggerSync ? <SyncPreview disabled={!hasToken || status.currentRun !== null} /> : <span />}
        <Link tag={NavLink} to={runLogPath()} data-testid="billy-all-runs">
          {formatMessage(bulkMessages.allRuns)}
        </Link>
      </Flex>
    </SettingsCard>
  );
};
