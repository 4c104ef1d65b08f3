import { Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { RunSummary } from '../../../../../contracts';
import { formatDuration } from '../../../utils/duration';
import { runStatusLabels } from '../messages';
import { bulkMessages } from './messages';
import { RunProgress } from './RunProgress';

export const runLogPath = (runId?: number) => `/settings/billy/runs${runId ? `/${runId}` : ''}`;

/** How the last run went, module by module, and a link to its log. */
export const LastRunSummary = ({ run }: { run: RunSummary }) => {
  const { formatMessage, formatDate, locale } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="billy-last-run" data-run-id={run.id} data-status={run.status}>
      <Flex justifyContent="space-between" gap={2} wrap="wrap">
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="omega" fontWeight="bold">
            {formatMessage(run.dryRun ? bulkMessages.lastPreviewTitle : bulkMessages.lastRunTitle)}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(bulkMessages.lastRunMeta, {
              status: formatMessage(runStatusLabels[run.status]),
              time: formatDate(run.finishedAt ?? run.startedAt, { dateStyle: 'medium', timeStyle: 'short' }),
              duration: formatDuration(run.startedAt, run.finishedAt, locale),
            })}
          </Typography>
        </Flex>
        <Link tag={NavLink} to={runLogPath(run.id)} data-testid="billy-open-run-log">
          {formatMessage(bulkMessages.openLog)}
        </Link>
      </Flex>
      {run.error && (
        <Typography variant="pi" textColor="danger600">
          {run.error.message}
        </Typography>
      )}
      <RunProgress run={run} />
    </Flex>
  );
};
