import alerts from './alerts';
import health from './health';
import invoiceActions from './invoice-actions';
import mapping from './mapping';
import overview from './overview';
import payments from './payments';
import records from './records';
import runs from './runs';
import settings from './settings';
import status from './status';
import sync from './sync';

export default { alerts, health, 'invoice-actions': invoiceActions, mapping, overview, payments, records, runs, settings, status, sync };
