import { Button, Flex, Loader } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { ConnectionStatus } from '../../../../contracts';
import type { ApiFailure } from './apiErrors';
import { ConnectionStatusLight } from './ConnectionStatusLight';
import { messages } from './messages';
import { SettingsCard } from './SettingsCard';

interface ConnectionPanelProps {
  connection: ConnectionStatus | null;
  checking: boolean;
  checkConnection: () => Promise<ApiFailure | null>;
}

/** The "Connection" card: the light and the "Check connection" button. */
export const ConnectionPanel = ({ connection, checking, checkConnection }: ConnectionPanelProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();

  const onCheck = async () => {
    if (connection?.state === 'unconfigured') {
      toggleNotification({ type: 'info', message: formatMessage(messages.checkNeedsToken) });
      return;
    }
    const failure = await checkConnection();
    if (failure) toggleNotification({ type: 'danger', message: formatMessage(messages.checkFailed, { message: failure.message }) });
  };

  return (
    <SettingsCard title={formatMessage(messages.sectionConnection)}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
        {connection ? <ConnectionStatusLight connection={connection} /> : <Loader small />}
        <Button variant="tertiary" onClick={onCheck} loading={checking} data-testid="billy-check-connection">
          {formatMessage(messages.checkConnection)}
        </Button>
      </Flex>
    </SettingsCard>
  );
};
