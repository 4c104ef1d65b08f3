import type { MessageDescriptor } from 'react-intl';
import type { InvoicePriorityModule, MappingMode, RunStatus, SyncDirection, SyncMode, SyncPriority } from '../../../../contracts';
import { getTranslation } from '../../utils/getTranslation';

const message = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });

/** Every text of the Settings page; en.json and da.json hold the same keys (without the `billy.` prefix). */
export const messages = {
  title: message('settings.title', 'Billy'),
  subtitle: message('settings.subtitle', 'Connect Strapi to your Billy organization and choose how the CRM syncs.'),
  edit: message('settings.edit', 'Edit'),
  save: message('settings.save', 'Save'),
  cancel: message('settings.cancel', 'Cancel'),
  saved: message('settings.saved', 'Settings saved.'),
  savedNotConnected: message('settings.savedNotConnected', 'Settings saved, but Billy could not be reached with this token: see the connection light.'),
  saveFailed: message('settings.saveFailed', 'The settings were not saved: {message}'),
  invalid: message('settings.invalid', 'Some settings need a fix. Nothing was saved.'),
  loadFailed: message('settings.loadFailed', 'The Billy settings could not be loaded: {message}'),
  readOnly: message('settings.readOnly', 'You can view these settings. Changing them needs the permission to update Billy settings.'),
  sectionConnection: message('settings.section.connection', 'Connection'),
  sectionOptions: message('settings.section.options', 'Sync options'),
  sectionSync: message('settings.section.sync', 'Sync'),
  on: message('settings.toggle.on', 'On'),
  off: message('settings.toggle.off', 'Off'),
  notChosen: message('settings.notChosen', 'Not chosen'),

  connected: message('connection.connected', 'Connected to {organization}'),
  checkedAt: message('connection.checkedAt', 'Checked {time}'),
  failedAuth: message('connection.failed.auth', 'Billy refused the access token'),
  failedAuthHint: message('connection.failed.auth.hint', 'Create a new access token in Billy (Settings › Access tokens) and save it here.'),
  failedTokenUnreadable: message('connection.failed.tokenUnreadable', "The stored token can't be read — the encryption key changed"),
  failedTokenUnreadableHint: message('connection.failed.tokenUnreadable.hint', 'Paste the token again, or remove it (or set the old key in the billy plugin config previousEncryptionKeys and restart).'),
  failedNetwork: message('connection.failed.network', 'Billy could not be reached'),
  failedNetworkHint: message('connection.failed.network.hint', "Check the server's internet connection and the Billy API URL, then check again."),
  failedBilly: message('connection.failed.billy', 'Billy answered with an error'),
  failedBillyHint: message('connection.failed.billy.hint', 'Billy may be having problems. Check again in a few minutes.'),
  failedRateLimit: message('connection.failed.rateLimit', 'Billy is limiting requests'),
  failedRateLimitHint: message('connection.failed.rateLimit.hint', 'Wait a minute, then check again.'),
  failedOther: message('connection.failed.other', 'The connection to Billy failed'),
  failedOtherHint: message('connection.failed.other.hint', 'Check the access token, then check the connection again.'),
  unconfigured: message('connection.unconfigured', 'Not connected: no access token yet'),
  unconfiguredHint: message('connection.unconfigured.hint', 'Paste an access token from Billy (Settings › Access tokens) to connect.'),
  notChecked: message('connection.notChecked', 'The connection has not been checked yet'),
  details: message('connection.details', 'Details: {message}'),
  checkConnection: message('connection.check', 'Check connection'),
  checkFailed: message('connection.checkFailed', 'The connection could not be checked: {message}'),
  checkNeedsToken: message('connection.checkNeedsToken', 'There is no access token to check yet: click Edit, paste the token from Billy (Settings › Access tokens) and save.'),

  accessTokenLabel: message('field.accessToken.label', 'Access token'),
  accessTokenHint: message('field.accessToken.hint', 'Create one in Billy under Settings › Access tokens. It is stored encrypted and never shown again.'),
  accessTokenPlaceholderSet: message('field.accessToken.placeholderSet', '•••• {lastFour}'),
  accessTokenPlaceholderEmpty: message('field.accessToken.placeholderEmpty', 'Paste a Billy access token'),
  accessTokenLocked: message('field.accessToken.locked', 'Set by the server'),
  accessTokenLockedHint: message(
    'field.accessToken.lockedHint',
    "The token comes from the server's configuration (BILLY_ACCESS_TOKEN or the plugin config) and can only be changed there."
  ),
  accessTokenRemove: message('field.accessToken.remove', 'Remove the stored token'),
  accessTokenKeep: message('field.accessToken.keep', 'Keep the stored token'),
  accessTokenWillBeRemoved: message('field.accessToken.willBeRemoved', 'The stored token will be removed when you save.'),
  accessTokenNotSet: message('field.accessToken.notSet', 'Not set'),
  accessTokenSet: message('field.accessToken.set', 'Set, ending in {lastFour}'),

  apiUrlLabel: message('field.apiUrl.label', 'Billy API URL'),
  apiUrlFromEnv: message('field.apiUrl.source.env', 'set by BILLY_API_URL on the server'),
  apiUrlFromConfig: message('field.apiUrl.source.config', 'set in the plugin config'),
  apiUrlDefault: message('field.apiUrl.source.default', 'default'),

  mappingLabel: message('field.mapping.label', 'Field mapping'),
  mappingCustomNote: message(
    'field.mapping.customNote',
    'Edit the field pairs of each module under Settings › Billy › Field mapping. Modules without a custom mapping use the default mapping.'
  ),
  syncModeLabel: message('field.syncMode.label', 'Sync mode'),
  syncDirectionLabel: message('field.syncDirection.label', 'Sync direction'),
  priorityLabel: message('field.priority.label', 'When a record changed on both sides'),
  priorityHint: message('field.priority.hint', 'Which side wins a conflict when syncing both ways.'),
  priorityPlaceholder: message('field.priority.placeholder', 'Choose which side wins'),
  invoicePriorityModuleLabel: message('field.invoicePriorityModule.label', 'Invoices go to'),
  invoicePriorityModuleHint: message('field.invoicePriorityModule.hint', 'Which Billy contact an invoice or credit note is sent to.'),
  approveInvoicesLabel: message('field.approveInvoices.label', 'Approve invoices'),
  approveInvoicesHint: message('field.approveInvoices.hint', 'Send invoices to Billy approved (booked) instead of as drafts.'),
  syncOnSaveLabel: message('field.syncOnSave.label', 'Sync on save'),
  syncOnSaveHint: message('field.syncOnSave.hint', 'Send a record to Billy within seconds of saving it in Strapi.'),

  syncButton: message('sync.button', 'Sync now'),
  syncStarted: message('sync.started', 'The sync has started.'),
  syncAlreadyRunning: message('sync.alreadyRunning', 'A sync is already running. Wait for it to finish, then try again.'),
  syncFailed: message('sync.failed', 'The sync could not start: {message}'),
  syncNeedsToken: message('sync.needsToken', 'Save a Billy access token first.'),
  syncRunning: message('sync.running', 'A sync is running; wait until it has finished.'),
  syncTokenRefused: message('sync.tokenRefused', 'Billy refused the access token: save a valid token first.'),
  nextRun: message('sync.nextRun', 'Next automatic sync'),
  notScheduled: message('sync.notScheduled', 'None (manual mode)'),
  notScheduledYet: message('sync.notScheduledYet', 'Not scheduled yet'),
  scheduleProblem: message('sync.scheduleProblem', 'Automatic sync is not scheduled: {problem}'),
  currentRun: message('sync.currentRun', 'A sync has been running since {time}'),
  lastRun: message('sync.lastRun', 'Last sync'),
  noRunYet: message('sync.noRunYet', 'No sync yet'),
} satisfies Record<string, MessageDescriptor>;

export const syncModeLabels: Record<SyncMode, MessageDescriptor> = {
  manual: message('option.syncMode.manual', 'Manual: only when you press Sync now'),
  automatic: message('option.syncMode.automatic', 'Automatic: every three hours'),
};

export const syncDirectionLabels: Record<SyncDirection, MessageDescriptor> = {
  toBilly: message('option.syncDirection.toBilly', 'From Strapi to Billy'),
  fromBilly: message('option.syncDirection.fromBilly', 'From Billy to Strapi'),
  both: message('option.syncDirection.both', 'Both ways'),
};

export const priorityLabels: Record<SyncPriority, MessageDescriptor> = {
  strapi: message('option.priority.strapi', 'Send CRM data first'),
  billy: message('option.priority.billy', 'Send Billy data first'),
};

export const invoicePriorityModuleLabels: Record<InvoicePriorityModule, MessageDescriptor> = {
  organizations: message('option.invoicePriorityModule.organizations', "The organization's Billy contact"),
  contacts: message('option.invoicePriorityModule.contacts', "The person's Billy contact"),
};

export const mappingModeLabels: Record<MappingMode, MessageDescriptor> = {
  default: message('option.mapping.default', 'Default mapping'),
  custom: message('option.mapping.custom', 'Custom mapping'),
};

export const runStatusLabels: Record<RunStatus, MessageDescriptor> = {
  running: message('option.runStatus.running', 'Running'),
  succeeded: message('option.runStatus.succeeded', 'Succeeded'),
  partial: message('option.runStatus.partial', 'Partly failed'),
  failed: message('option.runStatus.failed', 'Failed'),
  interrupted: message('option.runStatus.interrupted', 'Interrupted'),
};
