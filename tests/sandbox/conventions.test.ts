import { billy, draftInvoiceBody, ids, seedBasics, useSandbox } from './support';

/** Envelopes, formats and error answers shared by every resource (billy-api.md §0.1, §2.1, §3.1). */
describe('envelopes and errors', () => {
  const sandbox = useSandbox();
  beforeEach(() => {
    sandbox().control.reset();
    seedBasics(sandbox());
  });

  test('GET one: singular root key and meta without paging', async () => {
    const { status, body } = await billy(sandbox(), 'GET', `/contacts/${ids.acme}`);
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['contact', 'meta']);
    expect(body.meta).toEqual({ statusCode: 200, success: true, time: expect.any(Number) });
    expect(body.contact).toMatchObject({ id: ids.acme, name: 'Acme ApS' });
  });

  test('list: plural root key and meta.paging { page, pageSize, pageCount, total }', async () => {
    const { body } = await billy(sandbox(), 'GET', '/contacts');
    expect(body.contacts).toHaveLength(2);
    expect(body.meta).toEqual({
      statusCode: 200,
      success: true,
      paging: { page: 1, pageSize: 1000, pageCount: 1, total: 2 },
      time: expect.any(Number),
    });
  });

  test('POST answers every changed record under plural keys', async () => {
    const { body } = await billy(sandbox(), 'POST', '/contacts', {
      body: { contact: { name: 'Beta ApS', countryId: 'DK', contactPersons: [{ name: 'Bo', email: 'bo@beta.dk' }] } },
    });
    expect(Object.keys(body).sort()).toEqual(['contactPersons', 'contacts', 'meta']);
    expect(body.contacts).toEqual([expect.objectContaining({ name: 'Beta ApS' })]);
    expect(body.contactPersons).toEqual([expect.objectContaining({ contactId: body.contacts[0].id, email: 'bo@beta.dk' })]);
  });

  test('creating an invoice answers invoices and invoiceLines', async () => {
    const { body } = await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody() });
    expect(body.invoices).toHaveLength(1);
    expect(body.invoiceLines).toEqual([expect.objectContaining({ invoiceId: body.invoices[0].id, productId: ids.consulting })]);
  });

  test('PUT is partial: fields left out keep their values, and the answer lists the changed record', async () => {
    const { body } = await billy(sandbox(), 'PUT', `/contacts/${ids.acme}`, { body: { contact: { phone: '+45 12 34 56 78' } } });
    expect(body.contacts).toEqual([expect.objectContaining({ id: ids.acme, name: 'Acme ApS', contactNo: 'C-100', phone: '+45 12 34 56 78' })]);
  });

  test('DELETE reports meta.deletedRecords and is idempotent: a second DELETE and an unknown id answer 200', async () => {
    const first = await billy(sandbox(), 'DELETE', `/contacts/${ids.nordic}`);
    expect(first.status).toBe(200);
    expect(first.body.meta).toEqual({ statusCode: 200, success: true, deletedRecords: { contacts: [ids.nordic] }, time: expect.any(Number) });
    expect((await billy(sandbox(), 'GET', `/contacts/${ids.nordic}`)).status).toBe(404);

    const again = await billy(sandbox(), 'DELETE', `/contacts/${ids.nordic}`);
    expect(again.status).toBe(200);
    expect(again.body.meta.deletedRecords).toEqual({ contacts: [ids.nordic] });
    expect((await billy(sandbox(), 'DELETE', '/contacts/NoSuchContact000000000')).status).toBe(200);
  });

  test('bulk DELETE takes ids[]; without ids it answers 400 INVALID_DELETE_ID_ARRAY', async () => {
    const { body } = await billy(sandbox(), 'DELETE', `/contacts?ids[]=${ids.acme}&ids[]=${ids.nordic}`);
    expect(body.meta.deletedRecords.contacts).toEqual([ids.acme, ids.nordic]);
    expect((await billy(sandbox(), 'GET', '/contacts')).body.contacts).toEqual([]);

    const { status, body: error } = await billy(sandbox(), 'DELETE', '/contacts');
    expect(status).toBe(400);
    expect(error.errorCode).toBe('INVALID_DELETE_ID_ARRAY');
  });

  test('ids are opaque 22-character strings, datetimes have no timezone, amounts are numbers', async () => {
    const { body } = await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody() });
    const [invoice] = body.invoices;
    expect(invoice.id).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(invoice.createdTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(typeof invoice.amount).toBe('number');
    expect(typeof body.invoiceLines[0].unitPrice).toBe('number');
  });

  test.each([
    ['a body that is not JSON', '{"contact": '],
    ['a JSON array', '[{"name": "x"}]'],
    ['a body without the singular root key', '{"name": "Acme", "countryId": "DK"}'],
    ['a root key that is not an object', '{"contact": "Acme"}'],
  ])('%s answers 400 INVALID_REQUEST_BODY', async (_case, rawBody) => {
    const { status, body } = await billy(sandbox(), 'POST', '/contacts', { rawBody });
    expect(status).toBe(400);
    expect(body).toEqual({ meta: { statusCode: 400, success: false }, errorCode: 'INVALID_REQUEST_BODY', errorMessage: expect.any(String), helpUrl: expect.any(String) });
  });

  test('an unknown id answers 404 RECORD_NOT_FOUND on GET and PUT', async () => {
    for (const method of ['GET', 'PUT']) {
      const body = method === 'PUT' ? { product: { name: 'x' } } : undefined;
      const answer = await billy(sandbox(), method, '/products/NoSuchProduct000000000', { body });
      const { status } = answer;
      expect(status).toBe(404);
      expect(answer.body).toMatchObject({ meta: { statusCode: 404, success: false }, errorCode: 'RECORD_NOT_FOUND' });
    }
  });

  test('unknown paths answer 404 UNKNOWN_RESOURCE', async () => {
    for (const path of ['/webhooks', `/invoices/${ids.acme}/approve`, '/../contacts']) {
      expect((await billy(sandbox(), 'GET', path)).body.errorCode).toBe('UNKNOWN_RESOURCE');
    }
  });

  test('methods a path does not support answer 405 METHOD_NOT_ALLOWED', async () => {
    const attempts: Array<[string, string]> = [['PUT', '/contacts'], ['POST', `/contacts/${ids.acme}`], ['PATCH', '/contacts']];
    for (const [method, path] of attempts) {
      const { status, body } = await billy(sandbox(), method, path, { body: { contact: { name: 'x' } } });
      expect(status).toBe(405);
      expect(body.errorCode).toBe('METHOD_NOT_ALLOWED');
    }
  });

  test('a validation failure answers 400 INVALID_RECORD with validationErrors keyed by the record name', async () => {
    const { status, body } = await billy(sandbox(), 'POST', '/contacts', { body: { contact: { countryId: 'DK' } } });
    expect(status).toBe(400);
    expect(body).toEqual({
      meta: { statusCode: 400, success: false },
      errorCode: 'INVALID_RECORD',
      errorMessage: expect.stringContaining('name'),
      helpUrl: expect.any(String),
      validationErrors: { contact: { message: expect.any(String), attributes: { name: 'is required' } } },
    });
  });

  test('with the validationStatus switch at 422, the same failure answers 422 with the same body', async () => {
    sandbox().control.setSwitches({ validationStatus: 422 });
    try {
      const { status, body } = await billy(sandbox(), 'POST', '/contacts', { body: { contact: { countryId: 'DK' } } });
      expect(status).toBe(422);
      expect(body).toMatchObject({ meta: { statusCode: 422, success: false }, errorCode: 'INVALID_RECORD', validationErrors: { contact: { attributes: { name: 'is required' } } } });
    } finally {
      sandbox().control.setSwitches({ validationStatus: 400 });
    }
  });

  test('a PUT whose body id differs from the URL id is an INVALID_RECORD', async () => {
    const { status, body } = await billy(sandbox(), 'PUT', `/contacts/${ids.acme}`, { body: { contact: { id: ids.nordic, name: 'x' } } });
    expect(status).toBe(400);
    expect(body.validationErrors.contact.attributes).toEqual({ id: 'must match the id in the URL' });
  });

  test('organizationId in a body must be the token’s organization', async () => {
    const { body } = await billy(sandbox(), 'POST', '/contacts', { body: { contact: { name: 'x', countryId: 'DK', organizationId: 'SomeOtherOrganization0' } } });
    expect(body.validationErrors.contact.attributes).toHaveProperty('organizationId');
  });
});
