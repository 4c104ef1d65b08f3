import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RecordDisplayState } from '../../utils/recordState';
import { recordMessages } from './messages';

/** The line under the badge for a synced record: saved since (on its way to Billy) or up to date. */
export const PendingChangesNote = ({ state }: { state: RecordDisplayState }) => {
  const { formatMessage } = useIntl();
  if (state !== 'synced' && state !== 'changed') return null;
  const pending = state === 'changed';
  return (
    <Typography variant="pi" textColor={pending ? 'warning700' : 'neutral600'} data-testid="billy-pending-changes" data-pending={String(pending)}>
      {formatMessage(pending ? recordMessages.pendingChanges : recordMessages.upToDate)}
    </Typography>
  );
};
