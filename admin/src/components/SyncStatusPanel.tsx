import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { MODULE_UIDS } from '../../../contracts';
import { useRecordStatus } from '../hooks/useRecordStatus';
import { getTranslation } from '../utils/getTranslation';
import { RecordStatusDetails } from './RecordStatusDetails';

const SYNCED_UIDS: string[] = Object.values(MODULE_UIDS);

interface PanelProps {
  model: string;
  documentId?: string;
}

const PanelContent = ({ model, documentId }: { model: string; documentId: string }) => {
  const { status, error } = useRecordStatus(model, documentId);
  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!status) return <Typography textColor="neutral600">…</Typography>;
  return <RecordStatusDetails status={status} />;
};

/** Edit-view side panel: the record's Billy sync status, visible without opening a menu. */
export const SyncStatusPanel = ({ model, documentId }: PanelProps) => {
  const { formatMessage } = useIntl();
  if (!SYNCED_UIDS.includes(model) || !documentId) return null;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Billy' }),
    content: <PanelContent model={model} documentId={documentId} />,
  };
};
