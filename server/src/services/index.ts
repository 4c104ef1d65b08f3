import alerts from './alerts';
import background from './background';
import billy from './billy';
import connection from './connection';
import invoiceActions from './invoice-actions';
import leaseLock from './lease-lock';
import mapping from './mapping';
import overview from './overview';
import payments from './payments';
import pendingChanges from './pending-changes';
import requestRates from './request-rates';
import runRetention from './run-retention';
import runs from './runs';
import scheduler from './scheduler';
import settings from './settings';
import sync from './sync';
import syncLinks from './sync-links';

export default { alerts, background, billy, connection, 'invoice-actions': invoiceActions, 'lease-lock': leaseLock, mapping, overview, payments, 'pending-changes': pendingChanges, 'request-rates': requestRates, 'run-retention': runRetention, runs, scheduler, settings, sync, 'sync-links': syncLinks };
