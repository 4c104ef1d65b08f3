import { Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { RunRecordEntry } from '../../../../contracts';
import { runsMessages } from './messages';
import { retrySucceeded, type RetryResults } from './useRetryFailed';

interface RetryFailedButtonProps {
  failed: RunRecordEntry[];
  retrying: boolean;
  results: RetryResults;
  onRetry: () => void;
}

/** "Retry failed records": the button, and once done how many synced and how many still fail. */
export const RetryFailedButton = ({ failed, retrying, results, onRetry }: RetryFailedButtonProps) => {
  const { formatMessage } = useIntl();
  const retriable = failed.filter((record) => record.documentId);
  const unlinked = failed.length - retriable.length;
  const done = Object.values(results);
  const synced = done.filter(retrySucceeded).length;
  return (
    <Flex direction="column" alignItems="flex-end" gap={1}>
      <Button startIcon={<ArrowClockwise />} onClick={onRetry} loading={retrying} disabled={retriable.length === 0} data-testid="billy-retry-failed">
        {formatMessage(runsMessages.retryButton, { count: retriable.length })}
      </Button>
      {!retrying && done.length > 0 && (
        <Typography variant="pi" textColor={synced === done.length ? 'success600' : 'danger600'} data-testid="billy-retry-summary" data-synced={synced} data-failed={done.length - synced}>
          {formatMessage(runsMessages.retryDone, { count: done.length, synced, failed: done.length - synced })}
        </Typography>
      )}
      {unlinked > 0 && (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(runsMessages.retryUnlinked, { count: unlinked })}
        </Typography>
      )}
    </Flex>
  );
};
