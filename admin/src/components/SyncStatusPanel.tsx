import { Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { moduleForUid } from '../../../contracts';
import { useRecordSync } from '../hooks/useRecordSync';
import { useSyncPermissions } from '../hooks/useSyncPermissions';
import type { EditViewContext, PanelComponent } from '../utils/contentManager';
import { getTranslation } from '../utils/getTranslation';
import { RecordSyncView } from './record/RecordSyncView';
import { SyncNowButton } from './record/SyncNowButton';

interface PanelContentProps {
  model: string;
  collectionType: string;
  documentId: string;
  canTrigger: boolean;
}

const PanelContent = ({ model, collectionType, documentId, canTrigger }: PanelContentProps) => {
  const record = useRecordSync({ model, collectionType, documentId });
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="billy-side-panel">
      <RecordSyncView status={record.status} error={record.error} result={record.result} updatedAt={record.updatedAt} withHistory={false} />
      {canTrigger && <SyncNowButton syncing={record.syncing} onClick={() => void record.syncNow()} fullWidth />}
    </Flex>
  );
};

/**
 * Edit-view side panel: the record's Billy sync status and "Sync now", visible without opening the
 * ⋯ menu. Hidden for other content types, for an entry not saved yet and without sync.read.
 */
export const SyncStatusPanel: PanelComponent = ({ model, documentId, collectionType }: EditViewContext) => {
  const { formatMessage } = useIntl();
  const permissions = useSyncPermissions();
  if (!moduleForUid(model) || !documentId || permissions.loading || !permissions.canRead) return null;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Billy' }),
    content: (
      <PanelContent
        model={model}
        collectionType={collectionType}
        documentId={documentId}
        canTrigger={permissions.canTrigger}
      />
    ),
  };
};
