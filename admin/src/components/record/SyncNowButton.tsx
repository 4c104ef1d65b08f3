import { Button } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { recordMessages } from './messages';

interface SyncNowButtonProps {
  syncing: boolean;
  onClick: () => void;
  fullWidth?: boolean;
}

/** "Sync now" for one record. */
export const SyncNowButton = ({ syncing, onClick, fullWidth }: SyncNowButtonProps) => {
  const { formatMessage } = useIntl();
  return (
    <Button variant="secondary" startIcon={<ArrowClockwise />} loading={syncing} onClick={onClick} fullWidth={fullWidth} data-testid="billy-record-sync">
      {formatMessage(recordMessages.syncNow)}
    </Button>
  );
};
