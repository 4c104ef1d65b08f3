import type { PermissionAction } from '../../../contracts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Every admin route is declared through this helper, so none can forget its guard: an
 * authenticated admin whose role holds the named plugin permission.
 */
export const adminRoute = (method: Method, path: string, handler: string, permission: PermissionAction) => ({
  method,
  path,
  handler,
  config: {
    middlewares: ['plugin::billy.http-errors', 'plugin::billy.json-body'],
    policies: [
      'admin::isAuthenticatedAdmin',
      { name: 'admin::hasPermissions', config: { actions: [permission] } },
    ],
  },
});
