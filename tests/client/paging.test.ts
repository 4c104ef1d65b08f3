/** iteratePages streams a list page by page, one request per page. */
import type { BillyClient } from '../../server/src/billy';
import { clientFor, openSandbox, type Sandbox } from './sandbox-harness';

let sandbox: Sandbox;
let billy: BillyClient;

beforeAll(async () => {
  sandbox = await openSandbox();
  billy = clientFor(sandbox);
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.control.reset());

const contacts = (count: number, prefix = 'C') =>
  Array.from({ length: count }, (_, i) => ({ name: `${prefix} ${String(i).padStart(4, '0')}`, countryId: 'DK', contactNo: `${prefix}-${i}` }));

const listRequests = () => sandbox.control.requests().filter((r) => r.method === 'GET' && r.path === '/v2/contacts');

it('streams 1001 records as a page of 1000 and a page of 1, in two requests', async () => {
  sandbox.control.seed({ contacts: contacts(1001) });
  sandbox.control.clearRequests();

  const sizes: number[] = [];
  const ids = new Set<string>();
  for await (const page of billy.contacts.iteratePages()) {
    sizes.push(page.length);
    page.forEach((c) => ids.add(c.id));
  }

  expect(sizes).toEqual([1000, 1]);
  expect(ids.size).toBe(1001);
  expect(listRequests().map((r) => [r.query.page, r.query.pageSize])).toEqual([
    ['1', '1000'],
    ['2', '1000'],
  ]);
});

it('keeps filters and sorting on every page, and honours a smaller page size', async () => {
  sandbox.control.seed({ contacts: [...contacts(5, 'A'), ...contacts(3, 'B')] });
  sandbox.control.clearRequests();

  const pages: string[][] = [];
  for await (const page of billy.contacts.iteratePages({ q: 'A', pageSize: 2, sortProperty: 'name', sortDirection: 'DESC' })) {
    pages.push(page.map((c) => c.name ?? ''));
  }

  expect(pages).toEqual([['A 0004', 'A 0003'], ['A 0002', 'A 0001'], ['A 0000']]);
  expect(listRequests()).toHaveLength(3);
  expect(listRequests().every((r) => r.query.q === 'A' && r.query.sortDirection === 'DESC')).toBe(true);
});

it('sends no further request when the caller stops early', async () => {
  sandbox.control.seed({ contacts: contacts(5) });
  sandbox.control.clearRequests();
  for await (const page of billy.contacts.iteratePages({ pageSize: 2 })) {
    expect(page).toHaveLength(2);
    break;
  }
  expect(listRequests()).toHaveLength(1);
});

it('yields nothing for an empty list, after one request', async () => {
  const pages: unknown[] = [];
  for await (const page of billy.contacts.iteratePages()) pages.push(page);
  expect(pages).toEqual([]);
  expect(listRequests()).toHaveLength(1);
});

it('reports paging of a single list call', async () => {
  sandbox.control.seed({ contacts: contacts(5) });
  const { records, paging } = await billy.contacts.list({ page: 2, pageSize: 2 });
  expect(records).toHaveLength(2);
  expect(paging).toEqual({ page: 2, pageSize: 2, pageCount: 3, total: 5 });
});
