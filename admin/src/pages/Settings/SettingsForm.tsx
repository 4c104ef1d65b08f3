import { Box, Flex, Grid, Link, Typography } from '@strapi/design-system';
import type { FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { AccessTokenView, MappingMode } from '../../../../contracts';
import type { FieldErrors } from './apiErrors';
import { isAlertsField } from '../../components/alerts/AlertSettingsCard';
import { isInvoiceActionsField } from './invoice-actions/InvoiceActionsForm';
import { AccessTokenField } from './fields/AccessTokenField';
import { ChoiceField } from './fields/ChoiceField';
import { ToggleField } from './fields/ToggleField';
import {
  invoicePriorityModuleLabels,
  mappingModeLabels,
  messages,
  priorityLabels,
  syncDirectionLabels,
  syncModeLabels,
} from './messages';
import type { SettingsDraft } from './settingsDraft';

export const SETTINGS_FORM_ID = 'billy-settings-form';

const FIELD_NAMES = new Set(['accessToken', 'mapping', 'syncMode', 'syncDirection', 'priority', 'invoicePriorityModule', 'approveInvoices', 'syncOnSave']);

interface SettingsFormProps {
  draft: SettingsDraft;
  onChange: (changes: Partial<SettingsDraft>) => void;
  onSubmit: () => void;
  token: AccessTokenView;
  fieldErrors: FieldErrors;
  savedMappingMode: MappingMode;
}

/** The edit form; Save and Cancel live in the page header and submit it by id. */
export const SettingsForm = ({ draft, onChange, onSubmit, token, fieldErrors, savedMappingMode }: SettingsFormProps) => {
  const { formatMessage } = useIntl();
  // The invoice actions and alerts cards show their own fields' messages.
  const otherErrors = Object.entries(fieldErrors).filter(([field]) => !FIELD_NAMES.has(field) && !isInvoiceActionsField(field) && !isAlertsField(field));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form id={SETTINGS_FORM_ID} onSubmit={submit} noValidate>
      {otherErrors.length > 0 && (
        <Box paddingBottom={4}>
          <Typography variant="pi" textColor="danger600" data-testid="billy-form-errors">
            {otherErrors.map(([field, message]) => `${field}: ${message}`).join(' ')}
          </Typography>
        </Box>
      )}
      <Grid.Root gap={5}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <AccessTokenField
            token={token}
            value={draft.accessToken}
            onChange={(accessToken) => onChange({ accessToken })}
            removing={draft.removeAccessToken}
            onRemovingChange={(removeAccessToken) => onChange({ removeAccessToken, accessToken: '' })}
            error={fieldErrors.accessToken}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          {/* The mapping page owns the mode (custom as soon as one module differs from the default); shown here, changed there. */}
          <Flex direction="column" alignItems="flex-start" gap={1} data-testid="billy-mapping-mode-readonly" data-mode={savedMappingMode}>
            <Typography variant="pi" fontWeight="bold">{formatMessage(messages.mappingLabel)}</Typography>
            <Typography>{formatMessage(mappingModeLabels[savedMappingMode])}</Typography>
            <Link tag={NavLink} to="/settings/billy/mapping" data-testid="billy-mapping-note">
              {formatMessage(messages.mappingCustomNote)}
            </Link>
          </Flex>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <ChoiceField
            name="syncMode"
            label={messages.syncModeLabel}
            options={syncModeLabels}
            value={draft.syncMode}
            onChange={(syncMode) => onChange({ syncMode })}
            error={fieldErrors.syncMode}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <ChoiceField
            name="syncDirection"
            label={messages.syncDirectionLabel}
            options={syncDirectionLabels}
            value={draft.syncDirection}
            onChange={(syncDirection) => onChange({ syncDirection, priority: syncDirection === 'both' ? draft.priority : null })}
            error={fieldErrors.syncDirection}
          />
        </Grid.Item>
        {draft.syncDirection === 'both' && (
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <ChoiceField
              name="priority"
              label={messages.priorityLabel}
              hint={messages.priorityHint}
              placeholder={messages.priorityPlaceholder}
              required
              options={priorityLabels}
              value={draft.priority}
              onChange={(priority) => onChange({ priority })}
              error={fieldErrors.priority}
            />
          </Grid.Item>
        )}
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <ChoiceField
            name="invoicePriorityModule"
            label={messages.invoicePriorityModuleLabel}
            hint={messages.invoicePriorityModuleHint}
            options={invoicePriorityModuleLabels}
            value={draft.invoicePriorityModule}
            onChange={(invoicePriorityModule) => onChange({ invoicePriorityModule })}
            error={fieldErrors.invoicePriorityModule}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <ToggleField
            name="approveInvoices"
            label={messages.approveInvoicesLabel}
            hint={messages.approveInvoicesHint}
            checked={draft.approveInvoices}
            onChange={(approveInvoices) => onChange({ approveInvoices })}
            error={fieldErrors.approveInvoices}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <ToggleField
            name="syncOnSave"
            label={messages.syncOnSaveLabel}
            hint={messages.syncOnSaveHint}
            checked={draft.syncOnSave}
            onChange={(syncOnSave) => onChange({ syncOnSave })}
            error={fieldErrors.syncOnSave}
          />
        </Grid.Item>
      </Grid.Root>
    </form>
  );
};
