import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ModuleCounts, ModuleName } from '../../../../../contracts';
import { moduleLabels } from '../../../utils/moduleLabels';
import { bulkMessages } from './messages';
import { ProgressTrack } from './ProgressTrack';

interface ModuleProgressProps {
  module: ModuleName | 'creditNotes';
  counts: ModuleCounts;
}

/** One module's bar (done of planned total) with its created / updated / unchanged / failed counts. */
export const ModuleProgress = ({ module, counts }: ModuleProgressProps) => {
  const { formatMessage } = useIntl();
  // Before the plan is known the total is 0: the bar stays empty rather than dividing by zero.
  const share = (part: number) => (counts.total > 0 ? Math.min(100, Math.round((part / counts.total) * 100)) : 0);
  const percent = share(counts.done);
  const failedPercent = Math.min(percent, share(counts.failed));
  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={1}
      data-testid={`billy-progress-${module}`}
      data-done={counts.done}
      data-total={counts.total}
      data-created={counts.created}
      data-updated={counts.updated}
      data-skipped={counts.skipped}
      data-failed={counts.failed}
    >
      <Flex justifyContent="space-between" gap={2}>
        <Typography variant="omega" fontWeight="bold">
          {formatMessage(moduleLabels[module])}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(bulkMessages.progress, { done: counts.done, total: counts.total })}
        </Typography>
      </Flex>
      <ProgressTrack
        percent={percent - failedPercent}
        failedPercent={failedPercent}
        label={formatMessage(moduleLabels[module])}
        tone={percent === 100 ? 'success500' : 'primary600'}
      />
      <Flex gap={3} wrap="wrap">
        <Typography variant="pi" textColor="success600">{formatMessage(bulkMessages.created, { count: counts.created })}</Typography>
        <Typography variant="pi" textColor="primary600">{formatMessage(bulkMessages.updated, { count: counts.updated })}</Typography>
        <Typography variant="pi" textColor="neutral600">{formatMessage(bulkMessages.skipped, { count: counts.skipped })}</Typography>
        <Typography variant="pi" textColor={counts.failed > 0 ? 'danger600' : 'neutral600'}>{formatMessage(bulkMessages.failed, { count: counts.failed })}</Typography>
        {(counts.conflict ?? 0) > 0 && (
          <Typography variant="pi" textColor="warning600">{formatMessage(bulkMessages.conflicts, { count: counts.conflict })}</Typography>
        )}
      </Flex>
    </Flex>
  );
};
