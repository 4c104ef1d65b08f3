import type { SyncedLink } from '../../../server/src/services/sync-links';
import type { RunContext } from '../../../server/src/sync/run-context';
import { SyncedLinks } from '../../../server/src/sync/synced-links';

const link = (billyId: string): SyncedLink => ({
  billyId,
  billyResource: 'contacts',
  syncKey: `strapi-${billyId}`,
  localHash: 'l',
  remoteHash: 'r',
  snapshot: { local: {}, remote: {} },
});

/** A link repository that records each batch it is asked to write. */
const recordingLinks = () => {
  const batches: string[][] = [];
  const links = {
    recordSyncedMany: jest.fn(async (_module: string, entries: ReadonlyArray<{ documentId: string }>) => {
      batches.push(entries.map((entry) => entry.documentId));
    }),
  } as unknown as RunContext['links'];
  return { links, batches };
};

describe('SyncedLinks', () => {
  it('writes a batch once it holds batchSize links, and the rest on flush, in the order added', async () => {
    const { links, batches } = recordingLinks();
    const synced = new SyncedLinks(links, 'organizations', 3);
    for (const id of ['a', 'b', 'c', 'd', 'e']) await synced.add(id, link(id));
    expect(batches).toEqual([['a', 'b', 'c']]);
    await synced.flush();
    expect(batches).toEqual([['a', 'b', 'c'], ['d', 'e']]);
  });

  it('writes nothing when nothing was added', async () => {
    const { links, batches } = recordingLinks();
    await new SyncedLinks(links, 'products', 3).flush();
    expect(batches).toEqual([]);
  });

  it('reports a refused write to the caller that flushes', async () => {
    const links = { recordSyncedMany: jest.fn().mockRejectedValue(new Error('database is locked')) } as unknown as RunContext['links'];
    const synced = new SyncedLinks(links, 'contacts', 10);
    await synced.add('a', link('a'));
    await expect(synced.flush()).rejects.toThrow('database is locked');
  });

  it('still writes the batches after a refused one', async () => {
    const written: string[][] = [];
    const recordSyncedMany = jest
      .fn()
      .mockRejectedValueOnce(new Error('database is locked'))
      .mockImplementation(async (_module: string, entries: ReadonlyArray<{ documentId: string }>) => void written.push(entries.map((entry) => entry.documentId)));
    const synced = new SyncedLinks({ recordSyncedMany } as unknown as RunContext['links'], 'contacts', 1);
    await expect(synced.add('a', link('a'))).rejects.toThrow('database is locked');
    await synced.add('b', link('b'));
    expect(written).toEqual([['b']]);
  });
});
