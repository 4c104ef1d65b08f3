import { Button, Flex, Modal } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useRecordSync } from '../../hooks/useRecordSync';
import { recordMessages } from './messages';
import { RecordSyncView } from './RecordSyncView';
import { SyncNowButton } from './SyncNowButton';

export interface SyncToBillyDialogProps {
  model: string;
  collectionType: string;
  documentId: string;
  canTrigger: boolean;
  onClose: () => void;
}

/** The "Sync to Billy" pop-up's body and footer: the record's status and history, Close and Sync now. */
export const SyncToBillyDialog = ({ model, collectionType, documentId, canTrigger, onClose }: SyncToBillyDialogProps) => {
  const { formatMessage } = useIntl();
  const record = useRecordSync({ model, collectionType, documentId });
  return (
    <>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" data-testid="billy-sync-dialog">
          <RecordSyncView
            status={record.status}
            error={record.error}
            result={record.result}
            updatedAt={record.updatedAt}
            withHistory
          />
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onClose} data-testid="billy-sync-dialog-close">
          {formatMessage(recordMessages.close)}
        </Button>
        {canTrigger && <SyncNowButton syncing={record.syncing} onClick={() => void record.syncNow()} />}
      </Modal.Footer>
    </>
  );
};
