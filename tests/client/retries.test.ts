/** Retries under injected faults: which requests are retried, and how often, per the sandbox's request log. */
import type { BillyClient } from '../../server/src/billy';
import { caught, recordingLogger } from './helpers';
import { clientFor, logOf, openSandbox, type Sandbox } from './sandbox-harness';

let sandbox: Sandbox;
let billy: BillyClient;
let logger: ReturnType<typeof recordingLogger>;

beforeAll(async () => {
  sandbox = await openSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.control.reset();
  logger = recordingLogger();
  billy = clientFor(sandbox, { logger, timeoutMs: 300 });
});

const contactCount = () => sandbox.control.state().contacts.length;
const aContact = async () => (await billy.contacts.create({ name: 'Acme', countryId: 'DK', contactNo: 'K-1' })).record;

describe('reads are retried on every transient failure and then succeed', () => {
  it.each([
    ['rate_limit', 429],
    ['server_error', 500],
    ['unavailable', 503],
    ['reset', null],
    ['timeout', null],
  ] as const)('%s', async (kind, status) => {
    sandbox.control.scriptFaults([{ kind, times: 2, method: 'GET', pathPrefix: '/v2/organization', retryAfterSeconds: 0 }]);

    await expect(billy.getOrganization()).resolves.toMatchObject({ baseCurrencyId: 'DKK' });

    const log = logOf(sandbox);
    expect(log.map((r) => r.fault ?? 'ok')).toEqual([kind, kind, 'ok']);
    expect(log.slice(0, 2).every((r) => r.status === status)).toBe(true);
    expect(billy.stats()).toEqual({ requests: 3, retries: 2 });
    expect(logger.lines.filter((l) => l.level === 'warn' && /retry \d of 4/.test(l.msg))).toHaveLength(2);
  });

  it('gives up after maxRetries', async () => {
    sandbox.control.scriptFaults([{ kind: 'server_error', times: 10 }]);
    await expect(clientFor(sandbox, { maxRetries: 2 }).contacts.list()).rejects.toMatchObject({ reason: 'billy' });
    expect(logOf(sandbox)).toHaveLength(3);
  });

  it('survives random faults of every read-safe kind', async () => {
    sandbox.control.setRandomFaults({ rate: 0.3, kinds: ['rate_limit', 'server_error', 'unavailable', 'reset'], seed: 42, retryAfterSeconds: 0 });
    const patient = clientFor(sandbox, { maxRetries: 10 });
    const results = await Promise.all(Array.from({ length: 30 }, () => patient.getOrganization()));
    expect(results).toHaveLength(30);
    const log = logOf(sandbox);
    const faults = log.filter((r) => r.fault).length;
    expect(faults).toBeGreaterThan(0);
    expect(log).toHaveLength(30 + faults);
    expect(patient.stats()).toEqual({ requests: 30 + faults, retries: faults });
  });
});

describe('writes', () => {
  it('are not retried unless idempotent: one request, and the outcome is flagged unknown', async () => {
    sandbox.control.scriptFaults([{ kind: 'server_error', method: 'POST' }]);
    const error = await caught(aContact());
    expect(error).toMatchObject({ reason: 'billy', status: 500, outcomeUnknown: true });
    expect(logOf(sandbox)).toEqual([{ method: 'POST', path: '/v2/contacts', status: 500, fault: 'server_error' }]);
    expect(billy.stats().retries).toBe(0);
  });

  it('a lost response leaves the write applied and the caller told the outcome is unknown', async () => {
    sandbox.control.scriptFaults([{ kind: 'lost_response', method: 'POST' }]);
    const error = await caught(aContact());
    expect(error).toMatchObject({ reason: 'network', outcomeUnknown: true, retryable: true });
    expect(logOf(sandbox)).toHaveLength(1);
    expect(contactCount()).toBe(1); // the sync must look it up by contactNo before creating again
  });

  it('are retried when the caller says they are idempotent', async () => {
    sandbox.control.scriptFaults([{ kind: 'unavailable', method: 'POST', times: 2, retryAfterSeconds: 0 }]);
    const { record } = await billy.contacts.create({ name: 'Acme', countryId: 'DK' }, { idempotent: true });
    expect(record.name).toBe('Acme');
    expect(logOf(sandbox).map((r) => r.status)).toEqual([503, 503, 200]);
    expect(contactCount()).toBe(1);
  });

  it('an idempotent update whose response was lost is sent again and succeeds', async () => {
    const contact = await aContact();
    sandbox.control.clearRequests();
    sandbox.control.scriptFaults([{ kind: 'lost_response', method: 'PUT' }]);
    const { record } = await billy.contacts.update(contact.id, { phone: '12345678' }, { idempotent: true });
    expect(record.phone).toBe('12345678');
    expect(logOf(sandbox).map((r) => r.fault ?? 'ok')).toEqual(['lost_response', 'ok']);
  });

  it('a non-idempotent update is not retried', async () => {
    const contact = await aContact();
    sandbox.control.clearRequests();
    sandbox.control.scriptFaults([{ kind: 'reset', method: 'PUT' }]);
    await expect(billy.contacts.update(contact.id, { phone: '1' })).rejects.toMatchObject({ reason: 'network', outcomeUnknown: true });
    expect(logOf(sandbox)).toHaveLength(1);
  });

  it('deletes are always retried (Billy’s DELETE is idempotent)', async () => {
    const contact = await aContact();
    sandbox.control.clearRequests();
    sandbox.control.scriptFaults([{ kind: 'lost_response', method: 'DELETE' }]);
    await billy.contacts.remove(contact.id);
    expect(logOf(sandbox).map((r) => r.fault ?? r.status)).toEqual(['lost_response', 200]);
    expect(contactCount()).toBe(0);
  });

  it('a validation error is never retried, whatever the options', async () => {
    const error = await caught(billy.products.create({ name: '' }, { idempotent: true }));
    expect(error).toMatchObject({ reason: 'validation', status: 400 });
    expect(logOf(sandbox)).toHaveLength(1);
    expect(billy.stats()).toEqual({ requests: 1, retries: 0 });
  });
});
