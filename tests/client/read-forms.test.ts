/**
 * The sync's reads hold whichever form Billy answers in: persons and prices embedded or read
 * separately, and lookup filters honoured or ignored (the sandbox switches serve each form).
 */
import { contactsAdapter } from '../../server/src/sync/adapters/contacts';
import { invoicesAdapter } from '../../server/src/sync/adapters/invoices';
import { organizationsAdapter } from '../../server/src/sync/adapters/organizations';
import { productsAdapter } from '../../server/src/sync/adapters/products';
import { RemoteData } from '../../server/src/sync/remote/remote-data';
import { clientFor, openSandbox, type Sandbox } from './sandbox-harness';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await openSandbox();
});
afterAll(() => sandbox.close());

const seed = () => {
  sandbox.control.reset();
  sandbox.control.seed({
    contacts: [
      { id: 'Company000000000000001', type: 'company', name: 'Acme ApS', countryId: 'DK', contactNo: 'strapi-a', contactPersons: [{ id: 'Primary000000000000001', name: 'Acme', email: 'info@acme.dk', isPrimary: true }, { id: 'Person0000000000000001', name: 'Jens', email: 'jens@acme.dk' }] },
      { id: 'Private000000000000001', type: 'person', name: 'Bo Berg', countryId: 'DK', contactNo: 'strapi-b', contactPersons: [{ name: 'Bo Berg', email: 'bo@berg.dk', isPrimary: true }] },
    ],
    products: [
      { id: 'Product000000000000001', name: 'Time', productNo: 'strapi-p1', prices: [{ currencyId: 'DKK', unitPrice: 900 }, { currencyId: 'EUR', unitPrice: 120 }] },
      { id: 'Product000000000000002', name: 'Licens', productNo: 'strapi-p2', prices: [{ currencyId: 'DKK', unitPrice: 100 }] },
    ],
    invoices: [{ contactId: 'Company000000000000001', entryDate: '2026-01-05', externalId: 'strapi-i1', lines: [{ productId: 'Product000000000000001', unitPrice: 900 }] }],
  });
};

/** What the sync sees of Billy's book: each person with its email and contact, each product with its prices. */
const readBook = async () => {
  const remote = new RemoteData(clientFor(sandbox));
  const [companies, persons, products] = await Promise.all([remote.companies(), remote.persons(), remote.products()]);
  return {
    companies: companies.map((item) => [item.billyId, item.view.email]),
    persons: persons.map((item) => [item.resource, item.view.name, item.view.email, item.view.contactId]),
    products: products.map((item) => [item.view.productNo, item.view.prices]),
  };
};

describe('reads that do not depend on one response shape', () => {
  beforeEach(() => {
    sandbox.control.setSwitches({ embedsChildren: true, honoursKeyFilters: true });
    seed();
  });

  it('persons and prices read the same whether Billy embeds them or they must be read separately', async () => {
    const embedded = await readBook();
    expect(embedded.persons).toContainEqual(['contactPersons', 'Jens', 'jens@acme.dk', 'Company000000000000001']);
    expect(embedded.companies).toEqual([['Company000000000000001', 'info@acme.dk']]);
    expect(embedded.products[0]).toEqual(['strapi-p1', [{ currencyId: 'DKK', unitPrice: 900 }, { currencyId: 'EUR', unitPrice: 120 }]]);
    sandbox.control.clearRequests();
    sandbox.control.setSwitches({ embedsChildren: false });
    expect(await readBook()).toEqual(embedded);
    // One read per contact and per product for the children Billy left out.
    const paths = sandbox.control.requests().map((request) => request.path);
    expect(paths.filter((path) => path === '/v2/contactPersons')).toHaveLength(2);
    expect(paths.filter((path) => path === '/v2/productPrices')).toHaveLength(2);
  });

  it('a single record read back holds its children in either form', async () => {
    const client = clientFor(sandbox);
    sandbox.control.setSwitches({ embedsChildren: false });
    expect((await organizationsAdapter.fetch(client, 'Company000000000000001', 'contacts'))?.view.email).toBe('info@acme.dk');
    expect((await productsAdapter.fetch(client, 'Product000000000000002', 'products'))?.view.prices).toEqual([{ currencyId: 'DKK', unitPrice: 100 }]);
  });

  it('a lookup by key Billy ignores adopts only the record that carries the key', async () => {
    const client = clientFor(sandbox);
    sandbox.control.setSwitches({ honoursKeyFilters: false });
    expect((await organizationsAdapter.findByKey(client, 'strapi-zzz', {}, 'contacts'))).toBeNull();
    expect((await contactsAdapter.findByKey(client, 'strapi-b', {}, 'contacts'))?.billyId).toBe('Private000000000000001');
    expect((await productsAdapter.findByKey(client, 'strapi-p2', {}, 'products'))?.billyId).toBe('Product000000000000002');
    expect(await productsAdapter.findByKey(client, 'strapi-p9', {}, 'products')).toBeNull();
    expect(await invoicesAdapter.findByKey(client, 'strapi-i9', {}, 'invoices')).toBeNull();
    expect((await invoicesAdapter.findByKey(client, 'strapi-i1', {}, 'invoices'))?.view.externalId).toBe('strapi-i1');
  });
});
