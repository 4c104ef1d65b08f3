import { SETTINGS_PATH } from '../../pluginId';
import { Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import { ArrowLeft, Check } from '@strapi/icons';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { PERMISSIONS, type ModuleName } from '../../../../contracts';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';
import { mappingMessages } from './messages';
import { ModuleMapping } from './ModuleMapping';
import { ModuleTabs } from './ModuleTabs';
import { useMappingEditor } from './useMappingEditor';
import { AlertBanner } from '../../components/alerts/AlertBanner';

const UPDATE_ACTIONS = [{ action: PERMISSIONS.settingsUpdate, subject: null }];

const MappingEditor = ({ canUpdate }: { canUpdate: boolean }) => {
  const { formatMessage } = useIntl();
  const editor = useMappingEditor();
  const [module, setModule] = useState<ModuleName>('organizations');

  if (editor.loadFailure) return <Page.Error content={formatMessage(mappingMessages.loadFailed, { message: editor.loadFailure })} />;
  if (!editor.catalogue || !editor.drafts || !editor.settings) return <Page.Loading />;
  const { catalogue, drafts } = editor;

  return (
    <>
      <UnsavedChangesGuard dirty={editor.dirty} />
      <Layouts.Header
        title={formatMessage(mappingMessages.title)}
        subtitle={formatMessage(mappingMessages.subtitle)}
        navigationAction={
          <Link tag={NavLink} to={`/settings/${SETTINGS_PATH}`} startIcon={<ArrowLeft />}>
            {formatMessage(mappingMessages.back)}
          </Link>
        }
        primaryAction={
          canUpdate && (
            <Button startIcon={<Check />} onClick={() => void editor.save()} loading={editor.saving} data-testid="billy-mapping-save">
              {formatMessage(mappingMessages.save)}
            </Button>
          )
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <AlertBanner />
          <Typography textColor="neutral600" data-testid="billy-mapping-mode" data-mode={editor.settings.mapping.mode}>
            {formatMessage(editor.settings.mapping.mode === 'custom' ? mappingMessages.modeCustom : mappingMessages.modeDefault)}
          </Typography>
          {!canUpdate && <Typography textColor="neutral600">{formatMessage(mappingMessages.readOnly)}</Typography>}
          {editor.otherErrors.length > 0 && (
            <Typography textColor="danger600" data-testid="billy-mapping-other-errors">
              {editor.otherErrors.join(' ')}
            </Typography>
          )}
          <ModuleTabs value={module} onChange={setModule} errors={editor.errors} />
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
            <ModuleMapping
              key={module}
              module={module}
              catalogue={catalogue}
              pairs={drafts[module]}
              errors={editor.errors[module]}
              readOnly={!canUpdate}
              onChangeRow={(index, changes) => editor.updateRow(module, index, changes)}
              onAddRow={() => editor.addRow(module)}
              onRemoveRow={(index) => editor.removeRow(module, index)}
              onReset={() => editor.resetModule(module)}
            />
          </Box>
        </Flex>
      </Layouts.Content>
    </>
  );
};

/** Settings › Billy › Field mapping: the field pairs of each module, edited and validated by the server. */
export const MappingPage = () => {
  const { formatMessage } = useIntl();
  const { allowedActions, isLoading } = useRBAC(UPDATE_ACTIONS);
  return (
    <Page.Main>
      <Page.Title>{formatMessage(mappingMessages.title)}</Page.Title>
      {isLoading ? <Page.Loading /> : <MappingEditor canUpdate={allowedActions.canUpdate === true} />}
    </Page.Main>
  );
};
