import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type {
  FieldMappingPair,
  GetSettingsResponse,
  MappingCatalogueResponse,
  ModuleName,
  SettingsView,
  UpdateSettingsRequest,
  UpdateSettingsResponse,
} from '../../../../contracts';
import { toApiFailure } from '../Settings/apiErrors';
import { mappingErrorsFrom, validationErrorsOf, type MappingErrors } from './mappingErrors';
import { initialDrafts, mappingToSave, type Catalogue, type Drafts } from './mappingDraft';
import { mappingMessages } from './messages';

const BLANK_PAIR: FieldMappingPair = { strapiField: '', billyField: '', direction: 'both' };

/** The mapping editor's data (catalogue, stored settings), the pairs being edited, the server's errors, Save. */
export const useMappingEditor = () => {
  const { get, put } = useFetchClient();
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [drafts, setDrafts] = useState<Drafts | null>(null);
  const [errors, setErrors] = useState<MappingErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [loadFailure, setLoadFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let cancelled = false;
    Promise.all([get<MappingCatalogueResponse>('/billy/mapping'), get<GetSettingsResponse>('/billy/settings')]).then(
      ([catalogueAnswer, settingsAnswer]) => {
        if (cancelled) return;
        setCatalogue(catalogueAnswer.data.data);
        setSettings(settingsAnswer.data.data);
        setDrafts(initialDrafts(catalogueAnswer.data.data, settingsAnswer.data.data.mapping));
      },
      (error) => {
        if (!cancelled) setLoadFailure(toApiFailure(error).message);
      }
    );
    return () => {
      cancelled = true;
    };
  }, [get]);

  const clearModuleErrors = (module: ModuleName) => setErrors(({ [module]: _dropped, ...rest }) => rest);

  const clearRowErrors = (module: ModuleName, index: number) =>
    setErrors((current) => {
      const entry = current[module];
      if (!entry?.rows[index]) return current;
      const { [index]: _dropped, ...rows } = entry.rows;
      return { ...current, [module]: { ...entry, rows } };
    });

  const setRows = (module: ModuleName, update: (rows: FieldMappingPair[]) => FieldMappingPair[]) =>
    setDrafts((current) => (current ? { ...current, [module]: update(current[module]) } : current));

  const updateRow = (module: ModuleName, index: number, changes: Partial<FieldMappingPair>) => {
    setRows(module, (rows) => rows.map((row, at) => (at === index ? { ...row, ...changes } : row)));
    clearRowErrors(module, index);
  };

  const addRow = (module: ModuleName) => setRows(module, (rows) => [...rows, { ...BLANK_PAIR }]);

  const removeRow = (module: ModuleName, index: number) => {
    setRows(module, (rows) => rows.filter((_, at) => at !== index));
    // The rows after it move up: their errors no longer point at the right row.
    clearModuleErrors(module);
  };

  const resetModule = (module: ModuleName) => {
    if (!catalogue) return;
    setRows(module, () => catalogue.defaults[module].map((pair) => ({ ...pair })));
    clearModuleErrors(module);
  };

  const save = useCallback(async () => {
    if (!catalogue || !drafts) return;
    setSaving(true);
    try {
      const request: UpdateSettingsRequest = { mapping: mappingToSave(catalogue, drafts) };
      const { data } = await put<UpdateSettingsResponse, UpdateSettingsRequest>('/billy/settings', request);
      setSettings(data.data);
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
    } finally {
      setSaving(false);
    }
  }, [catalogue, drafts, put, toggleNotification, formatMessage]);

  // Edits not saved yet: what Save would send differs from what is stored (both read the same way).
  const dirty = Boolean(
    catalogue && settings && drafts && JSON.stringify(mappingToSave(catalogue, drafts)) !== JSON.stringify(mappingToSave(catalogue, initialDrafts(catalogue, settings.mapping)))
  );

  return { catalogue, settings, drafts, dirty, errors, otherErrors, loadFailure, saving, updateRow, addRow, removeRow, resetModule, save };
};
