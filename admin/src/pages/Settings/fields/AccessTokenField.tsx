import { Field, Flex, TextButton, Typography } from '@strapi/design-system';
import { Lock } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { AccessTokenView } from '../../../../../contracts';
import { messages } from '../messages';

interface AccessTokenFieldProps {
  token: AccessTokenView;
  /** A new token typed by the user; empty keeps the stored one. */
  value: string;
  onChange: (value: string) => void;
  /** The user asked to remove the stored token (sent as `accessToken: null`). */
  removing: boolean;
  onRemovingChange: (removing: boolean) => void;
  error?: string;
}

/** The secret: a password input that never shows the stored token, locked when the server sets it. */
export const AccessTokenField = ({ token, value, onChange, removing, onRemovingChange, error }: AccessTokenFieldProps) => {
  const { formatMessage } = useIntl();

  if (token.locked) {
    return (
      <Field.Root name="accessToken" id="billy-accessToken" hint={formatMessage(messages.accessTokenLockedHint)}>
        <Field.Label>{formatMessage(messages.accessTokenLabel)}</Field.Label>
        <Field.Input
          type="password"
          value=""
          placeholder={formatMessage(messages.accessTokenLocked)}
          disabled
          startAction={<Lock aria-hidden />}
          data-testid="billy-access-token-locked"
        />
        <Field.Hint />
      </Field.Root>
    );
  }

  const placeholder = token.isSet
    ? formatMessage(messages.accessTokenPlaceholderSet, { lastFour: token.lastFour ?? '' })
    : formatMessage(messages.accessTokenPlaceholderEmpty);

  return (
    <Field.Root name="accessToken" id="billy-accessToken" error={error} hint={formatMessage(messages.accessTokenHint)}>
      <Field.Label>{formatMessage(messages.accessTokenLabel)}</Field.Label>
      <Field.Input
        type="password"
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        disabled={removing}
        onChange={(event) => onChange(event.target.value)}
      />
      <Field.Error />
      <Field.Hint />
      {token.isSet && (
        <Flex gap={2} paddingTop={1}>
          {removing && (
            <Typography variant="pi" textColor="warning600">
              {formatMessage(messages.accessTokenWillBeRemoved)}
            </Typography>
          )}
          <TextButton type="button" onClick={() => onRemovingChange(!removing)} data-testid="billy-remove-token">
            {formatMessage(removing ? messages.accessTokenKeep : messages.accessTokenRemove)}
          </TextButton>
        </Flex>
      )}
    </Field.Root>
  );
};
