import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RecordSyncError } from '../../../../contracts';
import { reasonHint, reasonLabel } from '../../utils/reasons';
import { recordMessages } from './messages';

/** The last error: its reason, Billy's message, and what to do about it. */
export const LastErrorNotice = ({ error }: { error: RecordSyncError }) => {
  const { formatMessage } = useIntl();
  const label = reasonLabel(error.reason);
  return (
    <Box background="danger100" borderColor="danger200" hasRadius padding={3} data-testid="billy-last-error" data-reason={error.reason}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="sigma" textColor="danger700">
          {formatMessage(recordMessages.lastError)}: {typeof label === 'string' ? label : formatMessage(label)}
        </Typography>
        <Typography variant="pi" textColor="danger700" data-testid="billy-last-error-message">
          {error.message}
        </Typography>
        <Typography variant="pi" textColor="neutral800" data-testid="billy-last-error-hint">
          {formatMessage(recordMessages.whatToDo)}: {formatMessage(reasonHint(error.reason))}
        </Typography>
      </Flex>
    </Box>
  );
};
