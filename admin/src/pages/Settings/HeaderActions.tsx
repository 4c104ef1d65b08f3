import { Button, Flex } from '@strapi/design-system';
import { Pencil } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { messages } from './messages';
import { SETTINGS_FORM_ID } from './SettingsForm';
import { SyncButton } from './SyncButton';

interface HeaderActionsProps {
  editing: boolean;
  saving: boolean;
  canUpdate: boolean;
  canTriggerSync: boolean;
  hasToken: boolean;
  running: boolean;
  tokenRefused: boolean;
  onEdit: () => void;
  onCancel: () => void;
}

/** The header's buttons: Sync now and Edit while reading; Cancel and Save (submits the form by id) while editing. */
export const HeaderActions = ({ editing, saving, canUpdate, canTriggerSync, hasToken, running, tokenRefused, onEdit, onCancel }: HeaderActionsProps) => {
  const { formatMessage } = useIntl();
  // Distinct keys: React must not reuse the Edit <button> as the submit button, or the click that
  // opens the form would also submit it.
  if (editing) {
    return (
      <Flex key="edit-actions" gap={2}>
        <Button variant="tertiary" onClick={onCancel} disabled={saving} data-testid="billy-cancel">
          {formatMessage(messages.cancel)}
        </Button>
        <Button type="submit" form={SETTINGS_FORM_ID} loading={saving} data-testid="billy-save">
          {formatMessage(messages.save)}
        </Button>
      </Flex>
    );
  }
  return (
    <Flex key="read-actions" gap={2}>
      {canTriggerSync && <SyncButton hasToken={hasToken} running={running} tokenRefused={tokenRefused} />}
      {canUpdate && (
        <Button startIcon={<Pencil />} onClick={onEdit} data-testid="billy-edit">
          {formatMessage(messages.edit)}
        </Button>
      )}
    </Flex>
  );
};
