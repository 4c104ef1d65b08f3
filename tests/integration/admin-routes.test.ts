import { PERMISSIONS } from '../../contracts';
import { bootStrapi, type TestApp } from '../helpers/strapi';

interface RouteSpec {
  method: string;
  path: string;
  config: { policies: Array<string | { name: string; config: { actions: string[] } }> };
}

let app: TestApp;
let adminRoutes: RouteSpec[];

beforeAll(async () => {
  app = await bootStrapi();
  const routers = app.strapi.plugin('billy').routes as unknown as Record<string, { type: string; routes: RouteSpec[] }>;
  adminRoutes = Object.values(routers).filter((router) => router.type === 'admin').flatMap((router) => router.routes);
});

afterAll(async () => {
  await app?.destroy();
});

const requiredAction = (route: RouteSpec) => {
  const policy = route.config.policies.find((p): p is { name: string; config: { actions: string[] } } => typeof p === 'object' && p.name === 'admin::hasPermissions');
  return policy?.config.actions[0];
};

/** A concrete URL for a route pattern: parameters filled with plausible values. */
const urlFor = (route: RouteSpec) =>
  `/billy${route.path.replace(':uid', 'plugin::billy.organization').replace(/:(\w+)/g, 'does-not-exist')}`;

const send = (method: string, url: string) => {
  const http = app.http();
  switch (method) {
    case 'GET': return http.get(url);
    case 'POST': return http.post(url).send({});
    case 'PUT': return http.put(url).send({});
    case 'DELETE': return http.delete(url);
    default: throw new Error(`unexpected method ${method}`);
  }
};

describe('every admin route', () => {
  it('is declared with admin authentication and a registered plugin permission', () => {
    expect(adminRoutes.length).toBeGreaterThan(0);
    const registered = new Set(Object.values(PERMISSIONS));
    for (const route of adminRoutes) {
      expect({ route: route.path, policies: route.config.policies[0] }).toEqual({ route: route.path, policies: 'admin::isAuthenticatedAdmin' });
      expect(registered.has(requiredAction(route) as never)).toBe(true);
    }
  });

  it('answers 401 without a token', async () => {
    for (const route of adminRoutes) {
      const response = await send(route.method, urlFor(route));
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({ route: `${route.method} ${route.path}`, status: 401 });
    }
  });

  it('answers 403 for an admin whose role holds every plugin permission but the one the route needs', async () => {
    const all = Object.values(PERMISSIONS) as string[];
    const tokens = new Map<string, string>();
    for (const route of adminRoutes) {
      const action = requiredAction(route)!;
      if (!tokens.has(action)) tokens.set(action, await app.adminTokenWith(all.filter((a) => a !== action)));
      const response = await send(route.method, urlFor(route)).set('Authorization', `Bearer ${tokens.get(action)}`);
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({ route: `${route.method} ${route.path}`, status: 403 });
    }
  });
});

describe('GET /billy/health', () => {
  it('answers the plugin and its content types to an admin holding settings.read', async () => {
    const token = await app.adminTokenWith([PERMISSIONS.settingsRead]);
    const response = await app.http().get('/billy/health').set('Authorization', `Bearer ${token}`).expect(200);
    expect(response.body.data).toMatchObject({ plugin: 'billy', contentTypes: expect.arrayContaining(['plugin::billy.organization', 'plugin::billy.invoice']) });
  });
});

describe('GET /billy/records/:uid/:documentId', () => {
  it('answers "never synced" for a record without a link, and 404 for an unknown record or type', async () => {
    const token = await app.superAdminToken();
    const organization = await app.strapi.documents('plugin::billy.organization').create({ data: { name: 'Nordlys' } });
    const ok = await app.http().get(`/billy/records/plugin::billy.organization/${organization.documentId}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(ok.body.data).toEqual({ module: 'organizations', documentId: organization.documentId, state: 'never', billyId: null, billyResource: null, lastSyncedAt: null, lastError: null, attempts: 0, lastOutcomes: [] });
    await app.http().get('/billy/records/plugin::billy.organization/nope').set('Authorization', `Bearer ${token}`).expect(404);
    await app.http().get(`/billy/records/plugin::billy.sync-link/${organization.documentId}`).set('Authorization', `Bearer ${token}`).expect(404);
  });
});
