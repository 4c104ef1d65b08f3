import health from './health';
import records from './records';
import settings from './settings';
import status from './status';

export default { health, records, settings, status };
