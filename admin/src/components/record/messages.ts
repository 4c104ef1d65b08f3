import type { MessageDescriptor } from 'react-intl';
import type { RecordOutcome } from '../../../../contracts';
import { message } from '../../utils/message';

export const recordMessages = {
  action: message('record.action', 'Sync to Billy'),
  modalTitle: message('record.modal.title', 'Sync to Billy'),
  close: message('record.close', 'Close'),
  syncNow: message('record.syncNow', 'Sync now'),
  loading: message('record.loading', 'Loading the sync status…'),
  loadFailed: message('record.loadFailed', 'The sync status could not be loaded: {message}'),
  openInBilly: message('record.openInBilly', 'Open in Billy'),
  lastError: message('record.lastError', 'Last error'),
  whatToDo: message('record.whatToDo', 'What to do'),
  pendingChanges: message('record.pendingChanges', 'Saved here after the last sync: Billy gets the change with the next sync.'),
  billySays: message('record.billySays', 'Billy says: {message}'),
  upToDate: message('record.upToDate', 'No changes since the last sync.'),
  history: message('record.history', 'Recent history'),
  noHistory: message('record.noHistory', 'No sync has touched this record yet.'),
  when: message('record.history.when', 'When'),
  direction: message('record.history.direction', 'Direction'),
  outcome: message('record.history.outcome', 'Outcome'),
  details: message('record.history.details', 'Details'),
  toBilly: message('record.direction.toBilly', 'To Billy'),
  fromBilly: message('record.direction.fromBilly', 'From Billy'),
  resultSynced: message('record.result.synced', 'Synced: {outcome}.'),
  resultNoChange: message('record.result.noChange', 'Synced: nothing to change.'),
  resultFailed: message('record.result.failed', 'The sync failed: {message}'),
  resultRefused: message('record.result.refused', 'The sync did not go through; the error above says what to change.'),
  resultAlreadyRunning: message('record.result.alreadyRunning', 'Another sync is running. Try again when it has finished.'),
  attempts: message('record.attempts', 'Failed attempts: {count}'),
};

export const outcomeLabels: Record<RecordOutcome, MessageDescriptor> = {
  created: message('outcome.created', 'Created'),
  updated: message('outcome.updated', 'Updated'),
  skipped: message('outcome.skipped', 'Unchanged'),
  failed: message('outcome.failed', 'Failed'),
  archived: message('outcome.archived', 'Archived'),
};
