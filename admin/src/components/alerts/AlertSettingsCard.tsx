import { Field, Grid, MultiSelect, MultiSelectOption, NumberInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { AlertSettings } from '../../../../contracts';
import { useAlertRecipients } from '../../services/alertsApi';
import type { FieldErrors } from '../../pages/Settings/apiErrors';
import { SettingRow } from '../../pages/Settings/SettingRow';
import { SettingsCard } from '../../pages/Settings/SettingsCard';
import { messages } from './messages';

interface AlertSettingsCardProps {
  /** the saved choice (read view) */
  saved: AlertSettings;
  /** the form's choice while editing; null while reading */
  draft: AlertSettings | null;
  onChange: (alerts: AlertSettings) => void;
  /** the server's messages, by field path; this card shows those of `alerts…` */
  fieldErrors: FieldErrors;
}

/** Whether a field path (as the server names it) belongs to this card. */
export const isAlertsField = (field: string) => field === 'alerts' || field.startsWith('alerts.');

/** The messages of the fields at or under `path`, as one text. */
const errorsAt = (fieldErrors: FieldErrors, path: string) =>
  Object.entries(fieldErrors)
    .filter(([field]) => field === path || field.startsWith(`${path}.`))
    .map(([, text]) => text)
    .join(' ') || undefined;

/** Settings › Billy › Alerts: who is e-mailed about an incident, and how long Billy may be silent first. */
export const AlertSettingsCard = ({ saved, draft, onChange, fieldErrors }: AlertSettingsCardProps) => {
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
            <Field.Root name="alertRecipients" id="billy-alertRecipients" error={[fieldErrors.alerts, errorsAt(fieldErrors, 'alerts.recipients')].filter(Boolean).join(' ') || undefined} hint={formatMessage(messages.recipientsHint)}>
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
            <Field.Root
              name="unreachableAfterMinutes"
              id="billy-unreachableAfterMinutes"
              error={errorsAt(fieldErrors, 'alerts.unreachableAfterMinutes')}
              hint={formatMessage(messages.unreachableHint)}
            >
              <Field.Label>{formatMessage(messages.unreachableLabel)}</Field.Label>
              <NumberInput
                name="unreachableAfterMinutes"
                value={draft.unreachableAfterMinutes}
                step={5}
                onValueChange={(minutes) => onChange({ ...draft, unreachableAfterMinutes: Math.max(0, Math.round(minutes ?? 0)) })}
                data-testid="billy-field-unreachableAfterMinutes"
              />
              <Field.Error />
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
