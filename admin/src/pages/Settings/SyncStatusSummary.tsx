import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { messages, runStatusLabels } from './messages';
import type { SyncStatus } from './useBillySettings';

/** Next scheduled run, a run in progress, and how the last one went (from GET /billy/status). */
export const SyncStatusSummary = ({ status }: { status: SyncStatus }) => {
  const { formatMessage, formatDate } = useIntl();
  const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  const { lastRun, currentRun } = status;

  return (
    <Flex direction="column" alignItems="flex-start" gap={2} data-testid="billy-sync-status">
      {currentRun && (
        <Typography variant="omega" textColor="primary600">
          {formatMessage(messages.currentRun, { time: when(currentRun.startedAt) })}
        </Typography>
      )}
      <Typography variant="omega">
        <Typography variant="sigma" textColor="neutral600">
          {formatMessage(messages.nextRun)}:{' '}
        </Typography>
        {status.nextRunAt
          ? when(status.nextRunAt)
          : formatMessage(status.syncMode === 'manual' ? messages.notScheduled : messages.notScheduledYet)}
      </Typography>
      {status.scheduleProblem && (
        <Typography variant="pi" textColor="danger600">
          {formatMessage(messages.scheduleProblem, { problem: status.scheduleProblem })}
        </Typography>
      )}
      <Typography variant="omega">
        <Typography variant="sigma" textColor="neutral600">
          {formatMessage(messages.lastRun)}:{' '}
        </Typography>
        {lastRun
          ? `${formatMessage(runStatusLabels[lastRun.status])} · ${when(lastRun.finishedAt ?? lastRun.startedAt)}`
          : formatMessage(messages.noRunYet)}
      </Typography>
      {lastRun?.error && (
        <Typography variant="pi" textColor="danger600">
          {lastRun.error.message}
        </Typography>
      )}
    </Flex>
  );
};
