import type { RunRecordEntry } from '../../../contracts';
import type { SyncedLink } from '../services/sync-links';
import type { LocalDocument } from './mapping';

/**
 * How many records a phase finishes per transaction. Measured on the first push of 1,000 records
 * (wall time ÷ latency bound): 1 → 1.29, 3 → 1.24, 5 → 1.24, 10 → 1.30, 50 → 1.36, 200 → 1.55.
 * A big batch is a long stretch of database work in which Billy's answers wait to be handled,
 * and a phase cannot end before its last batch is written.
 */
export const WRITE_BACK_BATCH = 5;

/** A record whose Billy side is done: what is left to write in Strapi, and what to log once written. */
export interface FinishedRecord {
  doc: LocalDocument;
  /** Billy's values to set on the document first (figures, a generated number); null when only the merge base changes. */
  data: Record<string, unknown> | null;
  /** The new merge base, from the document as saved; null leaves the link as it is (an archive here, a refused write). */
  linkOf: ((saved: LocalDocument) => SyncedLink) | null;
  entry: RunRecordEntry;
}

/** The database side of a batch; every call made inside `inTransaction` joins its transaction. */
export interface BatchWriter {
  inTransaction(work: () => Promise<void>): Promise<void>;
  /** Sets each document's data; answers the documents as saved, in order. */
  updateAll(writes: ReadonlyArray<{ before: LocalDocument; data: Record<string, unknown> }>): Promise<LocalDocument[]>;
  recordSyncedMany(entries: ReadonlyArray<{ documentId: string; link: SyncedLink }>): Promise<void>;
}

export interface BatchOutcomes {
  written(entry: RunRecordEntry): Promise<void>;
  failed(entry: RunRecordEntry, error: unknown): Promise<void>;
}

/**
 * The Strapi write-backs and merge bases of a phase, written WRITE_BACK_BATCH records per
 * transaction: on SQLite every transaction is a synchronous commit that blocks the event loop, so
 * one per record (and another for the links) kept Billy's request slots waiting. A record's
 * outcome is logged once its batch is written. A crash before that loses no Billy record: its link
 * still holds the intent and the stable key, so the next run finds the record by key and writes
 * the values back then.
 */
export class WriteBackBatch {
  private pending: FinishedRecord[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly writer: BatchWriter,
    private readonly outcomes: BatchOutcomes,
    private readonly batchSize = WRITE_BACK_BATCH
  ) {}

  async add(record: FinishedRecord): Promise<void> {
    this.pending.push(record);
    if (this.pending.length >= this.batchSize) await this.flush();
  }

  /** Writes what is collected; batches are written one after the other, in the order collected. */
  async flush(): Promise<void> {
    const batch = this.pending.splice(0);
    const written = this.writing.then(() => this.write(batch));
    this.writing = written.catch(() => undefined);
    await written;
  }

  private async write(batch: FinishedRecord[]): Promise<void> {
    if (batch.length === 0) return;
    try {
      await this.writer.inTransaction(() => this.writeAll(batch));
    } catch {
      // One document Strapi refuses must not undo the others: write them one by one, failing only it.
      for (const record of batch) await this.writeAlone(record);
      return;
    }
    for (const record of batch) await this.outcomes.written(record.entry);
  }

  private async writeAlone(record: FinishedRecord): Promise<void> {
    try {
      await this.writer.inTransaction(() => this.writeAll([record]));
    } catch (error) {
      await this.outcomes.failed(record.entry, error);
      return;
    }
    await this.outcomes.written(record.entry);
  }

  private async writeAll(batch: readonly FinishedRecord[]): Promise<void> {
    const changed = batch.filter((record) => record.data !== null);
    const saved = await this.writer.updateAll(changed.map((record) => ({ before: record.doc, data: record.data as Record<string, unknown> })));
    const savedOf = new Map(changed.map((record, index) => [record, saved[index]]));
    const links = batch.flatMap((record) => (record.linkOf ? [{ documentId: record.doc.documentId, link: record.linkOf(savedOf.get(record) ?? record.doc) }] : []));
    if (links.length > 0) await this.writer.recordSyncedMany(links);
  }
}
