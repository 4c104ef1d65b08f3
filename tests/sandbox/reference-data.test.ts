import { billy, useSandbox } from './support';

describe('reference data', () => {
  const sandbox = useSandbox();
  const idsOf = async (path: string, root: string): Promise<string[]> =>
    (await billy(sandbox(), 'GET', path)).body[root].map((record: { id: string }) => record.id);

  test('countries are ISO-2 codes, readable one by one', async () => {
    expect(await idsOf('/countries', 'countries')).toEqual(expect.arrayContaining(['DK', 'SE', 'NO', 'DE', 'GB', 'US', 'FR', 'NL']));
    const { body } = await billy(sandbox(), 'GET', '/countries/DK');
    expect(body.country).toMatchObject({ id: 'DK', name: 'Denmark', localeId: 'da_DK' });
  });

  test('currencies are DKK, EUR, USD, SEK, NOK and GBP', async () => {
    expect((await idsOf('/currencies', 'currencies')).sort()).toEqual(['DKK', 'EUR', 'GBP', 'NOK', 'SEK', 'USD']);
  });

  test('locales are da_DK, en_US, de_DE, fr_FR, nl_NL and sv_SE', async () => {
    expect((await idsOf('/locales', 'locales')).sort()).toEqual(['da_DK', 'de_DE', 'en_US', 'fr_FR', 'nl_NL', 'sv_SE']);
  });

  test('the organization’s default sales account is "Salg af varer/ydelser m/moms" in a Danish chart of accounts', async () => {
    const { organization } = (await billy(sandbox(), 'GET', '/organization')).body;
    const { body } = await billy(sandbox(), 'GET', `/accounts/${organization.defaultSalesAccountId}`);
    expect(body.account).toMatchObject({ name: 'Salg af varer/ydelser m/moms', accountNo: 1110, natureId: 'revenue', currencyId: 'DKK' });
    const accounts = (await billy(sandbox(), 'GET', '/accounts?sortProperty=accountNo')).body.accounts;
    expect(accounts.map((account: { name: string }) => account.name)).toEqual(expect.arrayContaining(['Bank', 'Debitorer', 'Salgsmoms']));
    const payable = (await billy(sandbox(), 'GET', '/accounts?isPaymentEnabled=true&sortProperty=accountNo')).body.accounts;
    expect(payable.map((account: { name: string }) => account.name)).toEqual(['Bank', 'Kasse']);
  });

  test('the default sales tax ruleset "Moms" falls back to the 25 % "Salgsmoms" rate', async () => {
    const { organization } = (await billy(sandbox(), 'GET', '/organization')).body;
    const { body } = await billy(sandbox(), 'GET', `/salesTaxRulesets/${organization.defaultSalesTaxRulesetId}?include=salesTaxRuleset.fallbackTaxRate:embed`);
    expect(body.salesTaxRuleset).toMatchObject({ name: 'Moms', fallbackTaxRate: { name: 'Salgsmoms', rate: 0.25, appliesToSales: true } });
    const rates = (await billy(sandbox(), 'GET', '/taxRates')).body.taxRates;
    expect(rates).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Salgsmoms', rate: 0.25 })]));
  });

  test.each(['countries', 'currencies', 'locales', 'accounts', 'salesTaxRulesets', 'taxRates'])(
    'writes to %s answer 405 METHOD_NOT_ALLOWED',
    async (resource) => {
      for (const [method, path] of [['POST', `/${resource}`], ['PUT', `/${resource}/DK`], ['DELETE', `/${resource}/DK`]]) {
        const { status, body } = await billy(sandbox(), method, path, { body: { record: {} } });
        expect(status).toBe(405);
        expect(body).toMatchObject({ meta: { statusCode: 405, success: false }, errorCode: 'METHOD_NOT_ALLOWED' });
      }
    },
  );

  test('the organization itself is read-only here: PUT answers 405', async () => {
    expect((await billy(sandbox(), 'PUT', '/organization', { body: { organization: { name: 'X' } } })).body.errorCode).toBe('METHOD_NOT_ALLOWED');
  });
});
