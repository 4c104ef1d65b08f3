import billy from './billy';
import connection from './connection';
import scheduler from './scheduler';
import settings from './settings';
import syncLinks from './sync-links';

export default { billy, connection, scheduler, settings, 'sync-links': syncLinks };
