import request from 'supertest';
import { PERMISSIONS } from '../../contracts';
import { startSandboxedStrapi, type SandboxedStrapi } from '../helpers/sandboxed-strapi';

/**
 * Every plugin route (read from the plugin's own route table, so a route added later is covered
 * without touching this file) × every kind of caller: who gets in (neither 401 nor 403) and who not.
 */
interface RouteSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  handler: string;
  config: { policies?: Array<string | { name: string; config: { actions: string[] } }> };
}

type Identity =
  | { kind: 'none' }
  | { kind: 'junk' }
  | { kind: 'apiToken'; type: 'read-only' | 'full-access' | 'custom'; scope: string[] }
  | { kind: 'admin'; role: string; actions: string[] | 'all' }
  | { kind: 'user'; role: 'authenticated' };

const ADMIN_PASSWORD = 'Test-Passw0rd!';
let t: SandboxedStrapi;
let adminRoutes: RouteSpec[];
let apiRoutes: RouteSpec[];
const bearer = new Map<string, string>();
let users = 0;

const pluginActions = Object.values(PERMISSIONS) as string[];
const scopeOf = (route: RouteSpec) => `plugin::billy.${route.handler}`;
const actionOf = (route: RouteSpec) => {
  const policy = route.config.policies?.find((p): p is { name: string; config: { actions: string[] } } => typeof p === 'object' && p.name === 'admin::hasPermissions');
  return policy?.config.actions[0];
};

const login = async (email: string) => {
  const response = await request(t.strapi.server.httpServer).post('/admin/login').send({ email, password: ADMIN_PASSWORD });
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  return response.body.data.token as string;
};

const adminWithRole = async (roleId: number) => {
  users += 1;
  const email = `matrix${users}@billy.test`;
  await t.strapi.service('admin::user').create({ email, firstname: 'Matrix', lastname: `${users}`, password: ADMIN_PASSWORD, isActive: true, roles: [roleId], registrationToken: null });
  return login(email);
};

const roleWith = async (permissions: Array<{ action: string; subject?: string | null; conditions?: string[] }>) => {
  users += 1;
  const role = await t.strapi.service('admin::role').create({ name: `matrix-role-${users}`, description: 'route matrix' });
  await t.strapi.service('admin::role').assignPermissions(
    role.id,
    permissions.map(({ action, subject = null, conditions = [] }) => ({ action, subject, properties: {}, conditions }))
  );
  return role.id as number;
};

const apiToken = async (type: 'read-only' | 'full-access' | 'custom', permissions: string[] = []) => {
  users += 1;
  const token = await t.strapi.service('admin::api-token').create({ name: `matrix-${users}`, type, lifespan: null, ...(type === 'custom' ? { permissions } : {}) });
  return token.accessKey as string;
};

const label = (identity: Identity) => {
  switch (identity.kind) {
    case 'apiToken':
      return `API token ${identity.type}${identity.type === 'custom' ? ` [${identity.scope.join(',')}]` : ''}`;
    case 'admin':
      return `admin ${identity.role}`;
    case 'user':
      return 'users-permissions user (Authenticated role granted the Billy actions)';
    default:
      return identity.kind;
  }
};

const urlFor = (prefix: string, route: RouteSpec) =>
  `${prefix}${route.path.replace(':uid', 'plugin::billy.organization').replace(':id', '1').replace(/:(\w+)/g, 'does-not-exist')}`;

const call = (url: string, route: RouteSpec, identity: Identity) => {
  const http = request(t.strapi.server.httpServer);
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  let pending = http[method](url);
  if (route.method === 'POST' || route.method === 'PUT') pending = pending.set('Content-Type', 'application/json').send('{}');
  const token = identity.kind === 'junk' ? 'not-a-token' : bearer.get(label(identity));
  return token ? pending.set('Authorization', `Bearer ${token}`) : pending;
};

const INVOICE_ROUTE = /^\/invoices\/:documentId\//;

/** The rule the plugin promises, per route and caller: true = let in. */
const adminRouteLetsIn = (route: RouteSpec, identity: Identity): boolean => {
  if (identity.kind !== 'admin') return false;
  if (identity.actions === 'all') return true;
  // An invoice's actions and PDF also need the Content Manager's read or update of invoices, which
  // no role here holds beside its one plugin permission.
  if (INVOICE_ROUTE.test(route.path)) return false;
  return identity.actions.includes(actionOf(route)!);
};

const apiRouteLetsIn = (route: RouteSpec, identity: Identity): boolean => {
  if (identity.kind !== 'apiToken') return false;
  if (identity.type === 'full-access') return true;
  if (identity.type === 'read-only') return /\.find(One)?$/.test(route.handler);
  return identity.scope.includes(scopeOf(route));
};

/** Unauthenticated callers are told 401; authenticated ones without the right, 403. */
const expectedStatus = (letsIn: boolean, route: RouteSpec, identity: Identity, apiRoute: boolean): 'in' | 401 | 403 => {
  if (letsIn) return 'in';
  const authenticated = apiRoute ? identity.kind === 'apiToken' : identity.kind === 'admin';
  return authenticated ? 403 : 401;
};

let identities: Identity[];

beforeAll(async () => {
  t = await startSandboxedStrapi({ BILLY_BACKGROUND_POLL_MS: '3600000' });
  const routers = t.strapi.plugin('billy').routes as unknown as Record<string, { type: string; routes: RouteSpec[] }>;
  adminRoutes = Object.values(routers).filter((router) => router.type === 'admin').flatMap((router) => router.routes);
  apiRoutes = Object.values(routers).filter((router) => router.type === 'content-api').flatMap((router) => router.routes);

  await t.app.superAdminToken();
  const roleService = t.strapi.service('admin::role');
  const editor = await t.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  const author = await t.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
  identities = [
    { kind: 'none' },
    { kind: 'junk' },
    { kind: 'apiToken', type: 'read-only', scope: [] },
    { kind: 'apiToken', type: 'full-access', scope: [] },
    ...apiRoutes.map((route): Identity => ({ kind: 'apiToken', type: 'custom', scope: [scopeOf(route)] })),
    { kind: 'admin', role: 'super admin', actions: 'all' },
    { kind: 'admin', role: 'Editor', actions: [] },
    { kind: 'admin', role: 'Author', actions: [] },
    ...pluginActions.map((action): Identity => ({ kind: 'admin', role: `only ${action}`, actions: [action] })),
    { kind: 'user', role: 'authenticated' },
  ];
  for (const identity of identities) {
    if (identity.kind === 'apiToken') bearer.set(label(identity), await apiToken(identity.type, identity.scope));
    if (identity.kind === 'admin') {
      const roleId =
        identity.role === 'super admin' ? (await roleService.getSuperAdmin()).id : identity.role === 'Editor' ? editor.id : identity.role === 'Author' ? author.id : await roleWith((identity.actions as string[]).map((action) => ({ action })));
      bearer.set(label(identity), await adminWithRole(roleId));
    }
  }
  // Public and Authenticated granted every content-API action of the plugin: it must open nothing.
  const upRoles = await t.strapi.db.query('plugin::users-permissions.role').findMany({ where: { type: { $in: ['public', 'authenticated'] } } });
  for (const role of upRoles) {
    for (const route of apiRoutes) await t.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: scopeOf(route), role: role.id } });
  }
  const authenticated = upRoles.find((role: { type: string }) => role.type === 'authenticated');
  const user = await t.strapi.plugin('users-permissions').service('user').add({ username: 'matrix', email: 'matrix@billy.test', password: ADMIN_PASSWORD, role: authenticated.id, confirmed: true, provider: 'local' });
  bearer.set(label({ kind: 'user', role: 'authenticated' }), t.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }));
}, 300_000);

afterAll(async () => {
  await t?.strapi.plugin('billy').service('sync').whenIdle();
  await t?.close();
});

describe('route × identity matrix', () => {
  it('covers every admin and content-API route of the plugin', () => {
    expect(adminRoutes.length).toBeGreaterThanOrEqual(12);
    expect(apiRoutes.length).toBeGreaterThanOrEqual(2);
    for (const route of adminRoutes) expect(pluginActions).toContain(actionOf(route));
  });

  it('lets in exactly the callers each route is for: 401 unauthenticated, 403 without the right', async () => {
    const cells: Array<{ cell: string; status: number | 'in' }> = [];
    const expected: Array<{ cell: string; status: number | 'in' }> = [];
    const record = (cell: string, status: number, want: 'in' | 401 | 403) => {
      cells.push({ cell, status: status === 401 || status === 403 ? status : 'in' });
      expected.push({ cell, status: want });
    };
    for (const route of adminRoutes) {
      for (const identity of identities) {
        const response = await call(urlFor('/billy', route), route, identity);
        record(`${route.method} /billy${route.path} as ${label(identity)}`, response.status, expectedStatus(adminRouteLetsIn(route, identity), route, identity, false));
        expect(response.status).toBeLessThan(500);
      }
      await t.strapi.plugin('billy').service('sync').whenIdle();
    }
    for (const route of apiRoutes) {
      for (const identity of identities) {
        const response = await call(urlFor('/api/billy', route), route, identity);
        record(`${route.method} /api/billy${route.path} as ${label(identity)}`, response.status, expectedStatus(apiRouteLetsIn(route, identity), route, identity, true));
        expect(response.status).toBeLessThan(500);
      }
      await t.strapi.plugin('billy').service('sync').whenIdle();
    }
    expect(cells).toEqual(expected);
  });
});

describe('record values in the run log', () => {
  let runId: number;
  const NAME = 'Secret Holdings ApS';

  beforeAll(async () => {
    await t.strapi.plugin('billy').service('sync').whenIdle();
    await t.strapi.documents('plugin::billy.organization' as never).create({ data: { name: NAME, country: 'DK', email: 'cfo@secret.dk' } } as never);
    const superToken = bearer.get('admin super admin')!;
    const preview = await request(t.strapi.server.httpServer).post('/billy/sync').set('Authorization', `Bearer ${superToken}`).send({ modules: ['organizations'], dryRun: true }).expect(202);
    runId = preview.body.data.id;
    await t.strapi.plugin('billy').service('sync').whenIdle();
  });

  const recordsAs = async (token: string) =>
    (await request(t.strapi.server.httpServer).get(`/billy/runs/${runId}/records`).set('Authorization', `Bearer ${token}`).expect(200)).body.data as Array<{ changes?: Record<string, { strapi: unknown }>; valuesHidden?: boolean }>;
  const previewOf = (records: Array<{ changes?: Record<string, { strapi: unknown }> }>) => records.find((record) => record.changes?.name);

  it('shows them to a user who may read the content type in the Content Manager', async () => {
    expect(previewOf(await recordsAs(bearer.get('admin super admin')!))).toMatchObject({ changes: { name: { strapi: NAME } } });
    const reader = await adminWithRole(await roleWith([{ action: PERMISSIONS.syncRead }, { action: 'plugin::content-manager.explorer.read', subject: 'plugin::billy.organization' }]));
    const shown = previewOf(await recordsAs(reader));
    expect(shown).toMatchObject({ changes: { name: { strapi: NAME } } });
    expect(shown).not.toHaveProperty('valuesHidden');
  });

  it.each([
    ['only sync.read', [{ action: PERMISSIONS.syncRead }]],
    ['sync.read and Content Manager read of another type', [{ action: PERMISSIONS.syncRead }, { action: 'plugin::content-manager.explorer.read', subject: 'plugin::billy.contact' }]],
    ['sync.read and Content Manager read of only the records they created', [{ action: PERMISSIONS.syncRead }, { action: 'plugin::content-manager.explorer.read', subject: 'plugin::billy.organization', conditions: ['admin::is-creator'] }]],
  ])('gives the field names without values to a user with %s', async (_label, permissions) => {
    const token = await adminWithRole(await roleWith(permissions));
    const records = await recordsAs(token);
    const hidden = previewOf(records);
    expect(hidden).toMatchObject({ valuesHidden: true, changes: { name: { strapi: null, billy: null } } });
    expect(JSON.stringify(records)).not.toContain('Secret Holdings');
    expect(JSON.stringify(records)).not.toContain('cfo@secret.dk');
  });

  it('gives the content API the run without any record value', async () => {
    const response = await request(t.strapi.server.httpServer).get(`/api/billy/runs/${runId}`).set('Authorization', `Bearer ${bearer.get('API token read-only')}`).expect(200);
    expect(response.body.data).toMatchObject({ id: runId, dryRun: true });
    expect(JSON.stringify(response.body)).not.toContain('Secret Holdings');
  });
});
