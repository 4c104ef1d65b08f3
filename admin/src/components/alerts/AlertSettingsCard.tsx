import { Field, Grid, MultiSelect, MultiSelectOption, NumberInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { AlertSettings } from '../../../../contracts';
import { useAlertRecipients } from '../../services/alertsApi';
import { SettingRow } from '../../pages/Settings/SettingRow';
import { SettingsCard } from '../../pages/Settings/SettingsCard';
import { messages } from './messages';

interface AlertSettingsCardProps {
  /** the saved choice (read view) */
  saved: AlertSettings;
  /** the form's choice while editing; null while reading */
  draft: AlertSettings | null;
  onChange: (alerts: AlertSettings) => void;
  /** the server's message for the alerts settings, if it refused them */
  error?: string;
}

/** Settings › Billy › Alerts: who is e-mailed about an incident, and how long Billy may be silent first. */
export const AlertSettingsCard = ({ saved, draft, onChange, error }: AlertSettingsCardProps) => {
  const { formatMessage } = useIntl();
  const options = useAlertRecipients();
  const nameOf = (id: number) => {
    const admin = options.data?.find((option) => option.id === id);
    return admin ? `${admin.name} (${admin.email})` : formatMessage(messages.recipientsUnknown, { id });
  };

  return (
    <SettingsCard title={formatMessage(messages.cardTitle)}>
      <Typography variant="omega" textColor="neutral600">
        {formatMessage(messages.cardIntro)}
      </Typography>
      {draft ? (
        <Grid.Root gap={5}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="alertRecipients" id="billy-alertRecipients" error={error} hint={formatMessage(messages.recipientsHint)}>
              <Field.Label>{formatMessage(messages.recipientsLabel)}</Field.Label>
              <MultiSelect
                name="alertRecipients"
                withTags
                value={draft.recipients.map(String)}
                placeholder={formatMessage(messages.recipientsNone)}
                onChange={(ids: string[]) => onChange({ ...draft, recipients: ids.map(Number) })}
                disabled={options.isError}
              >
                {(options.data ?? []).map((admin) => (
                  <MultiSelectOption key={admin.id} value={String(admin.id)}>
                    {`${admin.name} (${admin.email})`}
                  </MultiSelectOption>
                ))}
              </MultiSelect>
              <Field.Error />
              <Field.Hint />
            </Field.Root>
            {options.isError && (
              <Typography variant="pi" textColor="danger600">
                {formatMessage(messages.recipientsLoadFailed)}
              </Typography>
            )}
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="unreachableAfterMinutes" id="billy-unreachableAfterMinutes" hint={formatMessage(messages.unreachableHint)}>
              <Field.Label>{formatMessage(messages.unreachableLabel)}</Field.Label>
              <NumberInput
                name="unreachableAfterMinutes"
                value={draft.unreachableAfterMinutes}
                step={5}
                onValueChange={(minutes) => onChange({ ...draft, unreachableAfterMinutes: Math.max(0, Math.round(minutes ?? 0)) })}
                data-testid="billy-field-unreachableAfterMinutes"
              />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
        </Grid.Root>
      ) : (
        <Grid.Root gap={5}>
          <Grid.Item col={6} s={12}>
            <SettingRow label={formatMessage(messages.recipientsLabel)} name="alertRecipients">
              {saved.recipients.length === 0 ? formatMessage(messages.recipientsNone) : saved.recipients.map(nameOf).join(', ')}
            </SettingRow>
          </Grid.Item>
          <Grid.Item col={6} s={12}>
            <SettingRow label={formatMessage(messages.unreachableLabel)} name="unreachableAfterMinutes">
              {formatMessage(messages.unreachableValue, { minutes: saved.unreachableAfterMinutes })}
            </SettingRow>
          </Grid.Item>
        </Grid.Root>
      )}
    </SettingsCard>
  );
};
