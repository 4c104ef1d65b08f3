import { ArrowsCounterClockwise } from '@strapi/icons';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { moduleForUid } from '../../../contracts';
import { useSyncPermissions } from '../hooks/useSyncPermissions';
import type { DocumentActionComponent, EditViewContext } from '../utils/contentManager';
import { recordMessages } from './record/messages';
import { SyncToBillyDialog } from './record/SyncToBillyDialog';

/**
 * "Sync to Billy" in the edit view's actions (usually the ⋯ menu): opens a pop-up with the record's
 * sync status and a "Sync now" button. Hidden for other content types, for an entry not saved yet and
 * without sync.read; Sync now needs sync.trigger.
 */
export const SyncToBillyAction: DocumentActionComponent = ({ model, documentId, collectionType }: EditViewContext) => {
  const { formatMessage } = useIntl();
  const permissions = useSyncPermissions();
  const { canTrigger } = permissions;

  // A stable component per record: a new one on every render would remount the pop-up's content.
  const Content = useMemo(() => {
    if (!documentId) return null;
    const DialogContent = ({ onClose }: { onClose: () => void }) => (
      <SyncToBillyDialog
        model={model}
        collectionType={collectionType}
        documentId={documentId}
        canTrigger={canTrigger}
        onClose={onClose}
      />
    );
    return DialogContent;
  }, [model, collectionType, documentId, canTrigger]);

  if (!moduleForUid(model) || !documentId || !Content || permissions.loading || !permissions.canRead) return null;
  return {
    label: formatMessage(recordMessages.action),
    icon: <ArrowsCounterClockwise />,
    position: 'panel',
    dialog: { type: 'modal', title: formatMessage(recordMessages.modalTitle), content: Content },
  };
};

SyncToBillyAction.position = 'panel';
