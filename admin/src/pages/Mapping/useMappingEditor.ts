import { useNotification } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { FieldMappingPair, ModuleName } from '../../../../contracts';
import { useGetBillyMappingCatalogueQuery } from '../../services/mappingApi';
import { useGetBillySettingsQuery, useUpdateBillySettingsMutation } from '../../services/settingsApi';
import { toApiFailure } from '../Settings/apiErrors';
import { mappingErrorsFrom, validationErrorsOf, withoutModuleErrors, withoutRowErrors, type MappingErrors } from './mappingErrors';
import {
  hasUnsavedEdits,
  initialDrafts,
  mappingToSave,
  withModuleReset,
  withRowAdded,
  withRowChanged,
  withRowRemoved,
  type Drafts,
} from './mappingDraft';
import { mappingMessages } from './messages';

/**
 * The mapping editor's data (catalogue, stored settings) on the adminApi, the pairs being edited,
 * the server's errors, Save. The settings are read afresh on entry (another admin may have changed
 * the mapping since they were cached), and the drafts start from that fresh copy once.
 */
export const useMappingEditor = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const catalogueQuery = useGetBillyMappingCatalogueQuery();
  const settingsQuery = useGetBillySettingsQuery(undefined, { refetchOnMountOrArgChange: true });
  const [updateSettings, { isLoading: saving }] = useUpdateBillySettingsMutation();
  const catalogue = catalogueQuery.data ?? null;
  const settings = settingsQuery.data?.data ?? null;
  const [drafts, setDrafts] = useState<Drafts | null>(null);
  const [errors, setErrors] = useState<MappingErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  const freshSettings = settingsQuery.isSuccess && !settingsQuery.isFetching ? settings : null;
  useEffect(() => {
    if (catalogue && freshSettings) setDrafts((current) => current ?? initialDrafts(catalogue, freshSettings.mapping));
  }, [catalogue, freshSettings]);

  const loadError = catalogueQuery.error ?? settingsQuery.error;
  const loadFailure = loadError ? toApiFailure(loadError).message : null;

  const edit = (update: (current: Drafts) => Drafts) => setDrafts((current) => (current ? update(current) : current));

  const updateRow = (module: ModuleName, index: number, changes: Partial<FieldMappingPair>) => {
    edit((current) => withRowChanged(current, module, index, changes));
    setErrors((current) => withoutRowErrors(current, module, index));
  };

  const addRow = (module: ModuleName) => edit((current) => withRowAdded(current, module));

  const removeRow = (module: ModuleName, index: number) => {
    edit((current) => withRowRemoved(current, module, index));
    // The rows after it move up: their errors no longer point at the right row.
    setErrors((current) => withoutModuleErrors(current, module));
  };

  const resetModule = (module: ModuleName) => {
    if (!catalogue) return;
    edit((current) => withModuleReset(current, catalogue, module));
    setErrors((current) => withoutModuleErrors(current, module));
  };

  const save = useCallback(async () => {
    if (!catalogue || !drafts) return;
    try {
      // The answer replaces the cached settings (settingsApi), so `dirty` below compares with what was saved.
      await updateSettings({ mapping: mappingToSave(catalogue, drafts) }).unwrap();
      setErrors({});
      setOtherErrors([]);
      toggleNotification({ type: 'success', message: formatMessage(mappingMessages.saved) });
    } catch (error) {
      const validation = validationErrorsOf(error);
      if (validation) {
        const placed = mappingErrorsFrom(validation);
        setErrors(placed.byModule);
        setOtherErrors(placed.other);
        toggleNotification({ type: 'danger', message: formatMessage(mappingMessages.invalid) });
      } else {
        toggleNotification({ type: 'danger', message: formatMessage(mappingMessages.saveFailed, { message: toApiFailure(error).message }) });
      }
    }
  }, [catalogue, drafts, updateSettings, toggleNotification, formatMessage]);

  const dirty = Boolean(catalogue && settings && drafts && hasUnsavedEdits(catalogue, drafts, settings.mapping));

  return { catalogue, settings, drafts, dirty, errors, otherErrors, loadFailure, saving, updateRow, addRow, removeRow, resetModule, save };
};
