import { Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RunSummary } from '../../../../../contracts';
import { bulkMessages, triggerLabels } from './messages';
import { RunProgress } from './RunProgress';

/** The run going on now (started here, by the schedule or in another tab), with live bars. */
export const CurrentRun = ({ run }: { run: RunSummary }) => {
  const { formatMessage, formatDate } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="billy-current-run" data-run-id={run.id} data-dry-run={String(run.dryRun)}>
      <Flex gap={2}>
        <Loader small />
        <Typography variant="omega" fontWeight="bold" textColor="primary600">
          {formatMessage(run.dryRun ? bulkMessages.previewRunning : bulkMessages.running)}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(bulkMessages.startedBy, {
            time: formatDate(run.startedAt, { timeStyle: 'medium' }),
            trigger: formatMessage(triggerLabels[run.trigger]),
          })}
        </Typography>
      </Flex>
      <RunProgress run={run} />
    </Flex>
  );
};
