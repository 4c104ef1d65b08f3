import billy from './billy';
import connection from './connection';
import leaseLock from './lease-lock';
import scheduler from './scheduler';
import settings from './settings';
import syncLinks from './sync-links';

export default { billy, connection, 'lease-lock': leaseLock, scheduler, settings, 'sync-links': syncLinks };
