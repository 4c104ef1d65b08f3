import { PERMISSIONS } from '../../../contracts';
import { adminRoute } from './admin-route';

export default () => ({
  type: 'admin' as const,
  routes: [
    adminRoute('GET', '/health', 'health.show', PERMISSIONS.settingsRead),
    adminRoute('GET', '/records/:uid/:documentId', 'records.show', PERMISSIONS.syncRead),
  ],
});
