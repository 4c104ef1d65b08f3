import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { SyncRecordResult } from '../../hooks/useSyncRecord';
import { outcomeLabels } from '../../components/record/messages';
import { runsMessages } from './messages';
import { retrySucceeded } from './useRetryFailed';

/** What retrying this record did: synced (with its outcome), or the message it failed with again. */
export const RetryCell = ({ result }: { result: SyncRecordResult | undefined }) => {
  const { formatMessage } = useIntl();
  if (!result) return null;
  if (retrySucceeded(result) && result.ok) {
    const outcome = result.record?.outcome ?? 'skipped';
    return (
      <Typography variant="pi" textColor="success600" data-testid="billy-retry-result" data-ok="true" data-state={result.status.state}>
        {formatMessage(runsMessages.retryResultOk, { outcome: formatMessage(outcomeLabels[outcome]).toLowerCase() })}
      </Typography>
    );
  }
  const message = result.ok ? (result.record?.message ?? result.record?.reason ?? '') : result.message;
  return (
    <Typography variant="pi" textColor="danger600" data-testid="billy-retry-result" data-ok="false">
      {formatMessage(runsMessages.retryResultFailed, { message })}
    </Typography>
  );
};
