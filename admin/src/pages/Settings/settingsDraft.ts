import type { BillySettings, SettingsView, UpdateSettingsRequest } from '../../../../contracts';

/** What the form edits: the options, a newly typed token, and whether to remove the stored one. */
export interface SettingsDraft extends Omit<BillySettings, 'mapping'> {
  accessToken: string;
  removeAccessToken: boolean;
}

export const toDraft = (settings: SettingsView): SettingsDraft => ({
  syncMode: settings.syncMode,
  syncDirection: settings.syncDirection,
  priority: settings.priority,
  invoicePriorityModule: settings.invoicePriorityModule,
  approveInvoices: settings.approveInvoices,
  syncOnSave: settings.syncOnSave,
  invoiceActions: settings.invoiceActions,
  alerts: settings.alerts,
  accessToken: '',
  removeAccessToken: false,
});

const SIMPLE_KEYS = ['syncMode', 'syncDirection', 'priority', 'invoicePriorityModule', 'approveInvoices', 'syncOnSave'] as const;

/**
 * The PUT body: only what changed (the server validates every key it gets; the mapping is saved by
 * its own page); the token only when typed (or null to remove it).
 */
export const toUpdateRequest = (saved: SettingsView, draft: SettingsDraft): UpdateSettingsRequest => {
  const request: UpdateSettingsRequest = {};
  for (const key of SIMPLE_KEYS) {
    if (draft[key] !== saved[key]) Object.assign(request, { [key]: draft[key] });
  }
  if (JSON.stringify(draft.invoiceActions) !== JSON.stringify(saved.invoiceActions)) request.invoiceActions = draft.invoiceActions;
  if (JSON.stringify(draft.alerts) !== JSON.stringify(saved.alerts)) request.alerts = draft.alerts;
  if (draft.removeAccessToken) request.accessToken = null;
  else if (draft.accessToken.trim() !== '') request.accessToken = draft.accessToken.trim();
  return request;
};
