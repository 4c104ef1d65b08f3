import health from './health';
import mapping from './mapping';
import overview from './overview';
import payments from './payments';
import records from './records';
import runs from './runs';
import settings from './settings';
import status from './status';
import sync from './sync';

export default { health, mapping, overview, payments, records, runs, settings, status, sync };
