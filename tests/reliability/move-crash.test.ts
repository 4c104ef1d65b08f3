/**
 * A person moved to another organization takes two Billy writes (create under the new contact,
 * then remove the old person). A kill -9 of the Strapi process between them must leave, after a
 * restart and one more sync, exactly one Billy person: under the new organization.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startSandbox, type RunningSandbox } from '../../sandbox/src';
import { adminHttp, syncToEnd } from '../helpers/admin-http';
import { bootStrapi } from '../helpers/strapi';
import { docs } from '../helpers/sync';
import { FAST_CLIENT_ENV, startKillablePlayground, syncOnce } from './support';

const EMAIL = 'flytter@lund.dk';
let tmpDir: string;
let dbFile: string;
let sandbox: RunningSandbox;
/** Called with each API answer the sandbox logs. */
let onAnswered: (line: string) => void = () => {};

const billyEnv = () => ({ BILLY_API_URL: sandbox.apiUrl, BILLY_ACCESS_TOKEN: sandbox.token, ...FAST_CLIENT_ENV });
const startStrapi = () => startKillablePlayground(dbFile, sandbox);
const personsWithEmail = () => sandbox.control.state().contactPersons.filter((person) => person.email === EMAIL);
const contactIdOf = (name: string) => sandbox.control.state().contacts.find((contact) => contact.name === name)!.id;

beforeAll(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'billy-move-crash-'));
  dbFile = path.join(tmpDir, 'move.db');
  sandbox = await startSandbox({ port: 0, log: (line) => line.includes(' → ') && onAnswered(line) });
  const app = await bootStrapi({ DATABASE_FILENAME: dbFile, ...billyEnv() });
  try {
    const first = await docs(app, 'organization').create({ data: { name: 'Gammel ApS', country: 'DK' } });
    const second = await docs(app, 'organization').create({ data: { name: 'Ny ApS', country: 'DK' } });
    const person = await docs(app, 'contact').create({ data: { name: 'Flytter Lund', email: EMAIL, organization: first.documentId } });
    expect((await syncOnce(app.strapi)).status).toBe('succeeded');
    await docs(app, 'contact').update({ documentId: person.documentId, data: { organization: second.documentId } });
    await app.superAdminToken();
  } finally {
    await app.destroy();
  }
}, 600_000);

afterAll(async () => {
  await sandbox?.close();
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

it('a kill -9 between creating the moved person and removing the old one leaves no duplicate and no lost person', async () => {
  expect(personsWithEmail().map((person) => person.contactId)).toEqual([contactIdOf('Gammel ApS')]);
  // Should the old person's removal be sent before the kill lands, it hangs instead of answering.
  sandbox.control.scriptFaults([{ kind: 'timeout', method: 'DELETE', pathPrefix: '/v2/contactPersons', times: 100 }]);
  const strapi = await startStrapi();
  const exited = new Promise<'killed'>((resolve) => strapi.child.once('exit', () => resolve('killed')));
  onAnswered = (line) => {
    if (/^POST \S*\/v2\/contactPersons\S* → 200/.test(line)) strapi.child.kill('SIGKILL');
  };
  try {
    const admin = await adminHttp(strapi.url);
    // The run must not end by itself: the kill lands on the create's answer.
    const outcome = await Promise.race([exited, syncToEnd(admin).then(() => 'finished' as const, () => exited)]);
    expect(outcome).toBe('killed');
  } finally {
    onAnswered = () => {};
    await strapi.stop('SIGKILL');
  }
  sandbox.control.clearFaults();
  // Killed between the two steps: the new person exists, the old one too.
  expect(personsWithEmail().map((person) => person.contactId).sort()).toEqual([contactIdOf('Gammel ApS'), contactIdOf('Ny ApS')].sort());

  const restarted = await startStrapi();
  try {
    const run = await syncToEnd(await adminHttp(restarted.url));
    expect(run.status).toBe('succeeded');
  } finally {
    await restarted.stop();
  }
  expect(personsWithEmail().map((person) => person.contactId)).toEqual([contactIdOf('Ny ApS')]);
}, 600_000);
