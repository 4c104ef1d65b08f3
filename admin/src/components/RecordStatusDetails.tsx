import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RecordSyncStatus } from '../../../contracts';
import { getTranslation } from '../utils/getTranslation';
import { displayStateOf } from '../utils/recordState';
import { BillyIdLink } from './record/BillyIdLink';
import { LastErrorNotice } from './record/LastErrorNotice';
import { recordMessages } from './record/messages';
import { PendingChangesNote } from './record/PendingChangesNote';
import { SyncStateBadge } from './SyncStateBadge';

interface RecordStatusDetailsProps {
  status: RecordSyncStatus;
  /** The document's updatedAt, to tell whether it has changes not yet in Billy. */
  updatedAt?: string | null;
}

/** Facts about a record's Billy twin: state light, Billy id and link, last sync, pending changes, last error. */
export const RecordStatusDetails = ({ status, updatedAt }: RecordStatusDetailsProps) => {
  const { formatMessage, formatDate } = useIntl();
  const label = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const state = displayStateOf(status, updatedAt);
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-testid="billy-record-status">
      <Flex justifyContent="space-between">
        <Typography variant="sigma">{label('record.state', 'State')}</Typography>
        <SyncStateBadge state={state} />
      </Flex>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={2} wrap="wrap">
        <Typography variant="sigma">{label('record.billyId', 'Billy id')}</Typography>
        <BillyIdLink module={status.module} documentId={status.documentId} billyId={status.billyId} />
      </Flex>
      <Flex justifyContent="space-between" gap={2}>
        <Typography variant="sigma">{label('record.lastSyncedAt', 'Last synced')}</Typography>
        <Typography variant="pi" data-testid="billy-last-synced">
          {status.lastSyncedAt ? formatDate(status.lastSyncedAt, { dateStyle: 'medium', timeStyle: 'short' }) : label('record.neverSynced', 'Never')}
        </Typography>
      </Flex>
      <PendingChangesNote state={state} />
      {status.lastError && <LastErrorNotice error={status.lastError} module={status.module} />}
      {status.lastError && status.attempts > 1 && (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(recordMessages.attempts, { count: status.attempts })}
        </Typography>
      )}
    </Flex>
  );
};
