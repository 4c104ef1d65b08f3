import { Badge, Box, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RecordSyncState } from '../../../contracts';
import { getTranslation } from '../utils/getTranslation';

const tone: Record<RecordSyncState, { background: string; text: string; light: string }> = {
  never: { background: 'neutral150', text: 'neutral600', light: 'neutral400' },
  pending: { background: 'secondary100', text: 'secondary700', light: 'secondary500' },
  synced: { background: 'success100', text: 'success700', light: 'success500' },
  failed: { background: 'danger100', text: 'danger700', light: 'danger500' },
  conflict: { background: 'warning100', text: 'warning700', light: 'warning500' },
  needsCreditNote: { background: 'warning100', text: 'warning700', light: 'warning500' },
};

/** The record's sync state: a coloured light and its name. */
export const SyncStateBadge = ({ state }: { state: RecordSyncState }) => {
  const { formatMessage } = useIntl();
  return (
    <Flex gap={2} alignItems="center">
      <Box aria-hidden width="1rem" height="1rem" borderRadius="50%" background={tone[state].light} data-testid="billy-sync-light" />
      <Badge backgroundColor={tone[state].background} textColor={tone[state].text} data-testid="billy-sync-state" data-state={state}>
        {formatMessage({ id: getTranslation(`state.${state}`), defaultMessage: state })}
      </Badge>
    </Flex>
  );
};
