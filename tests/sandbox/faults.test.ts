import { billy, control, useSandbox, waitFor } from './support';

/** Failure injection for client retry tests: scripted, random and latency. */
describe('injected faults', () => {
  const sandbox = useSandbox();
  beforeEach(() => sandbox().control.reset());
  const log = () => sandbox().control.requests();
  const newContact = { contact: { name: 'Fault ApS', countryId: 'DK' } };

  test('rate_limit: 429 RATE_LIMIT with Retry-After, on the next matching request only', async () => {
    sandbox().control.scriptFaults([{ kind: 'rate_limit', retryAfterSeconds: 0 }]);
    const limited = await billy(sandbox(), 'GET', '/contacts');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('0');
    expect(limited.body).toMatchObject({ meta: { statusCode: 429, success: false }, errorCode: 'RATE_LIMIT' });
    expect((await billy(sandbox(), 'GET', '/contacts')).status).toBe(200);
    expect(log().map(({ status, fault }) => ({ status, fault }))).toEqual([{ status: 429, fault: 'rate_limit' }, { status: 200, fault: undefined }]);
  });

  test('Retry-After defaults to 1 second', async () => {
    sandbox().control.scriptFaults([{ kind: 'rate_limit' }]);
    expect((await billy(sandbox(), 'GET', '/contacts')).headers.get('retry-after')).toBe('1');
  });

  test('server_error answers 500 INTERNAL_ERROR and unavailable answers 503, without applying a write', async () => {
    sandbox().control.scriptFaults([{ kind: 'server_error' }, { kind: 'unavailable' }]);
    const failed = await billy(sandbox(), 'POST', '/contacts', { body: newContact });
    expect(failed.status).toBe(500);
    expect(failed.body.errorCode).toBe('INTERNAL_ERROR');
    expect((await billy(sandbox(), 'POST', '/contacts', { body: newContact })).status).toBe(503);
    expect(sandbox().control.state().contacts).toHaveLength(0);
  });

  test('reset: the connection closes without an answer and nothing is written', async () => {
    sandbox().control.scriptFaults([{ kind: 'reset' }]);
    await expect(billy(sandbox(), 'POST', '/contacts', { body: newContact })).rejects.toThrow();
    expect(sandbox().control.state().contacts).toHaveLength(0);
    expect(log()).toEqual([expect.objectContaining({ method: 'POST', path: '/v2/contacts', status: null, fault: 'reset' })]);
  });

  test('timeout: no answer until the client gives up; nothing is written', async () => {
    sandbox().control.scriptFaults([{ kind: 'timeout' }]);
    const client = new AbortController();
    const pending = billy(sandbox(), 'POST', '/contacts', { body: newContact, signal: client.signal });
    await waitFor(() => log().length === 1);
    client.abort();
    await expect(pending).rejects.toThrow();
    await waitFor(() => log()[0].fault === 'timeout');
    expect(log()[0].status).toBeNull();
    expect(sandbox().control.state().contacts).toHaveLength(0);
  });

  test('lost_response: the write is applied in full, but the answer never arrives', async () => {
    sandbox().control.scriptFaults([{ kind: 'lost_response', method: 'POST' }]);
    await expect(
      billy(sandbox(), 'POST', '/contacts', { body: { contact: { ...newContact.contact, contactPersons: [{ name: 'Lost', email: 'lost@fault.dk' }] } } }),
    ).rejects.toThrow();
    const state = sandbox().control.state();
    expect(state.contacts).toEqual([expect.objectContaining({ name: 'Fault ApS' })]);
    expect(state.contactPersons).toEqual([expect.objectContaining({ email: 'lost@fault.dk' })]);
    expect(log()).toEqual([expect.objectContaining({ status: null, fault: 'lost_response' })]);
  });

  test('lost_response on a read behaves like reset', async () => {
    sandbox().control.scriptFaults([{ kind: 'lost_response' }]);
    await expect(billy(sandbox(), 'GET', '/contacts')).rejects.toThrow();
    expect(log()).toEqual([expect.objectContaining({ method: 'GET', status: null, fault: 'lost_response' })]);
  });

  test('scripted rules match method and path prefix, and fire on the next `times` matching requests', async () => {
    sandbox().control.scriptFaults([{ kind: 'unavailable', method: 'post', pathPrefix: '/v2/products', times: 2 }]);
    const product = { product: { name: 'Widget' } };
    expect((await billy(sandbox(), 'GET', '/products')).status).toBe(200);
    expect((await billy(sandbox(), 'POST', '/contacts', { body: newContact })).status).toBe(200);
    expect((await billy(sandbox(), 'POST', '/products', { body: product })).status).toBe(503);
    expect((await billy(sandbox(), 'POST', '/products', { body: product })).status).toBe(503);
    expect((await billy(sandbox(), 'POST', '/products', { body: product })).status).toBe(200);
  });

  test('a rule with `after` lets matching requests through until a request matching `after` has gone by', async () => {
    sandbox().control.scriptFaults([{ kind: 'unavailable', method: 'GET', pathPrefix: '/v2/contacts', times: 2, after: { method: 'POST', pathPrefix: '/v2/contacts' } }]);
    expect((await billy(sandbox(), 'GET', '/contacts')).status).toBe(200);
    // The arming write itself goes through.
    expect((await billy(sandbox(), 'POST', '/contacts', { body: newContact })).status).toBe(200);
    expect((await billy(sandbox(), 'GET', '/contacts')).status).toBe(503);
    expect((await billy(sandbox(), 'GET', '/contacts')).status).toBe(503);
    expect((await billy(sandbox(), 'GET', '/contacts')).status).toBe(200);
  });

  test('random faults at rate 1 hit every matching request and no other', async () => {
    sandbox().control.setRandomFaults({ rate: 1, kinds: ['server_error'], methods: ['GET'], pathPrefix: '/v2/products' });
    expect((await billy(sandbox(), 'GET', '/products')).status).toBe(500);
    expect((await billy(sandbox(), 'GET', '/contacts')).status).toBe(200);
    expect((await billy(sandbox(), 'POST', '/products', { body: { product: { name: 'Widget' } } })).status).toBe(200);
  });

  test('a seed makes random faults reproducible', async () => {
    const statuses = async () => {
      sandbox().control.setRandomFaults({ rate: 0.5, kinds: ['server_error', 'unavailable', 'rate_limit'], seed: 7, retryAfterSeconds: 0 });
      const seen: number[] = [];
      for (let request = 0; request < 12; request += 1) seen.push((await billy(sandbox(), 'GET', '/organization')).status);
      return seen;
    };
    const first = await statuses();
    expect(await statuses()).toEqual(first);
    expect(first).toContain(200);
    expect(first.some((status) => status !== 200)).toBe(true);
  });

  test('clearFaults and DELETE /_sandbox/faults stop injected faults', async () => {
    sandbox().control.setRandomFaults({ rate: 1, kinds: ['server_error'] });
    sandbox().control.clearFaults();
    expect((await billy(sandbox(), 'GET', '/contacts')).status).toBe(200);

    await control(sandbox(), 'POST', 'faults', { random: { rate: 1, kinds: ['unavailable'] } });
    expect((await billy(sandbox(), 'GET', '/contacts')).status).toBe(503);
    expect((await control(sandbox(), 'DELETE', 'faults')).status).toBe(204);
    expect((await billy(sandbox(), 'GET', '/contacts')).status).toBe(200);
  });

  test('faults can be scripted over HTTP; invalid rules answer 400', async () => {
    expect((await control(sandbox(), 'POST', 'faults', { rules: [{ kind: 'server_error', pathPrefix: '/v2/contacts' }] })).status).toBe(204);
    expect((await billy(sandbox(), 'GET', '/contacts')).status).toBe(500);
    const invalid = await control(sandbox(), 'POST', 'faults', { rules: [{ kind: 'meteor_strike' }] });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toMatch(/kind/);
    expect((await control(sandbox(), 'POST', 'faults', { random: { rate: 2, kinds: ['reset'] } })).status).toBe(400);
  });

  test('latency holds each request before it is handled', async () => {
    sandbox().control.setLatency(60_000);
    const client = new AbortController();
    const pending = billy(sandbox(), 'POST', '/contacts', { body: newContact, signal: client.signal });
    await waitFor(() => log().length === 1);
    expect(sandbox().control.state().contacts).toHaveLength(0);
    expect(log()[0].status).toBeNull();
    client.abort();
    await expect(pending).rejects.toThrow();

    expect((await control(sandbox(), 'PUT', 'latency', { ms: 1 })).status).toBe(204);
    expect((await billy(sandbox(), 'POST', '/contacts', { body: newContact })).status).toBe(200);
  });
});
