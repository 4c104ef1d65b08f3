import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { SyncRecordResult } from '../../hooks/useSyncRecord';
import { outcomeLabels, recordMessages } from './messages';

/** What "Sync now" just did: the outcome (created, updated…) or why it failed. */
export const SyncResultNotice = ({ result }: { result: SyncRecordResult }) => {
  const { formatMessage } = useIntl();
  if (!result.ok) {
    const text = result.alreadyRunning ? formatMessage(recordMessages.resultAlreadyRunning) : formatMessage(recordMessages.resultFailed, { message: result.message });
    return (
      <Typography variant="pi" textColor="danger600" data-testid="billy-sync-result" data-outcome="error">
        {text}
      </Typography>
    );
  }
  const { record } = result;
  if (record?.outcome === 'failed') {
    return (
      <Typography variant="pi" textColor="danger600" data-testid="billy-sync-result" data-outcome={record.outcome}>
        {formatMessage(recordMessages.resultRefused)}
      </Typography>
    );
  }
  return (
    <Typography variant="pi" textColor="success600" data-testid="billy-sync-result" data-outcome={record?.outcome ?? 'skipped'}>
      {record && record.outcome !== 'skipped'
        ? formatMessage(recordMessages.resultSynced, { outcome: formatMessage(outcomeLabels[record.outcome]).toLowerCase() })
        : formatMessage(recordMessages.resultNoChange)}
    </Typography>
  );
};
