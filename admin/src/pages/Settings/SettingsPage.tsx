import { Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';
import { AlertBanner } from '../../components/alerts/AlertBanner';
import { AlertSettingsCard } from '../../components/alerts/AlertSettingsCard';
import { PERMISSIONS } from '../../../../contracts';
import { ConnectionPanel } from './ConnectionPanel';
import { HeaderActions } from './HeaderActions';
import { messages } from './messages';
import { SettingsForm } from './SettingsForm';
import { SettingsCard } from './SettingsCard';
import { SettingsReadView } from './SettingsReadView';
import { BulkSyncCard } from './bulk/BulkSyncCard';
import { InvoiceActionsForm } from './invoice-actions/InvoiceActionsForm';
import { InvoiceActionsReadView } from './invoice-actions/InvoiceActionsReadView';
import { invoiceActionMessages } from './invoice-actions/messages';
import { useBillySettings } from './useBillySettings';
import { useSettingsEditor } from './useSettingsEditor';

/** useRBAC names each by its last segment: canUpdate (settings.update), canRead (sync.read), canTrigger (sync.trigger). */
const PAGE_ACTIONS = [
  { action: PERMISSIONS.settingsUpdate, subject: null },
  { action: PERMISSIONS.syncRead, subject: null },
  { action: PERMISSIONS.syncTrigger, subject: null },
];

interface Abilities {
  canUpdate: boolean;
  canReadSync: boolean;
  canTriggerSync: boolean;
}

const SettingsContent = ({ canUpdate, canReadSync, canTriggerSync }: Abilities) => {
  const { formatMessage } = useIntl();
  const billy = useBillySettings({ canReadSync });
  const editor = useSettingsEditor(billy.settings, billy.save);

  if (billy.loadFailure) {
    return <Page.Error content={formatMessage(messages.loadFailed, { message: billy.loadFailure.message })} />;
  }
  if (!billy.settings) return <Page.Loading />;
  const { settings } = billy;
  const connected = billy.connection?.state === 'connected';

  const actions = (
    <HeaderActions
      editing={editor.draft !== null}
      saving={editor.saving}
      canUpdate={canUpdate}
      canTriggerSync={canTriggerSync}
      hasToken={settings.accessToken.isSet}
      running={Boolean(billy.syncStatus?.currentRun)}
      tokenRefused={billy.connection?.state === 'failed' && billy.connection.reason === 'auth'}
      onEdit={editor.start}
      onCancel={editor.cancel}
    />
  );

  return (
    <>
      <UnsavedChangesGuard dirty={editor.dirty} />
      <Layouts.Header title={formatMessage(messages.title)} subtitle={formatMessage(messages.subtitle)} primaryAction={actions} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <AlertBanner refreshKey={`${billy.connection?.checkedAt ?? ''}|${billy.syncStatus?.lastRun?.id ?? ''}`} />
          <ConnectionPanel connection={billy.connection} checking={billy.checking} checkConnection={billy.checkConnection} />
          <SettingsCard title={formatMessage(messages.sectionOptions)}>
            {editor.draft ? (
              <SettingsForm
                draft={editor.draft}
                onChange={editor.change}
                onSubmit={editor.submit}
                token={settings.accessToken}
                fieldErrors={editor.fieldErrors}
                savedMappingMode={settings.mapping.mode}
              />
            ) : (
              <SettingsReadView settings={settings} />
            )}
            {!canUpdate && (
              <Typography variant="pi" textColor="neutral600" data-testid="billy-read-only">
                {formatMessage(messages.readOnly)}
              </Typography>
            )}
          </SettingsCard>
          <SettingsCard title={formatMessage(invoiceActionMessages.section)}>
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(invoiceActionMessages.intro)}
            </Typography>
            {editor.draft ? (
              <InvoiceActionsForm
                value={editor.draft.invoiceActions}
                onChange={(invoiceActions, touched) => editor.change({ invoiceActions }, [touched])}
                fieldErrors={editor.fieldErrors}
                connected={connected}
              />
            ) : (
              <InvoiceActionsReadView settings={settings.invoiceActions} connected={connected} />
            )}
          </SettingsCard>
          <AlertSettingsCard
            saved={settings.alerts}
            draft={editor.draft?.alerts ?? null}
            onChange={(alerts) => editor.change({ alerts })}
            fieldErrors={editor.fieldErrors}
          />
          {billy.syncStatus && <BulkSyncCard status={billy.syncStatus} canTriggerSync={canTriggerSync} hasToken={settings.accessToken.isSet} />}
        </Flex>
      </Layouts.Content>
    </>
  );
};

/** Settings › Billy: the connection light, the options (read view or form), "Sync now" with live progress. */
export const SettingsPage = () => {
  const { formatMessage } = useIntl();
  const { allowedActions, isLoading } = useRBAC(PAGE_ACTIONS);
  const [abilities, setAbilities] = useState<Abilities | null>(null);
  const { canUpdate, canRead, canTrigger } = allowedActions;

  // Kept once known: a later permission refresh must not unmount the page (and drop an open form).
  useEffect(() => {
    if (!isLoading) setAbilities({ canUpdate: canUpdate === true, canReadSync: canRead === true, canTriggerSync: canTrigger === true });
  }, [isLoading, canUpdate, canRead, canTrigger]);

  return (
    <Page.Main>
      <Page.Title>{formatMessage(messages.title)}</Page.Title>
      {abilities ? <SettingsContent {...abilities} /> : <Page.Loading />}
    </Page.Main>
  );
};
