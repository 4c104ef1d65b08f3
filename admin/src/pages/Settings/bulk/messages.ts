import type { SyncTrigger } from '../../../../../contracts';
import type { MessageDescriptor } from 'react-intl';
import { message } from '../../../utils/message';

export const bulkMessages = {
  running: message('bulk.running', 'Sync in progress'),
  previewRunning: message('bulk.previewRunning', 'Preview in progress'),
  startedBy: message('bulk.startedBy', 'Started {time} · {trigger}'),
  progress: message('bulk.progress', '{done} of {total}'),
  created: message('bulk.count.created', 'Created {count}'),
  updated: message('bulk.count.updated', 'Updated {count}'),
  skipped: message('bulk.count.skipped', 'Unchanged {count}'),
  failed: message('bulk.count.failed', 'Failed {count}'),
  conflicts: message('bulk.count.conflicts', 'Changed on both sides {count}'),
  lastRunTitle: message('bulk.lastRun.title', 'Last run'),
  lastPreviewTitle: message('bulk.lastRun.previewTitle', 'Last preview (nothing was written)'),
  lastRunMeta: message('bulk.lastRun.meta', '{status} · {time} · took {duration}'),
  openLog: message('bulk.openLog', 'Open its log'),
  allRuns: message('bulk.allRuns', 'All sync runs'),
  nothingCounted: message('bulk.nothingCounted', 'No records were counted.'),
  previewButton: message('bulk.preview.button', 'Preview'),
  previewHint: message('bulk.preview.hint', 'A dry run: see what a sync would do, without writing anything.'),
  previewResult: message('bulk.preview.result', 'A sync would create {created}, update {updated}, leave {skipped} unchanged; {conflicts} conflicts, {failed} would fail.'),
  previewFailed: message('bulk.preview.failed', 'The preview could not run: {message}'),
  previewBusy: message('bulk.preview.busy', 'A sync is running; preview when it has finished.'),
};

export const triggerLabels: Record<SyncTrigger, MessageDescriptor> = {
  manual: message('trigger.manual', 'Sync now'),
  cron: message('trigger.cron', 'Schedule'),
  onSave: message('trigger.onSave', 'On save'),
  api: message('trigger.api', 'API'),
  record: message('trigger.record', 'One record'),
  retry: message('trigger.retry', 'Retry'),
  payments: message('trigger.payments', 'Payments'),
  invoiceApprove: message('trigger.invoiceApprove', 'Approve invoice'),
  invoiceSend: message('trigger.invoiceSend', 'Send invoice'),
  invoiceCreditNote: message('trigger.invoiceCreditNote', 'Credit note'),
  invoicePayment: message('trigger.invoicePayment', 'Register payment'),
};
