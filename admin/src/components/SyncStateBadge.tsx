import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RecordSyncState } from '../../../contracts';
import { getTranslation } from '../utils/getTranslation';

const tone: Record<RecordSyncState, { background: string; text: string }> = {
  never: { background: 'neutral150', text: 'neutral600' },
  pending: { background: 'secondary100', text: 'secondary700' },
  synced: { background: 'success100', text: 'success700' },
  failed: { background: 'danger100', text: 'danger700' },
  conflict: { background: 'warning100', text: 'warning700' },
  needsCreditNote: { background: 'warning100', text: 'warning700' },
};

export const SyncStateBadge = ({ state }: { state: RecordSyncState }) => {
  const { formatMessage } = useIntl();
  return (
    <Badge backgroundColor={tone[state].background} textColor={tone[state].text} data-testid="billy-sync-state">
      {formatMessage({ id: getTranslation(`state.${state}`), defaultMessage: state })}
    </Badge>
  );
};
