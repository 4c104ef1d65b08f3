/**
 * Answers the sandbox does not produce, from a scripted local server: 403, 409, redirects,
 * a logging prefix before the JSON, an HTTP-date Retry-After, malformed records.
 */
import { BillyError, createBillyClient, type BillyClient } from '../../server/src/billy';
import { caught, fastRetries, recordingLogger } from './helpers';
import { billyError, startStubServer, type StubServer } from './stub-server';

const TOKEN = 'stub-secret-token-123';
let stub: StubServer;
let client: BillyClient;
const logger = recordingLogger();

beforeAll(async () => {
  stub = await startStubServer();
  client = createBillyClient({ baseUrl: stub.url, accessToken: TOKEN, logger, ...fastRetries });
});
afterAll(() => stub.close());

const contactBody = (id: string) => JSON.stringify({ meta: { statusCode: 200, success: true }, contact: { id, name: 'Acme' } });

it('sends the token in X-Access-Token', async () => {
  stub.reply({ status: 200, body: contactBody('c1') });
  await client.contacts.get('c1');
  expect(stub.requests[0].headers['x-access-token']).toBe(TOKEN);
  expect(stub.requests[0].url).toBe('/v2/contacts/c1');
});

it('reads an answer that has a logging prefix before the JSON', async () => {
  stub.reply({ status: 200, body: `[req 42] ${contactBody('c2')}` });
  await expect(client.contacts.get('c2')).resolves.toMatchObject({ id: 'c2', name: 'Acme' });
});

it('reads an error body that has a logging prefix', async () => {
  stub.reply({ status: 400, body: `WARN ${billyError(400, 'INVALID_RECORD', 'Invalid contact.', { validationErrors: { contact: { message: 'Name is required.' } } })}` });
  const error = (await caught(client.contacts.create({ name: '', countryId: 'DK' }))) as BillyError;
  expect(error).toMatchObject({ reason: 'validation', errorCode: 'INVALID_RECORD' });
  expect(error.message).toContain('Name is required');
});

it('maps 401 AUTHENTICATION_REQUIRED to auth (the client always sends a token, so only a stub can say this)', async () => {
  stub.reply({ status: 401, body: billyError(401, 'AUTHENTICATION_REQUIRED', 'You must be authenticated.') });
  await expect(client.getOrganization()).rejects.toMatchObject({
    reason: 'auth',
    status: 401,
    errorCode: 'AUTHENTICATION_REQUIRED',
    retryable: false,
    message: 'Billy refused the access token: check it in Settings › Billy.',
  });
  expect(stub.requests).toHaveLength(1);
});

it('redacts the token if Billy ever echoes it back', async () => {
  stub.reply({
    status: 422,
    body: billyError(422, 'INVALID_RECORD', `Token ${TOKEN} is odd.`, { validationErrors: { contact: { message: `bad ${TOKEN}` } } }),
  });
  const error = (await caught(client.contacts.create({ name: 'x', countryId: 'DK' }))) as BillyError;
  expect(error.reason).toBe('validation');
  expect(JSON.stringify(error)).not.toContain(TOKEN);
  expect(error.message).toContain('[redacted]');
  expect(logger.lines.some((l) => l.msg.includes(TOKEN))).toBe(false);
});

it('maps 403 to auth and 409 to conflict, without retrying either', async () => {
  stub.reply({ status: 403, body: billyError(403, 'FORBIDDEN', 'No access.') });
  await expect(client.contacts.list()).rejects.toMatchObject({ reason: 'auth', status: 403, retryable: false });
  expect(stub.requests).toHaveLength(1);
  stub.reply({ status: 409, body: billyError(409, 'CONFLICT', 'Changed meanwhile.') });
  await expect(client.contacts.update('c1', { name: 'x' }, { idempotent: true })).rejects.toMatchObject({ reason: 'conflict', status: 409 });
  expect(stub.requests).toHaveLength(1);
});

it('honours an HTTP-date Retry-After, then succeeds', async () => {
  const soon = new Date(Date.now() - 1000).toUTCString(); // already passed: retry at once, keeps the test fast
  stub.reply({ status: 429, headers: { 'Retry-After': soon }, body: billyError(429, 'TOO_MANY', 'Slow down') }, { status: 200, body: contactBody('c3') });
  await expect(client.contacts.get('c3')).resolves.toMatchObject({ id: 'c3' });
  expect(stub.requests).toHaveLength(2);
});

it('does not retry when Retry-After is longer than its cap, and reports how long to wait', async () => {
  stub.reply({ status: 429, headers: { 'Retry-After': '120' }, body: billyError(429, 'TOO_MANY', 'Slow down') });
  const error = (await caught(client.contacts.list())) as BillyError;
  expect(error).toMatchObject({ reason: 'rate_limit', retryable: true, retryAfterMs: 120_000 });
  expect(error.message).toContain('120 s');
  expect(stub.requests).toHaveLength(1);
});

it('does not follow a redirect (it would carry the token to another host)', async () => {
  stub.reply({ status: 302, headers: { Location: 'http://127.0.0.1:1/elsewhere' } });
  await expect(client.contacts.list()).rejects.toMatchObject({ reason: 'billy', status: 302, retryable: false });
  expect(stub.requests).toHaveLength(1);
});

it('turns a record without id into a billy error that names the field', async () => {
  stub.reply({ status: 200, body: JSON.stringify({ contacts: [{ id: 'ok' }, { name: 'no id' }], meta: { paging: { page: 1, pageCount: 1, pageSize: 1000, total: 2 } } }) });
  const error = (await caught(client.contacts.list())) as BillyError;
  expect(error).toBeInstanceOf(BillyError);
  expect(error.reason).toBe('billy');
  expect(error.message).toContain('contacts.1.id');
});

it('keeps unknown fields and accepts nulls', async () => {
  stub.reply({ status: 200, body: JSON.stringify({ contact: { id: 'c4', name: 'Acme', paymentTermsDays: null, brandNewField: { x: 1 } } }) });
  await expect(client.contacts.get('c4')).resolves.toEqual({ id: 'c4', name: 'Acme', paymentTermsDays: null, brandNewField: { x: 1 } });
});

it('turns a 502 with an HTML body into a retryable billy error after its retries', async () => {
  stub.reply({ status: 502, body: '<html>Bad gateway</html>' });
  const error = (await caught(client.getOrganization())) as BillyError;
  expect(error).toMatchObject({ reason: 'billy', status: 502, retryable: true });
  expect(stub.requests).toHaveLength(5); // 1 + maxRetries (4)
});

it('reports an unreachable host as a network error', async () => {
  const offline = createBillyClient({ baseUrl: 'http://127.0.0.1:1/v2', accessToken: TOKEN, ...fastRetries, maxRetries: 1 });
  const error = (await caught(offline.getOrganization())) as BillyError;
  expect(error).toMatchObject({ reason: 'network', retryable: true });
  expect(error.message).toMatch(/^Billy could not be reached/);
  expect(offline.stats()).toEqual({ requests: 2, retries: 1 });
});

it('refuses to start without a token', () => {
  expect(() => createBillyClient({ baseUrl: stub.url, accessToken: '  ' })).toThrow(/No Billy access token/);
});
