import path from 'path';
import type { Alert, RunSummary } from '../../contracts';
import { PERMISSIONS } from '../../contracts';
import { docs } from '../helpers/sync';
import { startSandboxedStrapi, type SandboxedStrapi } from '../helpers/sandboxed-strapi';

/** Strapi's e-mail plugin loads this provider (by path); the same module instance keeps what it was given. */
const PROVIDER_PATH = path.resolve(__dirname, '..', 'helpers', 'recording-email-provider.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const recorded = require(PROVIDER_PATH) as { sent: Array<{ to: string; subject: string; text: string }> };

let t: SandboxedStrapi;
let auth: { Authorization: string };
const recipients: Record<'en' | 'da', { id: number; email: string }> = {} as never;

const settled = async () => {
  await t.strapi.plugin('billy').service('sync').whenIdle();
  await t.strapi.plugin('billy').service('alerts').whenSettled();
};

/** A full sync, waited for until it ended and its alerts (and e-mails) are done. */
const sync = async (): Promise<RunSummary> => {
  const started = await t.app.http().post('/billy/sync').set(auth).send({}).expect(202);
  await settled();
  return (await t.app.http().get(`/billy/runs/${started.body.data.id}`).set(auth).expect(200)).body.data as RunSummary;
};

const alerts = async (): Promise<Alert[]> => (await t.app.http().get('/billy/alerts').set(auth).expect(200)).body.data;

const admin = async (email: string, preferedLanguage: string) =>
  (await t.strapi.db.query('admin::user').create({
    data: { email, firstname: 'Alert', lastname: preferedLanguage, isActive: true, blocked: false, preferedLanguage, password: 'Test-Passw0rd!' },
  })) as { id: number; email: string };

beforeAll(async () => {
  // No retries: a connection the sandbox cuts is a failed check at once.
  t = await startSandboxedStrapi({ EMAIL_PROVIDER: PROVIDER_PATH, BILLY_CLIENT_MAX_RETRIES: '0' });
  auth = { Authorization: `Bearer ${await t.app.superAdminToken()}` };
  recipients.en = await admin('ops@billy.test', 'en');
  recipients.da = await admin('drift@billy.test', 'da');
  await t.app.http().put('/billy/settings').set(auth).send({ alerts: { recipients: [recipients.en.id, recipients.da.id] } }).expect(200);
});

afterAll(async () => {
  await t?.close();
});

describe('alerts', () => {
  it('two failing runs send one e-mail to each chosen admin, in their language, and show one alert', async () => {
    expect(recorded.sent).toEqual([]);
    const bad = await docs(t.app, 'organization').create({ data: { name: 'Nowhere Ltd', country: 'XX' } });
    expect((await sync()).status).toBe('partial');
    const second = await sync();
    expect(second.status).toBe('partial');

    expect(recorded.sent.map((mail) => mail.to).sort()).toEqual([recipients.da.email, recipients.en.email].sort());
    expect(recorded.sent.find((mail) => mail.to === recipients.en.email)?.subject).toMatch(/did not finish cleanly/);
    expect(recorded.sent.find((mail) => mail.to === recipients.da.email)?.subject).toMatch(/gik ikke rent igennem/);
    expect(await alerts()).toEqual([expect.objectContaining({ kind: 'run_failed', occurrences: 2, runId: second.id })]);

    // A succeeded run resolves it; a later failure is a new incident, e-mailed again.
    await docs(t.app, 'organization').update({ documentId: bad.documentId, data: { country: 'DK' } });
    expect((await sync()).status).toBe('succeeded');
    expect(await alerts()).toEqual([]);
    expect(recorded.sent).toHaveLength(2);

    await docs(t.app, 'organization').create({ data: { name: 'Elsewhere Ltd', country: 'XX' } });
    expect((await sync()).status).toBe('partial');
    expect(await alerts()).toEqual([expect.objectContaining({ kind: 'run_failed', occurrences: 1 })]);
    expect(recorded.sent).toHaveLength(4);
  });

  it('a refused token opens its own alert (not a failed-run one), e-mailed without the token, and a working connection clears it', async () => {
    const before = recorded.sent.length;
    t.sandbox.control.revokeToken(t.sandbox.token);
    const run = await sync();
    expect(run).toMatchObject({ status: 'failed', error: { reason: 'auth' } });

    const open = await alerts();
    expect(open.map((alert) => alert.kind).sort()).toEqual(['run_failed', 'token_refused']);
    const tokenMails = recorded.sent.slice(before);
    expect(tokenMails).toHaveLength(2);
    expect(tokenMails.every((mail) => /access token|adgangsnøglen/.test(mail.subject))).toBe(true);
    for (const mail of recorded.sent) expect(JSON.stringify(mail)).not.toContain(t.sandbox.token);

    // Billy accepts the token again (the user fixed it in Billy): a check clears the alert.
    t.sandbox.control.reset();
    await t.app.http().post('/billy/connection/check').set(auth).expect(200);
    await settled();
    expect((await alerts()).map((alert) => alert.kind)).toEqual(['run_failed']);
    expect(recorded.sent).toHaveLength(before + 2);
  });

  it('Billy not answering alerts only past the set time, from the first failure; an answer clears it', async () => {
    const before = recorded.sent.length;
    const check = async () => {
      await t.app.http().post('/billy/connection/check').set(auth).expect(200);
      await settled();
    };
    t.sandbox.control.scriptFaults([{ kind: 'reset', pathPrefix: '/v2/organization', times: 2 }]);
    await check();
    // Within the 30 minutes: watched, not shown, not e-mailed.
    expect((await alerts()).map((alert) => alert.kind)).toEqual(['run_failed']);
    await t.app.http().put('/billy/settings').set(auth).send({ alerts: { unreachableAfterMinutes: 0 } }).expect(200);
    await check();
    const open = await alerts();
    expect(open.map((alert) => alert.kind)).toEqual(['run_failed', 'billy_unreachable']);
    expect(open[1]).toMatchObject({ occurrences: 2 });
    expect(recorded.sent.slice(before).map((mail) => mail.subject)).toEqual(expect.arrayContaining([expect.stringMatching(/cannot be reached/), expect.stringMatching(/kan ikke nås/)]));
    expect(recorded.sent).toHaveLength(before + 2);

    await check();
    expect((await alerts()).map((alert) => alert.kind)).toEqual(['run_failed']);
    await t.app.http().put('/billy/settings').set(auth).send({ alerts: { unreachableAfterMinutes: 30 } }).expect(200);
  });

  it('shows the alerts to a sync.read user and refuses one without it; recipients are chosen among admins', async () => {
    const reader = { Authorization: `Bearer ${await t.app.adminTokenWith([PERMISSIONS.syncRead])}` };
    const settingsReader = { Authorization: `Bearer ${await t.app.adminTokenWith([PERMISSIONS.settingsRead])}` };
    const seen = await t.app.http().get('/billy/alerts').set(reader).expect(200);
    expect(seen.body.data).toEqual([expect.objectContaining({ kind: 'run_failed' })]);
    await t.app.http().get('/billy/alerts').set(settingsReader).expect(403);
    await t.app.http().get('/billy/alerts').expect(401);

    const options = await t.app.http().get('/billy/alerts/recipients').set(settingsReader).expect(200);
    expect(options.body.data).toEqual(expect.arrayContaining([{ id: recipients.da.id, name: 'Alert da', email: recipients.da.email }]));
    await t.app.http().get('/billy/alerts/recipients').set(reader).expect(403);

    const refused = await t.app.http().put('/billy/settings').set(auth).send({ alerts: { recipients: [999999] } }).expect(400);
    expect(refused.body.error.details.errors).toEqual([expect.objectContaining({ path: ['alerts', 'recipients', '0'] })]);
    await t.app.http().put('/billy/settings').set(auth).send({ alerts: { unreachableAfterMinutes: -1 } }).expect(400);
    const saved = await t.app.http().get('/billy/settings').set(auth).expect(200);
    expect(saved.body.data.alerts).toEqual({ recipients: [recipients.en.id, recipients.da.id], unreachableAfterMinutes: 30 });
  });
});
