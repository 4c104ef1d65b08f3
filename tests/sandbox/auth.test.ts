import { billy, control, useSandbox } from './support';

describe('authentication and the organization', () => {
  const sandbox = useSandbox({
    organizations: [
      { token: 'second-token', name: 'Second ApS' },
      { token: 'revoked-in-process', name: 'Revoked One ApS' },
      { token: 'revoked-over-http', name: 'Revoked Two ApS' },
    ],
  });

  test('GET /v2/organization answers the token’s organization: a Danish default company', async () => {
    const { status, body } = await billy(sandbox(), 'GET', '/organization');
    expect(status).toBe(200);
    expect(body.meta).toEqual({ statusCode: 200, success: true, time: expect.any(Number) });
    expect(body.organization).toMatchObject({
      id: expect.stringMatching(/^[A-Za-z0-9]{22}$/),
      name: 'Sandbox ApS',
      baseCurrencyId: 'DKK',
      localeId: 'da_DK',
      countryId: 'DK',
      paymentTermsMode: 'net',
      paymentTermsDays: 8,
      defaultSalesAccountId: expect.any(String),
      defaultSalesTaxRulesetId: expect.any(String),
      defaultTaxMode: 'excl',
      invoiceNoMode: 'sequential',
      nextInvoiceNo: 1,
      hasVat: true,
      isLocked: false,
    });
  });

  test('without X-Access-Token: 401 AUTHENTICATION_REQUIRED in Billy’s error form', async () => {
    const { status, body } = await billy(sandbox(), 'GET', '/organization', { token: null });
    expect(status).toBe(401);
    expect(body).toEqual({
      meta: { statusCode: 401, success: false },
      errorCode: 'AUTHENTICATION_REQUIRED',
      errorMessage: expect.any(String),
      helpUrl: expect.any(String),
    });
  });

  test('with an unknown token: 401 OAUTH_INVALID_ACCESS_TOKEN', async () => {
    const { status, body } = await billy(sandbox(), 'GET', '/contacts', { token: 'not-a-token' });
    expect(status).toBe(401);
    expect(body.errorCode).toBe('OAUTH_INVALID_ACCESS_TOKEN');
  });

  test('countries, currencies and locales can be read without a token; organization data cannot', async () => {
    for (const path of ['/countries', '/currencies', '/locales']) {
      expect((await billy(sandbox(), 'GET', path, { token: null })).status).toBe(200);
    }
    for (const path of ['/accounts', '/taxRates', '/salesTaxRulesets', '/contacts']) {
      expect((await billy(sandbox(), 'GET', path, { token: null })).body.errorCode).toBe('AUTHENTICATION_REQUIRED');
    }
    expect((await billy(sandbox(), 'GET', '/countries', { token: 'not-a-token' })).body.errorCode).toBe('OAUTH_INVALID_ACCESS_TOKEN');
  });

  test('each token acts for its own organization, whose records the others never see', async () => {
    const created = await billy(sandbox(), 'POST', '/contacts', { token: 'second-token', body: { contact: { name: 'Only In Second', countryId: 'DK' } } });
    const contactId = created.body.contacts[0].id;
    const second = (await billy(sandbox(), 'GET', '/organization', { token: 'second-token' })).body.organization;
    const first = (await billy(sandbox(), 'GET', '/organization')).body.organization;

    expect(second.name).toBe('Second ApS');
    expect(second.id).not.toBe(first.id);
    expect(created.body.contacts[0].organizationId).toBe(second.id);
    expect((await billy(sandbox(), 'GET', '/contacts?q=Only')).body.meta.paging.total).toBe(0);
    expect((await billy(sandbox(), 'GET', `/contacts/${contactId}`)).status).toBe(404);
    expect((await billy(sandbox(), 'GET', `/contacts/${contactId}`, { token: 'second-token' })).status).toBe(200);
    expect(sandbox().control.state().contacts).toHaveLength(0);
    expect(sandbox().control.state('second-token').contacts).toHaveLength(1);
  });

  test('revokeToken: later requests with that token get 401 OAUTH_INVALID_ACCESS_TOKEN', async () => {
    expect((await billy(sandbox(), 'GET', '/organization', { token: 'revoked-in-process' })).status).toBe(200);
    sandbox().control.revokeToken('revoked-in-process');
    const { status, body } = await billy(sandbox(), 'GET', '/organization', { token: 'revoked-in-process' });
    expect(status).toBe(401);
    expect(body.errorCode).toBe('OAUTH_INVALID_ACCESS_TOKEN');
    expect((await billy(sandbox(), 'GET', '/organization')).status).toBe(200);
  });

  test('POST /_sandbox/revoke revokes a token over HTTP', async () => {
    expect((await control(sandbox(), 'POST', 'revoke', { token: 'revoked-over-http' })).status).toBe(204);
    expect((await billy(sandbox(), 'GET', '/organization', { token: 'revoked-over-http' })).body.errorCode).toBe('OAUTH_INVALID_ACCESS_TOKEN');
  });

  test('an unknown path asks for a token first, then answers 404 UNKNOWN_RESOURCE', async () => {
    expect((await billy(sandbox(), 'GET', '/webhooks', { token: null })).status).toBe(401);
    const { status, body } = await billy(sandbox(), 'GET', '/webhooks');
    expect(status).toBe(404);
    expect(body).toMatchObject({ meta: { statusCode: 404, success: false }, errorCode: 'UNKNOWN_RESOURCE' });
  });
});
