import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ModuleName, RecordSyncError } from '../../../../contracts';
import { failureWording, fieldLabel, reasonTitle } from '../../utils/failures';
import { recordMessages } from './messages';

/**
 * The last error, said once: its reason and what to change (the Strapi fields by their labels).
 * Billy's own words are added only when they name what Billy refused and no field could be named.
 */
export const LastErrorNotice = ({ error, module }: { error: RecordSyncError; module: ModuleName }) => {
  const { formatMessage } = useIntl();
  const label = (field: string) => {
    const text = fieldLabel(field);
    return typeof text === 'string' ? text : formatMessage(text);
  };
  const wording = failureWording({ module, reason: error.reason, fields: error.fields }, label);
  const withBillyWords = error.reason === 'validation' && !error.fields?.length && error.message;
  return (
    <Box background="danger100" borderColor="danger200" hasRadius padding={3} data-testid="billy-last-error" data-reason={error.reason}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="sigma" textColor="danger700">
          {formatMessage(recordMessages.lastError)}: {formatMessage(reasonTitle(error.reason))}
        </Typography>
        <Typography variant="pi" textColor="neutral800" data-testid="billy-last-error-hint">
          {formatMessage(wording.descriptor, wording.values)}
        </Typography>
        {withBillyWords && (
          <Typography variant="pi" textColor="neutral600" data-testid="billy-last-error-message">
            {formatMessage(recordMessages.billySays, { message: error.message })}
          </Typography>
        )}
      </Flex>
    </Box>
  );
};
