import health from './health';
import records from './records';
import runs from './runs';
import settings from './settings';
import status from './status';
import sync from './sync';

export default { health, records, runs, settings, status, sync };
