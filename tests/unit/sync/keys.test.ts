import { defaultMappingPairs } from '../../../server/src/sync/mapping';
import { ADAPTERS } from '../../../server/src/sync/adapters';
import { generatedKey, keyFor } from '../../../server/src/sync/keys';
import { pairRecords } from '../../../server/src/sync/pairing';
import type { RemoteItem } from '../../../server/src/sync/remote/items';
import { LinkRefs } from '../../../server/src/sync/refs';
import type { SyncLinkRow } from '../../../server/src/services/sync-links';

const org = (id: number, fields: Record<string, unknown> = {}) => ({ id, documentId: `doc${id}`, name: `Org ${id}`, country: 'DK', ...fields });
const billyCompany = (billyId: string, contactNo: string | null, name = 'Someone Else'): RemoteItem => ({
  billyId, resource: 'contacts', view: { name, contactNo, countryId: 'DK' }, archived: false, locked: false,
});

describe('generated customer and product numbers', () => {
  it('is a short readable number per module, from the row id', () => {
    expect(generatedKey('organizations', { id: 123, documentId: 'ruq4uhm3kdlxy0zh22nkuu5z' })).toBe('C-000123');
    expect(generatedKey('contacts', { id: 7, documentId: 'x' })).toBe('CP-000007');
    expect(generatedKey('products', { id: 45, documentId: 'y' })).toBe('P-000045');
    expect(generatedKey('products', { id: 1234567, documentId: 'y' })).toBe('P-1234567');
    // the invoice's externalId is no customer's number: it keeps the documentId
    expect(generatedKey('invoices', { id: 9, documentId: 'inv9' })).toBe('strapi-inv9');
  });

  it('is the same on every call for one document', () => {
    const doc = { id: 42, documentId: 'abc' };
    expect(keyFor('organizations', '', null, doc, new Set())).toEqual(keyFor('organizations', null, undefined, { ...doc }, new Set()));
    expect(keyFor('organizations', '  ', null, doc, new Set()).key).toBe('C-000042');
  });

  it('prefers the user\'s number, then the number an earlier attempt promised, and only then a fresh one', () => {
    const doc = { id: 42, documentId: 'abc' };
    expect(keyFor('organizations', ' K-9 ', 'C-000042', doc, new Set())).toEqual({ key: 'K-9', source: 'own', matches: true });
    // an existing link keeps its old key: Billy's record is not renumbered
    expect(keyFor('organizations', null, 'strapi-abc', doc, new Set())).toEqual({ key: 'strapi-abc', source: 'promised', matches: true });
    expect(keyFor('organizations', null, null, doc, new Set(['C-000042', 'C-000042-2']))).toEqual({ key: 'C-000042-3', source: 'fresh', matches: false });
    // an invoice's externalId names its document: whoever carries it in Billy is this invoice
    expect(keyFor('invoices', null, null, doc, new Set())).toEqual({ key: 'strapi-abc', source: 'fresh', matches: true });
  });
});

describe('pairing with generated numbers', () => {
  const adapter = ADAPTERS.organizations;
  const fieldPairs = defaultMappingPairs('organizations');
  const context = { refs: new LinkRefs([]), invoicePriorityModule: 'organizations' as const };
  const options = { orphansOf: () => true, retryRefused: false };
  const linksOf = (...links: SyncLinkRow[]) => ({ own: new Map(links.map((link) => [link.targetDocumentId, link])), claims: links });
  const intent = (documentId: string, syncKey: string): SyncLinkRow => ({
    id: 1, module: 'organizations', targetDocumentId: documentId, billyId: null, billyResource: 'contacts', syncKey, state: 'pending',
    localHash: null, remoteHash: null, baseSnapshot: null, attempts: 1, lastError: null, refusal: null, formerTwins: null, intentAt: 'x', lastSyncedAt: null,
  });

  it('finds a create whose answer was lost by the number its intent promised', () => {
    const lost = billyCompany('B1', 'C-000005', 'Org 5');
    const { pairs: [pair] } = pairRecords(adapter, fieldPairs, context, [org(5)], [lost], linksOf(intent('doc5', 'C-000005')), options);
    expect(pair).toMatchObject({ key: 'C-000005', remote: { billyId: 'B1' } });
  });

  it('never adopts someone else\'s Billy record for a number no attempt has carried, and picks a free one', () => {
    const foreign = billyCompany('B1', 'C-000005');
    const { pairs: [pair], unclaimed } = pairRecords(adapter, fieldPairs, context, [org(5)], [foreign], linksOf(), options);
    expect(pair.remote).toBeNull();
    expect(pair.key).toBe('C-000005-2');
    expect(unclaimed.map((item) => item.billyId)).toEqual(['B1']);
  });

  it('gives no two new documents of a phase the same number, nor one a user typed', () => {
    const { pairs: paired } = pairRecords(adapter, fieldPairs, context, [org(5), org(6, { customerNo: 'C-000005' })], [], linksOf(), options);
    expect(paired.map((pair) => pair.key)).toEqual(['C-000005-2', 'C-000005']);
  });
});
