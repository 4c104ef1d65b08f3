/** The access token appears in no log line, no error message, and no serialised or inspected error. */
import { inspect } from 'node:util';
import { BillyError, type BillyClient } from '../../server/src/billy';
import { startSandbox } from '../../sandbox/src';
import { caught, recordingLogger } from './helpers';
import { clientFor, type Sandbox } from './sandbox-harness';

const TOKEN = 'tok-3f9a1c77e2b84d0b9c5e';
const WRONG_TOKEN = 'tok-wrong-81b2c4d6e8f0a1b3';
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, token: TOKEN });
});
afterAll(() => sandbox.close());

it('leaks the token nowhere, whatever goes wrong', async () => {
  const logger = recordingLogger();
  const billy: BillyClient = clientFor(sandbox, { logger, timeoutMs: 200, maxRetries: 1 });
  const errors: unknown[] = [];
  const attempt = async (call: () => Promise<unknown>) => errors.push(await caught(call()));

  const { record: contact } = await billy.contacts.create({ name: 'Acme', countryId: 'DK' });
  await billy.contacts.list({ include: 'contact.contactPersons:embed' });
  await attempt(() => billy.contacts.create({ name: '' } as never));
  await attempt(() => billy.contacts.create(null as never));
  await attempt(() => billy.contacts.update('missing000000000000000', { name: 'x' }));
  await attempt(() => billy.contactPersons.list());
  for (const kind of ['rate_limit', 'server_error', 'unavailable', 'reset', 'timeout'] as const) {
    sandbox.control.scriptFaults([{ kind, times: 5, retryAfterSeconds: 0 }]);
    await attempt(() => billy.contacts.get(contact.id));
    sandbox.control.clearFaults();
  }
  sandbox.control.scriptFaults([{ kind: 'lost_response', method: 'POST' }]);
  await attempt(() => billy.contacts.create({ name: 'Again', countryId: 'DK' }));
  await attempt(() => clientFor(sandbox, { accessToken: WRONG_TOKEN, logger }).getOrganization());
  sandbox.control.revokeToken(TOKEN);
  await attempt(() => billy.getOrganization());

  expect(errors.every((e) => e instanceof BillyError)).toBe(true);
  expect(new Set(errors.map((e) => (e as BillyError).reason))).toEqual(new Set(['validation', 'not_found', 'rate_limit', 'billy', 'network', 'auth']));
  expect(logger.lines.length).toBeGreaterThan(10);

  const surfaces = [
    ...logger.lines.map((l) => l.msg),
    ...errors.flatMap((e) => {
      const error = e as BillyError;
      return [error.message, String(error), error.stack ?? '', JSON.stringify(error), inspect(error, { showHidden: true, depth: null })];
    }),
    inspect(billy, { showHidden: true, depth: null }),
  ];
  for (const text of surfaces) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(WRONG_TOKEN);
  }
  // The errors carry plain data only: nothing that could hold a request config or headers.
  for (const error of errors) expect(Object.values(error as object).some((v) => v && typeof v === 'object' && 'headers' in v)).toBe(false);
});
