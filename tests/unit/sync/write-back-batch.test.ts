import type { RunRecordEntry } from '../../../contracts';
import type { SyncedLink } from '../../../server/src/services/sync-links';
import type { LocalDocument } from '../../../server/src/sync/mapping';
import { WriteBackBatch, type BatchWriter, type FinishedRecord } from '../../../server/src/sync/write-back-batch';

const entryOf = (documentId: string): RunRecordEntry => ({
  module: 'contacts',
  documentId,
  billyId: `billy-${documentId}`,
  direction: 'toBilly',
  outcome: 'created',
  reason: null,
  message: null,
});

/** A finished record; its merge base carries the name of the document it was computed from. */
const finished = (documentId: string, data: Record<string, unknown> | null = null): FinishedRecord => ({
  doc: { documentId, name: 'before' } as unknown as LocalDocument,
  data,
  linkOf: (saved): SyncedLink => ({
    billyId: `billy-${documentId}`,
    billyResource: 'contacts',
    syncKey: null,
    localHash: String(saved.name),
    remoteHash: 'r',
    snapshot: { local: {}, remote: {} },
  }),
  entry: entryOf(documentId),
});

/**
 * A database double with transactions that roll back: what a transaction wrote is kept only when
 * it commits. `refuse` names documents whose update fails; `down` fails every transaction.
 */
const fakeDatabase = (options: { refuse?: string[]; down?: boolean } = {}) => {
  const committed = { updates: [] as string[], links: [] as Array<{ documentId: string; localHash: string }>, transactions: 0, updateCalls: 0 };
  let open: { updates: string[]; links: Array<{ documentId: string; localHash: string }> } | null = null;
  const writer: BatchWriter = {
    async inTransaction(work) {
      if (options.down) throw new Error('database is locked');
      open = { updates: [], links: [] };
      try {
        await work();
        committed.updates.push(...open.updates);
        committed.links.push(...open.links);
        committed.transactions += 1;
      } finally {
        open = null;
      }
    },
    async updateAll(writes) {
      committed.updateCalls += 1;
      return writes.map(({ before, data }) => {
        if (options.refuse?.includes(before.documentId)) throw Object.assign(new Error('name must be shorter'), { name: 'ValidationError' });
        open?.updates.push(before.documentId);
        return { ...before, ...data };
      });
    },
    async recordSyncedMany(entries) {
      open?.links.push(...entries.map(({ documentId, link }) => ({ documentId, localHash: link.localHash })));
    },
  };
  const written: string[] = [];
  const failed: Array<{ documentId: string | null; message: string }> = [];
  const outcomes = {
    written: async (entry: RunRecordEntry) => void written.push(entry.documentId as string),
    failed: async (entry: RunRecordEntry, error: unknown) => void failed.push({ documentId: entry.documentId, message: (error as Error).message }),
  };
  return { writer, outcomes, committed, written, failed };
};

describe('WriteBackBatch', () => {
  it('writes a batch in one transaction once it holds batchSize records, and the rest on flush, in the order added', async () => {
    const db = fakeDatabase();
    const batch = new WriteBackBatch(db.writer, db.outcomes, 3);
    for (const id of ['a', 'b', 'c', 'd', 'e']) await batch.add(finished(id));
    expect(db.committed.transactions).toBe(1);
    expect(db.committed.links.map((link) => link.documentId)).toEqual(['a', 'b', 'c']);
    await batch.flush();
    expect(db.committed.transactions).toBe(2);
    expect(db.committed.links.map((link) => link.documentId)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('logs a record only once its batch is written', async () => {
    const db = fakeDatabase();
    const batch = new WriteBackBatch(db.writer, db.outcomes, 10);
    await batch.add(finished('a'));
    expect(db.written).toEqual([]);
    await batch.flush();
    expect(db.written).toEqual(['a']);
  });

  it('sets Billy’s values on the document first and takes the merge base from the document as saved', async () => {
    const db = fakeDatabase();
    const batch = new WriteBackBatch(db.writer, db.outcomes, 10);
    await batch.add(finished('a', { name: 'from Billy' }));
    await batch.add(finished('b'));
    await batch.flush();
    expect(db.committed.updates).toEqual(['a']);
    expect(db.committed.links).toEqual([
      { documentId: 'a', localHash: 'from Billy' },
      { documentId: 'b', localHash: 'before' },
    ]);
  });

  it('writes a record that keeps its link (an archive here, a refused write) with the others, and no link for it', async () => {
    const db = fakeDatabase();
    const batch = new WriteBackBatch(db.writer, db.outcomes, 10);
    await batch.add({ ...finished('a', { isArchived: true }), linkOf: null });
    await batch.add(finished('b'));
    await batch.flush();
    expect(db.committed).toEqual({ updates: ['a'], links: [{ documentId: 'b', localHash: 'before' }], transactions: 1, updateCalls: 1 });
    expect(db.written).toEqual(['a', 'b']);
  });

  it('hands a batch’s write-backs to the writer in one call, so it can read them back in one query', async () => {
    const db = fakeDatabase();
    const batch = new WriteBackBatch(db.writer, db.outcomes, 3);
    for (const id of ['a', 'b', 'c']) await batch.add(finished(id, { name: `new ${id}` }));
    expect(db.committed.updateCalls).toBe(1);
    expect(db.committed.updates).toEqual(['a', 'b', 'c']);
    expect(db.committed.links.map((link) => link.localHash)).toEqual(['new a', 'new b', 'new c']);
  });

  it('writes nothing when nothing was added', async () => {
    const db = fakeDatabase();
    await new WriteBackBatch(db.writer, db.outcomes, 3).flush();
    expect(db.committed.transactions).toBe(0);
  });

  it('fails only the record Strapi refuses: the others of its batch are written and logged', async () => {
    const db = fakeDatabase({ refuse: ['b'] });
    const batch = new WriteBackBatch(db.writer, db.outcomes, 10);
    for (const id of ['a', 'b', 'c']) await batch.add(finished(id, { name: `new ${id}` }));
    await batch.flush();
    expect(db.committed.updates).toEqual(['a', 'c']);
    expect(db.committed.links.map((link) => link.documentId)).toEqual(['a', 'c']);
    expect(db.written).toEqual(['a', 'c']);
    expect(db.failed).toEqual([{ documentId: 'b', message: 'name must be shorter' }]);
  });

  it('logs every record of a batch the database refuses as failed, and loses none silently', async () => {
    const db = fakeDatabase({ down: true });
    const batch = new WriteBackBatch(db.writer, db.outcomes, 10);
    await batch.add(finished('a'));
    await batch.add(finished('b'));
    await batch.flush();
    expect(db.written).toEqual([]);
    expect(db.failed.map((failure) => failure.documentId)).toEqual(['a', 'b']);
  });

  it('reports a failure to log an outcome to the caller that flushes, and still writes the batches after it', async () => {
    const db = fakeDatabase();
    const written = jest.fn().mockRejectedValueOnce(new Error('run log refused')).mockResolvedValue(undefined);
    const batch = new WriteBackBatch(db.writer, { ...db.outcomes, written }, 1);
    await expect(batch.add(finished('a'))).rejects.toThrow('run log refused');
    await batch.add(finished('b'));
    expect(db.committed.links.map((link) => link.documentId)).toEqual(['a', 'b']);
    expect(written).toHaveBeenCalledTimes(2);
  });
});
