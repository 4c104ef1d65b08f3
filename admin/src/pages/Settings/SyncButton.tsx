import { Button, Tooltip } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useStartBillySyncMutation } from '../../services/settingsApi';
import { toApiFailure } from './apiErrors';
import { messages } from './messages';

interface SyncButtonProps {
  /** No token yet: a sync could only fail, so the button explains why it is off. */
  hasToken: boolean;
  /** A run is going on: a second one would be refused. */
  running: boolean;
  /** Billy refused the token at the last check: a sync would stop at once. */
  tokenRefused: boolean;
}

/** "Sync now": starts a sync of every module (POST /billy/sync) and reports how it went; the status follows by itself. */
export const SyncButton = ({ hasToken, running, tokenRefused }: SyncButtonProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [startSync, { isLoading: starting }] = useStartBillySyncMutation();

  const disabledReason = !hasToken ? messages.syncNeedsToken : tokenRefused ? messages.syncTokenRefused : running ? messages.syncRunning : null;

  const onClick = async () => {
    try {
      await startSync({}).unwrap();
      toggleNotification({ type: 'success', message: formatMessage(messages.syncStarted) });
    } catch (error) {
      const failure = toApiFailure(error);
      if (failure.status === 409) toggleNotification({ type: 'warning', message: formatMessage(messages.syncAlreadyRunning) });
      else toggleNotification({ type: 'danger', message: formatMessage(messages.syncFailed, { message: failure.message }) });
    }
  };

  const button = (
    <Button
      variant="secondary"
      startIcon={<ArrowClockwise />}
      loading={starting}
      disabled={disabledReason !== null}
      onClick={onClick}
      data-testid="billy-sync"
    >
      {formatMessage(messages.syncButton)}
    </Button>
  );

  if (!disabledReason) return button;
  // A disabled button gets no pointer events; the span carries the tooltip.
  return (
    <Tooltip label={formatMessage(disabledReason)}>
      <span tabIndex={0} data-testid="billy-sync-disabled-reason">
        {button}
      </span>
    </Tooltip>
  );
};
