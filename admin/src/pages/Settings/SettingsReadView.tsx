import { Grid } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { SettingsView } from '../../../../contracts';
import {
  invoicePriorityModuleLabels,
  mappingModeLabels,
  messages,
  priorityLabels,
  syncDirectionLabels,
  syncModeLabels,
} from './messages';
import { SettingRow } from './SettingRow';

const apiUrlSource = {
  env: messages.apiUrlFromEnv,
  config: messages.apiUrlFromConfig,
  default: messages.apiUrlDefault,
};

/** Every option as the user chose it; the token only as "set, ending in …". */
export const SettingsReadView = ({ settings }: { settings: SettingsView }) => {
  const { formatMessage } = useIntl();
  const onOff = (value: boolean) => formatMessage(value ? messages.on : messages.off);
  const { accessToken } = settings;

  const tokenText = !accessToken.isSet
    ? formatMessage(messages.accessTokenNotSet)
    : formatMessage(messages.accessTokenSet, { lastFour: accessToken.lastFour ?? '' });

  return (
    <Grid.Root gap={5}>
      <Grid.Item col={6} s={12}>
        <SettingRow label={formatMessage(messages.accessTokenLabel)} name="accessToken">
          {accessToken.locked ? `${tokenText} (${formatMessage(messages.accessTokenLocked)})` : tokenText}
        </SettingRow>
      </Grid.Item>
      <Grid.Item col={6} s={12}>
        <SettingRow label={formatMessage(messages.apiUrlLabel)} name="apiUrl">
          {settings.apiUrl.value} ({formatMessage(apiUrlSource[settings.apiUrl.source])})
        </SettingRow>
      </Grid.Item>
      <Grid.Item col={6} s={12}>
        <SettingRow label={formatMessage(messages.mappingLabel)} name="mapping">
          {formatMessage(mappingModeLabels[settings.mapping.mode])}
        </SettingRow>
      </Grid.Item>
      <Grid.Item col={6} s={12}>
        <SettingRow label={formatMessage(messages.syncModeLabel)} name="syncMode">
          {formatMessage(syncModeLabels[settings.syncMode])}
        </SettingRow>
      </Grid.Item>
      <Grid.Item col={6} s={12}>
        <SettingRow label={formatMessage(messages.syncDirectionLabel)} name="syncDirection">
          {formatMessage(syncDirectionLabels[settings.syncDirection])}
        </SettingRow>
      </Grid.Item>
      {settings.syncDirection === 'both' && (
        <Grid.Item col={6} s={12}>
          <SettingRow label={formatMessage(messages.priorityLabel)} name="priority">
            {formatMessage(settings.priority ? priorityLabels[settings.priority] : messages.notChosen)}
          </SettingRow>
        </Grid.Item>
      )}
      <Grid.Item col={6} s={12}>
        <SettingRow label={formatMessage(messages.invoicePriorityModuleLabel)} name="invoicePriorityModule">
          {formatMessage(invoicePriorityModuleLabels[settings.invoicePriorityModule])}
        </SettingRow>
      </Grid.Item>
      <Grid.Item col={6} s={12}>
        <SettingRow label={formatMessage(messages.approveInvoicesLabel)} name="approveInvoices">
          {onOff(settings.approveInvoices)}
        </SettingRow>
      </Grid.Item>
      <Grid.Item col={6} s={12}>
        <SettingRow label={formatMessage(messages.syncOnSaveLabel)} name="syncOnSave">
          {onOff(settings.syncOnSave)}
        </SettingRow>
      </Grid.Item>
    </Grid.Root>
  );
};
