import { PERMISSIONS } from '../../contracts';
import { startSandbox, type RunningSandbox } from '../../sandbox/src';
import { captureLogs } from '../helpers/log-capture';
import { bootStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let sandbox: RunningSandbox;
let logs: ReturnType<typeof captureLogs>;
let auth: { Authorization: string };
const GOOD_TOKEN_SUFFIX = 'k9Q2';

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, token: `sandbox-secret-token-${GOOD_TOKEN_SUFFIX}` });
  app = await bootStrapi({ BILLY_API_URL: sandbox.apiUrl });
  logs = captureLogs(app.strapi);
  auth = { Authorization: `Bearer ${await app.superAdminToken()}` };
});

afterAll(async () => {
  logs?.stop();
  await app?.destroy();
  await sandbox?.close();
});

const getSettings = () => app.http().get('/billy/settings').set(auth);
const putSettings = (body: unknown) => app.http().put('/billy/settings').set(auth).send(body as object);
const storedTokenRow = () =>
  app.strapi.db.connection('strapi_core_store_settings').where({ key: 'plugin_billy_accessToken' }).first() as Promise<{ value: string } | undefined>;

describe('settings', () => {
  it('answers the defaults a first-time user wants, with no token', async () => {
    const response = await getSettings().expect(200);
    expect(response.body.data).toEqual({
      mapping: { mode: 'default', custom: {} },
      syncMode: 'manual',
      syncDirection: 'toBilly',
      priority: null,
      invoicePriorityModule: 'organizations',
      approveInvoices: false,
      syncOnSave: false,
      invoiceActions: {
        cashAccountId: null,
        emailTemplates: {
          en: { subject: 'Invoice {invoiceNo} from {companyName}', body: expect.stringContaining('{amount}') },
          da: { subject: 'Faktura {invoiceNo} fra {companyName}', body: expect.stringContaining('{dueDate}') },
        },
      },
      alerts: { recipients: [], unreachableAfterMinutes: 30 },
      accessToken: { isSet: false, lastFour: null, source: null, locked: false },
      apiUrl: { value: sandbox.apiUrl, source: 'env' },
    });
  });

  it.each([
    [{ syncMode: 'hourly' }, [['syncMode']]],
    [{ colour: 'blue' }, [['colour']]],
    [{ syncDirection: 'both' }, [['priority']]],
    [{ syncDirection: 'both', priority: 'whoever' }, [['priority']]],
    // The one pair names an unknown field, and nothing sends Billy the country it requires.
    [{ mapping: { mode: 'custom', custom: { organizations: [{ strapiField: 'shoeSize', billyField: 'name', direction: 'both' }] } } }, [['mapping', 'custom', 'organizations', '0', 'strapiField'], ['mapping', 'custom', 'organizations']]],
    [{ mapping: { mode: 'custom', custom: { invoices: [{ strapiField: 'message', direction: 'sideways' }] } } }, [['mapping', 'custom', 'invoices', 0, 'billyField'], ['mapping', 'custom', 'invoices', 0, 'direction']]],
    [{ accessToken: '   ', syncMode: 'automatic' }, [['accessToken']]],
    [[['syncMode', 'manual']], [[]]],
  ])('refuses %j with 400 naming each bad field, and saves nothing', async (body, paths) => {
    const before = (await getSettings()).body.data;
    const response = await putSettings(body).expect(400);
    expect(response.body.error.name).toBe('ValidationError');
    const reported = response.body.error.details.errors.map((e: { path: Array<string | number> }) => e.path.map(String));
    expect(reported).toEqual(paths.map((path) => path.map(String)));
    expect((await getSettings()).body.data).toEqual(before);
    expect(await storedTokenRow()).toBeUndefined();
  });

  it('names each problem by a code, with the values its text needs, for the admin to word in its language', async () => {
    const problems = async (body: object) =>
      ((await putSettings(body).expect(400)).body.error.details.errors as Array<{ path: string[]; code: string; values?: object }>)
        .map(({ path, code, values }) => ({ field: path.join('.'), code, values }))
        .sort((a, b) => a.field.localeCompare(b.field));
    expect(await problems({ syncMode: 'hourly', colour: 'blue', accessToken: '   ', alerts: { unreachableAfterMinutes: 5000, recipients: [1, 1] } })).toEqual([
      { field: 'accessToken', code: 'required' },
      { field: 'alerts.recipients', code: 'duplicate_recipient' },
      { field: 'alerts.unreachableAfterMinutes', code: 'too_big', values: { maximum: 1440 } },
      { field: 'colour', code: 'unknown_setting', values: { key: 'colour' } },
      { field: 'syncMode', code: 'invalid_choice' },
    ]);
    expect(await problems({ syncDirection: 'both' })).toEqual([{ field: 'priority', code: 'priority_required' }]);
  });

  it('stores choices, requires a priority for both ways, and clears it when leaving both ways', async () => {
    let response = await putSettings({ syncDirection: 'both', priority: 'billy', syncMode: 'automatic', invoicePriorityModule: 'contacts' }).expect(200);
    expect(response.body.data).toMatchObject({ syncDirection: 'both', priority: 'billy', syncMode: 'automatic', invoicePriorityModule: 'contacts' });
    response = await putSettings({ syncDirection: 'fromBilly' }).expect(200);
    expect(response.body.data).toMatchObject({ syncDirection: 'fromBilly', priority: null, syncMode: 'automatic' });
    await putSettings({ syncDirection: 'toBilly', syncMode: 'manual', invoicePriorityModule: 'organizations' }).expect(200);
  });

  it('schedules one named cron job in automatic mode, never two, and removes it in manual mode', async () => {
    const syncJobs = () => (app.strapi.cron.jobs as Array<{ name?: string }>).filter((job) => job.name === 'billy-sync');
    expect(syncJobs()).toHaveLength(0);
    await putSettings({ syncMode: 'automatic' }).expect(200);
    await putSettings({ syncMode: 'automatic', approveInvoices: true }).expect(200);
    expect(syncJobs()).toHaveLength(1);
    const status = await app.http().get('/billy/status').set(auth).expect(200);
    expect(status.body.data).toMatchObject({ syncMode: 'automatic', scheduleProblem: null });
    expect(new Date(status.body.data.nextRunAt).getTime()).toBeGreaterThan(Date.now());
    await putSettings({ syncMode: 'manual', approveInvoices: false }).expect(200);
    expect(syncJobs()).toHaveLength(0);
    expect((await app.http().get('/billy/status').set(auth)).body.data).toMatchObject({ syncMode: 'manual', nextRunAt: null });
  });

  it('accepts a custom mapping that names real fields', async () => {
    // Billy requires a name and a country of a contact: both are mapped.
    const custom = { organizations: [{ strapiField: 'name', billyField: 'name', direction: 'both', transform: 'trim' }, { strapiField: 'country', billyField: 'countryId', direction: 'both' }] };
    const response = await putSettings({ mapping: { mode: 'custom', custom } }).expect(200);
    expect(response.body.data.mapping).toEqual({ mode: 'custom', custom });
    await putSettings({ mapping: { mode: 'default', custom: {} } }).expect(200);
  });

  it('with a wrong token: saves it, and the light turns red with a reason a user can act on', async () => {
    const response = await putSettings({ accessToken: 'wrong-token-abcd' }).expect(200);
    expect(response.body.connection).toMatchObject({ state: 'failed', reason: 'auth', organization: null });
    expect(response.body.connection.message).toMatch(/token/i);
    expect(response.body.data.accessToken).toEqual({ isSet: true, lastFour: 'abcd', source: 'store', locked: false });
  });

  it('with the sandbox token: connected, with the organization name; the token is ciphertext at rest and in no response or log', async () => {
    const token = sandbox.token;
    const saved = await putSettings({ accessToken: token }).expect(200);
    expect(saved.body.connection).toMatchObject({ state: 'connected', reason: null, organization: { name: expect.any(String), id: expect.any(String) } });
    expect(saved.body.data.accessToken.lastFour).toBe(GOOD_TOKEN_SUFFIX);

    const row = await storedTokenRow();
    expect(row?.value).toBeDefined();
    expect(row!.value).not.toContain(token);
    expect(row!.value).not.toContain(Buffer.from(token).toString('base64'));
    expect(JSON.parse(row!.value)).toMatch(/^v1:/);

    // Reading the settings shows the last known light without asking Billy.
    sandbox.control.clearRequests();
    const read = await getSettings().expect(200);
    expect(read.body.connection).toMatchObject({ state: 'connected', organization: saved.body.connection.organization });
    expect(sandbox.control.requests()).toHaveLength(0);

    const responses = [
      saved,
      read,
      await app.http().post('/billy/connection/check').set(auth).expect(200),
      await app.http().get('/billy/status').set(auth).expect(200),
    ];
    for (const response of responses) expect(JSON.stringify(response.body)).not.toContain(token);
    expect(responses[2]!.body.data).toMatchObject({ state: 'connected', checkedAt: expect.any(String) });
    expect(responses[3]!.body.data.connection.state).toBe('connected');
    expect(logs.text()).not.toContain(token);
    expect(logs.text().length).toBeGreaterThan(0);
  });

  it('asks Billy again on a save only when the token or the API URL changed', async () => {
    const organizationChecks = (billy: RunningSandbox) => billy.control.requests().filter((request) => request.path === '/v2/organization').length;
    await putSettings({ accessToken: sandbox.token }).expect(200);
    sandbox.control.clearRequests();

    // Other choices, and the same token sent again, keep the last known light without a request.
    let saved = await putSettings({ syncMode: 'automatic', approveInvoices: true }).expect(200);
    expect(saved.body.connection).toMatchObject({ state: 'connected' });
    saved = await putSettings({ accessToken: sandbox.token, syncMode: 'manual', approveInvoices: false }).expect(200);
    expect(saved.body.connection).toMatchObject({ state: 'connected' });
    expect(sandbox.control.requests()).toHaveLength(0);

    // A new token is checked once.
    saved = await putSettings({ accessToken: 'another-wrong-token-wxyz' }).expect(200);
    expect(saved.body.connection).toMatchObject({ state: 'failed', reason: 'auth' });
    expect(organizationChecks(sandbox)).toBe(1);
    await putSettings({ accessToken: sandbox.token }).expect(200);
    expect(organizationChecks(sandbox)).toBe(2);

    // A new API URL (here: the server's config moved to another Billy) is checked once too.
    const otherBilly = await startSandbox({ port: 0, token: sandbox.token });
    const apiUrl = app.strapi.config.get('plugin::billy.apiUrl');
    try {
      app.strapi.config.set('plugin::billy.apiUrl', otherBilly.apiUrl);
      saved = await putSettings({ syncMode: 'manual' }).expect(200);
      expect(saved.body.connection).toMatchObject({ state: 'connected' });
      expect(organizationChecks(otherBilly)).toBe(1);
      await putSettings({ syncMode: 'manual' }).expect(200);
      expect(organizationChecks(otherBilly)).toBe(1);
    } finally {
      app.strapi.config.set('plugin::billy.apiUrl', apiUrl);
      await otherBilly.close();
    }
    expect(organizationChecks(sandbox)).toBe(2);
  });

  it('removes the stored token with null, and the light goes grey', async () => {
    const response = await putSettings({ accessToken: null }).expect(200);
    expect(response.body.data.accessToken.isSet).toBe(false);
    expect(response.body.connection.state).toBe('unconfigured');
    expect(await storedTokenRow()).toBeUndefined();
  });

  it('reports Billy unreachable as a network failure', async () => {
    await putSettings({ accessToken: sandbox.token }).expect(200);
    sandbox.control.scriptFaults([{ kind: 'reset', pathPrefix: '/v2/organization', times: 10 }]);
    const response = await app.http().post('/billy/connection/check').set(auth).expect(200);
    sandbox.control.clearFaults();
    expect(response.body.data).toMatchObject({ state: 'failed', reason: 'network' });
  });

  describe('invoice actions', () => {
    const defaults = async () => (await getSettings().expect(200)).body.data.invoiceActions;

    it('refuses an unknown placeholder with 400 naming the field and the placeholder, and saves nothing', async () => {
      const before = await defaults();
      const invoiceActions = { ...before, emailTemplates: { ...before.emailTemplates, da: { ...before.emailTemplates.da, subject: 'Faktura {fakturaNr} fra {companyName}' } } };
      const response = await putSettings({ invoiceActions }).expect(400);
      expect(response.body.error.details.errors).toEqual([
        {
          path: ['invoiceActions', 'emailTemplates', 'da', 'subject'],
          message: expect.stringMatching(/^unknown placeholder \{fakturaNr\}: the placeholders are \{invoiceNo\}, \{amount\}, \{dueDate\}, \{companyName\}, \{customerName\}$/),
          code: 'unknown_placeholder',
          values: { unknown: '{fakturaNr}', count: 1 },
          name: 'ValidationError',
        },
      ]);
      expect(response.body.error.message).toMatch(/^invoiceActions\.emailTemplates\.da\.subject: unknown placeholder \{fakturaNr\}/);
      // A placeholder written with a space, in a body, is no placeholder either.
      const inBody = { ...before, emailTemplates: { ...before.emailTemplates, en: { ...before.emailTemplates.en, body: 'Dear { customerName }, see {invoiceNo}' } } };
      const bodyResponse = await putSettings({ invoiceActions: inBody }).expect(400);
      expect(bodyResponse.body.error.details.errors.map((e: { path: string[] }) => e.path)).toEqual([['invoiceActions', 'emailTemplates', 'en', 'body']]);
      expect(bodyResponse.body.error.details.errors[0].message).toMatch(/^unknown placeholder \{ customerName \}:/);
      expect(await defaults()).toEqual(before);
    });

    it('saves the cash account chosen from Billy’s payment accounts and both languages’ templates, and reads them back', async () => {
      await putSettings({ accessToken: sandbox.token }).expect(200);
      const accounts = (await app.http().get('/billy/payment-accounts').set(auth).expect(200)).body.data as Array<{ id: string; name: string }>;
      expect(accounts.length).toBeGreaterThan(0);
      const invoiceActions = {
        cashAccountId: accounts[0]!.id,
        emailTemplates: {
          en: { subject: 'Invoice {invoiceNo} ({amount})', body: 'Hello {customerName}, pay by {dueDate}. {companyName}' },
          da: { subject: 'Faktura {invoiceNo} fra {companyName}', body: 'Hej {customerName}\n\nBeløb: {amount}, forfald {dueDate}.' },
        },
      };
      const saved = await putSettings({ invoiceActions }).expect(200);
      expect(saved.body.data.invoiceActions).toEqual(invoiceActions);
      expect(await defaults()).toEqual(invoiceActions);
      await putSettings({ invoiceActions: { ...invoiceActions, cashAccountId: null } }).expect(200);
      expect((await defaults()).cashAccountId).toBeNull();
    });
  });

  it('lets a role with settings.read read but not change settings', async () => {
    const readOnly = { Authorization: `Bearer ${await app.adminTokenWith([PERMISSIONS.settingsRead])}` };
    await app.http().get('/billy/settings').set(readOnly).expect(200);
    await app.http().put('/billy/settings').set(readOnly).send({ syncMode: 'automatic' }).expect(403);
  });
});
