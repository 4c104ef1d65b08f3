import background from './background';
import billy from './billy';
import connection from './connection';
import invoiceActions from './invoice-actions';
import leaseLock from './lease-lock';
import mapping from './mapping';
import pendingChanges from './pending-changes';
import runs from './runs';
import scheduler from './scheduler';
import settings from './settings';
import sync from './sync';
import syncLinks from './sync-links';

export default { background, billy, connection, 'invoice-actions': invoiceActions, 'lease-lock': leaseLock, mapping, 'pending-changes': pendingChanges, runs, scheduler, settings, sync, 'sync-links': syncLinks };
