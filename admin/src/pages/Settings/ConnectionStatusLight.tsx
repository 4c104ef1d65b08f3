import { Flex, Typography } from '@strapi/design-system';
import { CheckCircle, CrossCircle, Question } from '@strapi/icons';
import type { ComponentType, SVGProps } from 'react';
import { useIntl, type MessageDescriptor } from 'react-intl';
import type { ConnectionState, ConnectionStatus } from '../../../../contracts';
import { messages } from './messages';

const light: Record<ConnectionState, { color: string; icon: ComponentType<SVGProps<SVGSVGElement>> }> = {
  connected: { color: 'success600', icon: CheckCircle },
  failed: { color: 'danger600', icon: CrossCircle },
  unconfigured: { color: 'neutral500', icon: Question },
};

const neverChecked = (connection: ConnectionStatus) => connection.state === 'failed' && !connection.checkedAt;

const failureText: Record<string, { headline: MessageDescriptor; hint: MessageDescriptor }> = {
  auth: { headline: messages.failedAuth, hint: messages.failedAuthHint },
  token_unreadable: { headline: messages.failedTokenUnreadable, hint: messages.failedTokenUnreadableHint },
  network: { headline: messages.failedNetwork, hint: messages.failedNetworkHint },
  billy: { headline: messages.failedBilly, hint: messages.failedBillyHint },
  rate_limit: { headline: messages.failedRateLimit, hint: messages.failedRateLimitHint },
};

/** The server's own sentence adds detail (Billy's error, the network error), except where the headline already says it all. */
const showsServerMessage = (connection: ConnectionStatus) =>
  connection.state === 'failed' && Boolean(connection.checkedAt && connection.message) && connection.reason !== 'auth' && connection.reason !== 'rate_limit' && connection.reason !== 'token_unreadable';

const describe = (connection: ConnectionStatus): { headline: MessageDescriptor; hint: MessageDescriptor | null } => {
  if (connection.state === 'connected') return { headline: messages.connected, hint: null };
  if (connection.state === 'unconfigured') return { headline: messages.unconfigured, hint: messages.unconfiguredHint };
  if (neverChecked(connection)) return { headline: messages.notChecked, hint: null };
  return failureText[connection.reason ?? ''] ?? { headline: messages.failedOther, hint: messages.failedOtherHint };
};

/** The green / red / grey light: connected to which organization, or why not and what to do about it. */
export const ConnectionStatusLight = ({ connection }: { connection: ConnectionStatus }) => {
  const { formatMessage, formatDate } = useIntl();
  const { headline, hint } = describe(connection);
  const Icon = neverChecked(connection) ? Question : light[connection.state].icon;
  const organization = connection.organization?.name ?? '';
  return (
    <Flex
      data-testid="billy-connection-status"
      data-state={connection.state}
      data-reason={connection.reason ?? undefined}
      gap={3}
      alignItems="flex-start"
    >
      <Flex aria-hidden marginTop={1} shrink={0} color={neverChecked(connection) ? 'neutral500' : light[connection.state].color} data-testid="billy-connection-light">
        <Icon width="2rem" height="2rem" fill="currentColor" />
      </Flex>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="omega" fontWeight="bold" data-testid="billy-connection-headline">
          {formatMessage(headline, { organization })}
        </Typography>
        {hint && <Typography variant="pi" textColor="neutral700">{formatMessage(hint)}</Typography>}
        {showsServerMessage(connection) && (
          <Typography variant="pi" textColor="neutral600" data-testid="billy-connection-message">
            {formatMessage(messages.details, { message: connection.message })}
          </Typography>
        )}
        {connection.checkedAt && (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(messages.checkedAt, { time: formatDate(connection.checkedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
          </Typography>
        )}
      </Flex>
    </Flex>
  );
};
