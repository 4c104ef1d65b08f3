/**
 * For automation with a Strapi API token (under /api/billy/…). Only the API-token strategy
 * authenticates them: no token (or a user's JWT) is 401, and granting the Public or Authenticated
 * role these actions opens nothing. A full-access token passes, a read-only one reads (`find…`
 * handlers), a custom one needs the route's action in its scope.
 */
const contentApiRoute = (method: 'GET' | 'POST', path: string, handler: string) => ({
  method,
  path,
  handler,
  // A fresh object per route: Strapi writes each route's scope into it.
  config: { auth: { strategies: ['content-api-token'] }, policies: [], middlewares: ['plugin::billy.http-errors', 'plugin::billy.json-body'] },
});

export default () => ({
  type: 'content-api' as const,
  routes: [contentApiRoute('POST', '/sync', 'sync.startFromApi'), contentApiRoute('GET', '/runs/:id', 'runs.findOne')],
});
