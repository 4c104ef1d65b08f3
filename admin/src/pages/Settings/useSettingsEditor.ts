import { useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { SettingsView, UpdateSettingsRequest } from '../../../../contracts';
import type { FieldErrors } from './apiErrors';
import { messages } from './messages';
import { toDraft, toUpdateRequest, type SettingsDraft } from './settingsDraft';
import type { SaveResult } from './useBillySettings';

/** The edit form's state: the draft (null while reading), the server's field messages, and Save. */
export const useSettingsEditor = (settings: SettingsView | null, save: (request: UpdateSettingsRequest) => Promise<SaveResult>) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const start = () => {
    if (!settings) return;
    setFieldErrors({});
    setDraft(toDraft(settings));
  };

  const cancel = () => {
    setFieldErrors({});
    setDraft(null);
  };

  /**
   * `touched`: the field paths the change concerns (by default its keys); the server's messages for
   * them (and for fields under them) go, since they were about the value now replaced.
   */
  const change = (changes: Partial<SettingsDraft>, touched: string[] = Object.keys(changes)) => {
    setDraft((current) => (current ? { ...current, ...changes } : current));
    setFieldErrors((errors) => {
      const concerned = (field: string) => touched.some((path) => field === path || field.startsWith(`${path}.`));
      return Object.keys(errors).some(concerned) ? Object.fromEntries(Object.entries(errors).filter(([field]) => !concerned(field))) : errors;
    });
  };

  const submit = async () => {
    if (!settings || !draft || saving) return;
    setSaving(true);
    const result = await save(toUpdateRequest(settings, draft));
    setSaving(false);
    if (result.ok) {
      cancel();
      // A saved token Billy refuses is not a success: the toast agrees with the red light.
      const connected = result.connection.state !== 'failed';
      toggleNotification({ type: connected ? 'success' : 'warning', message: formatMessage(connected ? messages.saved : messages.savedNotConnected) });
      return;
    }
    const { failure } = result;
    setFieldErrors(failure.fieldErrors);
    const invalid = Object.keys(failure.fieldErrors).length > 0;
    toggleNotification({
      type: 'danger',
      message: invalid ? formatMessage(messages.invalid) : formatMessage(messages.saveFailed, { message: failure.message }),
    });
  };

  // Edits not saved yet: the form holds something other than what is stored.
  const dirty = Boolean(settings && draft && JSON.stringify(draft) !== JSON.stringify(toDraft(settings)));

  return { draft, dirty, fieldErrors, saving, start, cancel, change, submit };
};
