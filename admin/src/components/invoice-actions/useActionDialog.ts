import { useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { InvoiceActionName, InvoiceActionResult } from '../../../../contracts';
import { newIdempotencyKey } from './ActionModal';
import { actionErrorText, actionResultText } from './actionWording';

/**
 * What every invoice action's dialog holds: the draft being edited (null while closed), opened with
 * a fresh idempotency key so a double click or a retry of the same dialog is answered, not repeated;
 * the server's refusal; and the confirm step that shows the result notice and closes the dialog.
 * Both are worded here from the server's codes, in the admin's language.
 */
export const useActionDialog = <Draft extends object = object>(action: InvoiceActionName, currency: string) => {
  const intl = useIntl();
  const { toggleNotification } = useNotification();
  const [draft, setDraft] = useState<(Draft & { key: string }) | null>(null);
  const [error, setError] = useState<string | null>(null);

  const open = (fields: Draft) => {
    setError(null);
    setDraft({ ...fields, key: newIdempotencyKey() });
  };

  /** Sends the draft; the refusal stays in the dialog, the key with it, so "confirm" again retries the same request. */
  const confirm = async (request: (draft: Draft & { key: string }) => Promise<InvoiceActionResult>): Promise<InvoiceActionResult | null> => {
    if (!draft) return null;
    setError(null);
    try {
      const result = await request(draft);
      toggleNotification({ type: 'success', message: actionResultText(intl, result) });
      setDraft(null);
      return result;
    } catch (caught) {
      setError(actionErrorText(intl, action, caught, currency));
      return null;
    }
  };

  return {
    draft,
    /** Edits the open draft's fields. */
    edit: (changes: Partial<Draft>) => setDraft((current) => (current ? { ...current, ...changes } : current)),
    open,
    confirm,
    /** The ActionModal props that follow the dialog's state. */
    modal: { open: draft !== null, onOpenChange: (isOpen: boolean) => !isOpen && setDraft(null), error },
  };
};
