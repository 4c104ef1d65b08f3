import health from './health';
import invoiceActions from './invoice-actions';
import mapping from './mapping';
import records from './records';
import runs from './runs';
import settings from './settings';
import status from './status';
import sync from './sync';

export default { health, 'invoice-actions': invoiceActions, mapping, records, runs, settings, status, sync };
