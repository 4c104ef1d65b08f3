import syncLinks from './sync-links';

export default { 'sync-links': syncLinks };
