import type { BillyClient, BillyContact } from '../../../server/src/billy';
import { RemoteData } from '../../../server/src/sync/remote/remote-data';

const contacts = [
  { id: 'c1', type: 'company', name: 'Acme', countryId: 'DK', contactPersons: [{ id: 'p1', name: 'Ann', email: 'ann@acme.dk', isPrimary: false }] },
  { id: 'c2', type: 'person', name: 'Bo', countryId: 'DK', contactPersons: [] },
] as unknown as BillyContact[];

/** A client whose contact list is one page, counting how often it is paged through. */
const countingClient = () => {
  const reads = { contacts: 0 };
  const client = {
    contacts: {
      async *iteratePages() {
        reads.contacts += 1;
        yield contacts;
      },
    },
  } as unknown as BillyClient;
  return { client, reads };
};

describe('RemoteData', () => {
  it('reads the contact list once and makes its companies and persons once, however often a run asks', async () => {
    const { client, reads } = countingClient();
    const remote = new RemoteData(client);
    // A full run asks at its start (the prefetch), and each phase asks again.
    const [companies, persons] = await Promise.all([remote.companies(), remote.persons()]);
    expect(await remote.companies()).toBe(companies);
    expect(await remote.persons()).toBe(persons);
    expect(reads.contacts).toBe(1);
    expect(companies.map((item) => item.billyId)).toEqual(['c1']);
    expect(persons.map((item) => [item.resource, item.billyId])).toEqual([
      ['contacts', 'c2'],
      ['contactPersons', 'p1'],
    ]);
  });
});
