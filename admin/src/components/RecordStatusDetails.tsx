import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RecordSyncStatus } from '../../../contracts';
import { getTranslation } from '../utils/getTranslation';
import { SyncStateBadge } from './SyncStateBadge';

/** Read-only facts about a record's Billy twin: id, last sync, state and last error. */
export const RecordStatusDetails = ({ status }: { status: RecordSyncStatus }) => {
  const { formatMessage, formatDate } = useIntl();
  const label = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Flex justifyContent="space-between">
        <Typography variant="sigma">{label('record.state', 'State')}</Typography>
        <SyncStateBadge state={status.state} />
      </Flex>
      <Flex justifyContent="space-between" gap={2}>
        <Typography variant="sigma">{label('record.billyId', 'Billy id')}</Typography>
        <Typography variant="pi" data-testid="billy-id">{status.billyId ?? '—'}</Typography>
      </Flex>
      <Flex justifyContent="space-between" gap={2}>
        <Typography variant="sigma">{label('record.lastSyncedAt', 'Last synced')}</Typography>
        <Typography variant="pi">
          {status.lastSyncedAt ? formatDate(status.lastSyncedAt, { dateStyle: 'medium', timeStyle: 'short' }) : label('record.neverSynced', 'Never')}
        </Typography>
      </Flex>
      {status.lastError && (
        <Typography variant="pi" textColor="danger600" data-testid="billy-last-error">
          {status.lastError.reason}: {status.lastError.message}
        </Typography>
      )}
    </Flex>
  );
};
