import { billy, control, draftInvoiceBody, ids, seedBasics, useSandbox } from './support';

describe('request log', () => {
  const sandbox = useSandbox();
  beforeEach(() => sandbox().control.reset());

  test('GET /_sandbox/requests answers { requests: [{ method, path, status, … }] } in arrival order', async () => {
    await billy(sandbox(), 'GET', '/contacts?page=1&pageSize=10');
    await billy(sandbox(), 'GET', '/contacts/NoSuchContact000000000');
    await billy(sandbox(), 'POST', '/contacts', { body: { contact: {} } });
    await billy(sandbox(), 'GET', '/organization', { token: null });
    await billy(sandbox(), 'GET', '/nowhere');
    await control(sandbox(), 'GET', 'state');

    const { status, body } = await control(sandbox(), 'GET', 'requests');
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['requests']);
    expect(body.requests.map(({ method, path, status: answered }: { method: string; path: string; status: number }) => [method, path, answered])).toEqual([
      ['GET', '/v2/contacts', 200],
      ['GET', '/v2/contacts/NoSuchContact000000000', 404],
      ['POST', '/v2/contacts', 400],
      ['GET', '/v2/organization', 401],
      ['GET', '/v2/nowhere', 404],
    ]);
    const [first, , , anonymous] = body.requests;
    expect(first).toMatchObject({ seq: expect.any(Number), query: { page: '1', pageSize: '10' }, organizationId: expect.any(String), at: expect.any(String) });
    expect(anonymous.organizationId).toBeUndefined();
    const seqs = body.requests.map((entry: { seq: number }) => entry.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  });

  test('requests() gives the same log in-process, as copies', async () => {
    await billy(sandbox(), 'GET', '/contacts');
    const entries = sandbox().control.requests();
    expect(entries).toEqual([expect.objectContaining({ method: 'GET', path: '/v2/contacts', status: 200 })]);
    entries[0].status = 999;
    expect(sandbox().control.requests()[0].status).toBe(200);
  });

  test('DELETE /_sandbox/requests and clearRequests() empty the log', async () => {
    await billy(sandbox(), 'GET', '/contacts');
    expect((await control(sandbox(), 'DELETE', 'requests')).status).toBe(204);
    expect((await control(sandbox(), 'GET', 'requests')).body.requests).toEqual([]);
    await billy(sandbox(), 'GET', '/contacts');
    sandbox().control.clearRequests();
    expect(sandbox().control.requests()).toEqual([]);
  });
});

describe('control API', () => {
  const sandbox = useSandbox({ organizations: [{ token: 'other-token', name: 'Other ApS' }] });
  beforeEach(() => sandbox().control.reset());

  test('POST /_sandbox/seed and GET /_sandbox/state?token= work per organization, without a token header', async () => {
    const seeded = await control(sandbox(), 'POST', 'seed', {
      token: 'other-token',
      data: { contacts: [{ name: 'Seeded ApS', countryId: 'DK', contactPersons: [{ email: 'a@seeded.dk' }] }] },
    });
    expect(seeded.status).toBe(204);
    const other = (await control(sandbox(), 'GET', 'state?token=other-token')).body;
    expect(other.organization.name).toBe('Other ApS');
    expect(other.contacts).toEqual([expect.objectContaining({ name: 'Seeded ApS', id: expect.stringMatching(/^[A-Za-z0-9]{22}$/) })]);
    expect(other.contactPersons).toEqual([expect.objectContaining({ contactId: other.contacts[0].id })]);
    expect((await control(sandbox(), 'GET', 'state')).body.contacts).toEqual([]);
  });

  test('seed fills all three nested kinds and keeps given ids; state returns them as the API presents them', () => {
    seedBasics(sandbox());
    sandbox().control.seed({ invoices: [{ contactId: ids.acme, entryDate: '2025-01-01', lines: [{ productId: ids.consulting, unitPrice: 10 }] }] });
    const state = sandbox().control.state();
    expect(state.contacts.map((contact) => contact.id)).toEqual([ids.acme, ids.nordic]);
    expect(state.contactPersons).toHaveLength(1);
    expect(state.productPrices).toHaveLength(3);
    expect(state.invoices[0]).toMatchObject({ type: 'invoice', grossAmount: 12.5, downloadUrl: expect.stringContaining(sandbox().origin) });
    expect(state.invoiceLines).toHaveLength(1);
  });

  test('seed refuses invalid data: an error in-process, 400 over HTTP, and nothing is stored', async () => {
    expect(() => sandbox().control.seed({ contacts: [{ name: 'No Country' }] })).toThrow(/countryId/);
    const answer = await control(sandbox(), 'POST', 'seed', { data: { contacts: [{ name: 'Ok', countryId: 'DK' }], invoices: [{ contactId: 'missing' }] } });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/invoice/);
    expect(sandbox().control.state().contacts).toHaveLength(0);
    expect(() => sandbox().control.seed({}, 'no-such-token')).toThrow();
  });

  test('state() is a deep copy', () => {
    seedBasics(sandbox());
    const state = sandbox().control.state();
    state.contacts[0].name = 'Mutated';
    expect(sandbox().control.state().contacts[0].name).toBe('Acme ApS');
  });

  test('reset empties every organization but keeps organizations and tokens; it clears log, faults and latency and restarts numbering', async () => {
    seedBasics(sandbox());
    seedBasics(sandbox(), 'other-token');
    await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody({ state: 'approved' }) });
    sandbox().control.setLatency(60_000);
    sandbox().control.scriptFaults([{ kind: 'server_error', times: 5 }]);
    sandbox().control.revokeToken('other-token');

    expect((await control(sandbox(), 'POST', 'reset')).status).toBe(204);

    expect(sandbox().control.requests()).toEqual([]);
    expect(sandbox().control.state().contacts).toEqual([]);
    expect(sandbox().control.state('other-token').contacts).toEqual([]);
    const organization = await billy(sandbox(), 'GET', '/organization');
    expect(organization.status).toBe(200);
    expect(organization.body.organization.nextInvoiceNo).toBe(1);
    expect((await billy(sandbox(), 'GET', '/organization', { token: 'other-token' })).status).toBe(200);
    expect((await billy(sandbox(), 'GET', '/countries/DK')).status).toBe(200);
  });

  test('PUT /_sandbox/latency and PUT /_sandbox/switches check their input', async () => {
    expect((await control(sandbox(), 'PUT', 'latency', { ms: -5 })).status).toBe(400);
    expect((await control(sandbox(), 'PUT', 'latency', { ms: 0 })).status).toBe(204);
    expect((await control(sandbox(), 'PUT', 'switches', { validationStatus: 418 })).status).toBe(400);
    expect((await control(sandbox(), 'PUT', 'switches', { colour: 'blue' })).status).toBe(400);
  });

  test('PUT /_sandbox/switches changes behaviour for later requests', async () => {
    expect((await control(sandbox(), 'PUT', 'switches', { validationStatus: 422 })).status).toBe(204);
    expect((await billy(sandbox(), 'POST', '/contacts', { body: { contact: {} } })).status).toBe(422);
    await control(sandbox(), 'PUT', 'switches', { validationStatus: 400 });
    expect((await billy(sandbox(), 'POST', '/contacts', { body: { contact: {} } })).status).toBe(400);
  });

  test('unknown control routes answer 404; malformed control bodies answer 400', async () => {
    expect((await control(sandbox(), 'GET', 'nothing-here')).status).toBe(404);
    const response = await fetch(`${sandbox().origin}/_sandbox/seed`, { method: 'POST', body: 'not json' });
    expect(response.status).toBe(400);
  });
});
