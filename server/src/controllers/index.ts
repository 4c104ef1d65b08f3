import health from './health';
import mapping from './mapping';
import records from './records';
import runs from './runs';
import settings from './settings';
import status from './status';
import sync from './sync';

export default { health, mapping, records, runs, settings, status, sync };
