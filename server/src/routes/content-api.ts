/**
 * For automation with a Strapi API token (under /api/billy/…). Default content-API auth: a
 * full-access token passes, a custom token needs the route's action in its scope.
 */
export default () => ({
  type: 'content-api' as const,
  routes: [
    { method: 'POST', path: '/sync', handler: 'sync.startFromApi', config: { policies: [], middlewares: ['plugin::billy.http-errors'] } },
    { method: 'GET', path: '/runs/:id', handler: 'runs.findOne', config: { policies: [], middlewares: ['plugin::billy.http-errors'] } },
  ],
});
