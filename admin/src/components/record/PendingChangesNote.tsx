import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { recordMessages } from './messages';

interface PendingChangesNoteProps {
  /** The document's updatedAt, from the edit view. */
  updatedAt: string | null | undefined;
  lastSyncedAt: string | null;
}

/** Whether the record changed in Strapi after its last sync (its updatedAt is later than lastSyncedAt). */
export const hasPendingChanges = (updatedAt: string | null | undefined, lastSyncedAt: string | null) =>
  Boolean(updatedAt && lastSyncedAt && Date.parse(updatedAt) > Date.parse(lastSyncedAt));

export const PendingChangesNote = ({ updatedAt, lastSyncedAt }: PendingChangesNoteProps) => {
  const { formatMessage } = useIntl();
  if (!lastSyncedAt || !updatedAt) return null;
  const pending = hasPendingChanges(updatedAt, lastSyncedAt);
  return (
    <Typography variant="pi" textColor={pending ? 'warning700' : 'neutral600'} data-testid="billy-pending-changes" data-pending={String(pending)}>
      {formatMessage(pending ? recordMessages.pendingChanges : recordMessages.upToDate)}
    </Typography>
  );
};
