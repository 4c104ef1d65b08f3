import health from './health';
import records from './records';

export default { health, records };
