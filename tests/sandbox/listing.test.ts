import { billy, draftInvoiceBody, ids, seedBasics, useSandbox } from './support';

/** Paging, sorting and include= (billy-api.md §2.2, §2.4, §2.5). */
describe('listing', () => {
  const sandbox = useSandbox();
  const names = async (path: string): Promise<string[]> =>
    (await billy(sandbox(), 'GET', path)).body.contacts.map((contact: { name: string }) => contact.name);

  beforeAll(() => {
    sandbox().control.seed({
      contacts: ['Øresund A/S', 'Bravo', 'alpha', 'Charlie', 'Delta'].map((name) => ({ name, countryId: 'DK' })),
    });
  });

  test('page and pageSize select a page; meta.paging carries counts and links', async () => {
    const { body } = await billy(sandbox(), 'GET', '/contacts?pageSize=2&page=2');
    expect(body.contacts.map((contact: { name: string }) => contact.name)).toEqual(['alpha', 'Charlie']);
    expect(body.meta.paging).toMatchObject({ page: 2, pageSize: 2, pageCount: 3, total: 5 });
    expect(body.meta.paging.nextUrl).toBe(`${sandbox().apiUrl}/contacts?pageSize=2&page=3`);
    expect(body.meta.paging.previousUrl).toBe(`${sandbox().apiUrl}/contacts?pageSize=2&page=1`);
    expect(body.meta.paging.firstUrl).toContain('page=1');
    expect(body.meta.paging.lastUrl).toContain('page=3');

    const last = (await billy(sandbox(), 'GET', '/contacts?pageSize=2&page=3')).body;
    expect(last.contacts).toHaveLength(1);
    expect(last.meta.paging.nextUrl).toBeUndefined();
  });

  test('pageSize defaults to 1000', async () => {
    expect((await billy(sandbox(), 'GET', '/contacts')).body.meta.paging.pageSize).toBe(1000);
  });

  test.each(['pageSize=1001', 'pageSize=0', 'page=0', 'page=abc'])('%s answers 400', async (query) => {
    const { status, body } = await billy(sandbox(), 'GET', `/contacts?${query}`);
    expect(status).toBe(400);
    expect(body.meta).toEqual({ statusCode: 400, success: false });
  });

  test('sortProperty with sortDirection ASC (the default) or DESC; text sorts the Danish way', async () => {
    expect(await names('/contacts?sortProperty=name')).toEqual(['alpha', 'Bravo', 'Charlie', 'Delta', 'Øresund A/S']);
    expect(await names('/contacts?sortProperty=name&sortDirection=DESC')).toEqual(['Øresund A/S', 'Delta', 'Charlie', 'Bravo', 'alpha']);
  });

  test('an unknown sortProperty or sortDirection answers 400', async () => {
    expect((await billy(sandbox(), 'GET', '/contacts?sortProperty=shoeSize')).status).toBe(400);
    expect((await billy(sandbox(), 'GET', '/contacts?sortProperty=name&sortDirection=UP')).status).toBe(400);
  });

  describe('with invoices', () => {
    beforeAll(async () => {
      seedBasics(sandbox());
      await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody({ contactId: ids.nordic }) });
      await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody() });
    });

    test('invoices sort by contact.name', async () => {
      const { body } = await billy(sandbox(), 'GET', '/invoices?sortProperty=contact.name');
      expect(body.invoices.map((invoice: { contactId: string }) => invoice.contactId)).toEqual([ids.acme, ids.nordic]);
    });

    test('lines are left out unless included', async () => {
      const { body } = await billy(sandbox(), 'GET', '/invoices');
      expect(body.invoices[0].lines).toBeUndefined();
      expect(body.invoices[0].lineIds).toBeUndefined();
      expect(body.invoiceLines).toBeUndefined();
    });

    test('include=invoice.lines:embed nests the lines in each invoice', async () => {
      const { body } = await billy(sandbox(), 'GET', '/invoices?include=invoice.lines:embed');
      for (const invoice of body.invoices) expect(invoice.lines).toEqual([expect.objectContaining({ invoiceId: invoice.id, productId: ids.consulting })]);
      expect(body.invoiceLines).toBeUndefined();
    });

    test('sideload (the default mode) puts ids on the parent and the records once under their plural key', async () => {
      const { body } = await billy(sandbox(), 'GET', '/invoices?include=invoice.lines,invoice.contact:sideload');
      expect(body.invoiceLines).toHaveLength(2);
      expect(body.invoices[0].lineIds).toEqual([body.invoiceLines[0].id]);
      expect(body.contacts.map((contact: { id: string }) => contact.id).sort()).toEqual([ids.acme, ids.nordic].sort());
    });

    test('includes chain through sideloaded records (contact.country:embed)', async () => {
      const { body } = await billy(sandbox(), 'GET', '/invoices?include=invoice.contact:sideload,contact.country:embed');
      expect(body.contacts.find((contact: { id: string }) => contact.id === ids.nordic).country).toMatchObject({ id: 'DE', name: 'Germany' });
    });

    test('include works on a single record too', async () => {
      const { body } = await billy(sandbox(), 'GET', `/contacts/${ids.acme}?include=contact.contactPersons:embed`);
      expect(body.contact.contactPersons).toEqual([expect.objectContaining({ id: ids.acmePerson, name: 'Jens Hansen' })]);
    });

    test('an unknown include answers 400', async () => {
      expect((await billy(sandbox(), 'GET', '/invoices?include=invoice.colour:embed')).status).toBe(400);
    });
  });
});
