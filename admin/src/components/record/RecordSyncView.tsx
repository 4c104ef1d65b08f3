import { Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RecordSyncStatus } from '../../../../contracts';
import type { SyncRecordResult } from '../../hooks/useSyncRecord';
import { RecordStatusDetails } from '../RecordStatusDetails';
import { recordMessages } from './messages';
import { RecordHistory } from './RecordHistory';
import { SyncResultNotice } from './SyncResultNotice';

interface RecordSyncViewProps {
  status: RecordSyncStatus | null;
  error: string | null;
  result: SyncRecordResult | null;
  updatedAt: string | null | undefined;
  /** The pop-up shows the recent history; the side panel leaves it out. */
  withHistory: boolean;
}

/** A record's sync status (and the result of the last "Sync now"), as the pop-up and the side panel show it. */
export const RecordSyncView = ({ status, error, result, updatedAt, withHistory }: RecordSyncViewProps) => {
  const { formatMessage } = useIntl();
  if (error && !status) {
    return (
      <Typography variant="pi" textColor="danger600" data-testid="billy-record-error">
        {formatMessage(recordMessages.loadFailed, { message: error })}
      </Typography>
    );
  }
  if (!status) return <Loader small>{formatMessage(recordMessages.loading)}</Loader>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      <RecordStatusDetails status={status} updatedAt={updatedAt} />
      {result && <SyncResultNotice result={result} />}
      {withHistory && <RecordHistory outcomes={status.lastOutcomes ?? []} />}
    </Flex>
  );
};
