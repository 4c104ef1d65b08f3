/** Every error Billy (the sandbox) answers maps to a reason, a status and a message a user can act on. */
import { BillyError, createBillyClient, type BillyClient } from '../../server/src/billy';
import { createBillyHttp } from '../../server/src/billy/http';
import { resolveOptions } from '../../server/src/billy/options';
import { createResourceClient } from '../../server/src/billy/resources';
import { billyCountrySchema } from '../../server/src/billy/schemas';
import { caught } from './helpers';
import { clientFor, logOf, openSandbox, type Sandbox } from './sandbox-harness';

let sandbox: Sandbox;
let billy: BillyClient;

beforeAll(async () => {
  sandbox = await openSandbox();
  billy = clientFor(sandbox);
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.control.reset());

const failure = async (promise: Promise<unknown>) => {
  const error = await caught(promise);
  expect(error).toBeInstanceOf(BillyError);
  return error as BillyError;
};

describe('auth', () => {
  it('maps a wrong token (401 OAUTH_INVALID_ACCESS_TOKEN) to auth, without retrying', async () => {
    const stranger = clientFor(sandbox, { accessToken: 'not-the-right-token' });
    const error = await failure(stranger.getOrganization());
    expect(error).toMatchObject({ reason: 'auth', status: 401, errorCode: 'OAUTH_INVALID_ACCESS_TOKEN', retryable: false });
    expect(error.message).toBe('Billy refused the access token: check it in Settings › Billy.');
    expect(logOf(sandbox)).toHaveLength(1);
  });

  it('maps a revoked token to auth', async () => {
    await billy.getOrganization();
    sandbox.control.revokeToken(sandbox.token);
    await expect(billy.contacts.list()).rejects.toMatchObject({ reason: 'auth', status: 401 });
  });
});

describe('validation', () => {
  it('maps 400 INVALID_RECORD to validation with Billy’s messages, and sends it once even when idempotent', async () => {
    const error = await failure(billy.contacts.create({ name: 'No country' } as never, { idempotent: true }));
    expect(error).toMatchObject({ reason: 'validation', status: 400, errorCode: 'INVALID_RECORD', retryable: false });
    expect(error.validationErrors).toHaveProperty('contact');
    expect(error.message).toMatch(/^Billy rejected the contact: .+countryId/);
    expect(logOf(sandbox)).toEqual([{ method: 'POST', path: '/v2/contacts', status: 400 }]);
  });

  it('maps 422 (the switch) the same way, once', async () => {
    sandbox.control.setSwitches({ validationStatus: 422 });
    const contact = (await billy.contacts.create({ name: 'Acme', countryId: 'DK' })).record;
    sandbox.control.clearRequests();
    const error = await failure(billy.invoices.create({ contactId: contact.id, entryDate: '2025-06-01', lines: [] }, { idempotent: true }));
    expect(error).toMatchObject({ reason: 'validation', status: 422, errorCode: 'INVALID_RECORD' });
    expect(error.message).toMatch(/^Billy rejected the invoice: /);
    expect(logOf(sandbox)).toHaveLength(1);
  });

  it('maps 400 INVALID_REQUEST_BODY to validation, saying the plugin sent a bad request', async () => {
    const error = await failure(billy.contacts.create(null as never));
    expect(error).toMatchObject({ reason: 'validation', status: 400, errorCode: 'INVALID_REQUEST_BODY', retryable: false });
    expect(error.message).toMatch(/^The plugin sent Billy a request it could not accept/);
    expect(error.message).toContain('bug in the plugin');
  });

  it('maps another 400 (a list of persons without contactId) to validation, once', async () => {
    const error = await failure(billy.contactPersons.list());
    expect(error).toMatchObject({ reason: 'validation', status: 400, retryable: false });
    expect(logOf(sandbox)).toHaveLength(1);
  });
});

describe('not found and not allowed', () => {
  it('answers null for a missing record on get, and not_found on update', async () => {
    await expect(billy.contacts.get('doesNotExist0000000000')).resolves.toBeNull();
    const error = await failure(billy.contacts.update('doesNotExist0000000000', { name: 'x' }));
    expect(error).toMatchObject({ reason: 'not_found', status: 404, errorCode: 'RECORD_NOT_FOUND', retryable: false });
    expect(error.message).toMatch(/^The contact no longer exists in Billy/);
  });

  const internalClient = (plural: string) =>
    createResourceClient(createBillyHttp(resolveOptions({ baseUrl: sandbox.apiUrl, accessToken: sandbox.token })), {
      singular: plural.slice(0, -1),
      plural,
      noun: plural,
      schema: billyCountrySchema,
    });

  it('maps 404 UNKNOWN_RESOURCE to not_found (and get does not hide it as null)', async () => {
    await expect(internalClient('widgets').get('w1')).rejects.toMatchObject({ reason: 'not_found', status: 404, errorCode: 'UNKNOWN_RESOURCE' });
  });

  it('maps 405 METHOD_NOT_ALLOWED to billy, not retryable, once', async () => {
    const error = await failure(internalClient('countries').create({ id: 'XX', name: 'Nowhere' }, { idempotent: true }));
    expect(error).toMatchObject({ reason: 'billy', status: 405, errorCode: 'METHOD_NOT_ALLOWED', retryable: false });
    expect(logOf(sandbox)).toHaveLength(1);
  });
});

describe('failures on Billy’s side', () => {
  it('maps a 500 that outlasts the retries to billy, retryable', async () => {
    sandbox.control.scriptFaults([{ kind: 'server_error', times: 10 }]);
    const error = await failure(billy.getOrganization());
    expect(error).toMatchObject({ reason: 'billy', status: 500, retryable: true, outcomeUnknown: false });
    expect(logOf(sandbox)).toHaveLength(5); // first attempt + maxRetries 4
  });

  it('maps a 429 that outlasts the retries to rate_limit with the wait', async () => {
    sandbox.control.scriptFaults([{ kind: 'rate_limit', times: 10, retryAfterSeconds: 0 }]);
    const error = await failure(clientFor(sandbox, { maxRetries: 1 }).contacts.list());
    expect(error).toMatchObject({ reason: 'rate_limit', status: 429, retryable: true, retryAfterMs: 0 });
    expect(logOf(sandbox)).toHaveLength(2);
  });

  it('maps a dropped connection to network', async () => {
    sandbox.control.scriptFaults([{ kind: 'reset', times: 10 }]);
    const error = await failure(clientFor(sandbox, { maxRetries: 1 }).contacts.list());
    expect(error).toMatchObject({ reason: 'network', retryable: true });
    expect(error.status).toBeUndefined();
    expect(error.message).toMatch(/^Billy could not be reached \(the connection was cut\)/);
  });

  it('maps a timeout to network', async () => {
    sandbox.control.scriptFaults([{ kind: 'timeout', times: 10 }]);
    const error = await failure(clientFor(sandbox, { maxRetries: 0, timeoutMs: 150 }).contacts.list());
    expect(error).toMatchObject({ reason: 'network', retryable: true });
    expect(error.message).toMatch(/^Billy could not be reached \(no answer within 150 ms\)/);
  });

  it('refuses an empty id before sending anything', async () => {
    await expect(billy.contacts.get('')).rejects.toMatchObject({ reason: 'validation' });
    expect(logOf(sandbox)).toHaveLength(0);
  });

  it('refuses to delete a contact that has invoices (a validation error), once', async () => {
    const contact = (await billy.contacts.create({ name: 'Acme', countryId: 'DK' })).record;
    const product = (await billy.products.create({ name: 'P' })).record;
    await billy.invoices.create({ contactId: contact.id, entryDate: '2025-06-01', lines: [{ productId: product.id, unitPrice: 1 }] });
    sandbox.control.clearRequests();
    await expect(billy.contacts.remove(contact.id)).rejects.toMatchObject({ reason: 'validation' });
    expect(logOf(sandbox)).toHaveLength(1);
  });
});

it('creating a client without a token fails with an auth error', () => {
  expect(() => createBillyClient({ baseUrl: sandbox.apiUrl, accessToken: '' })).toThrow(BillyError);
});
