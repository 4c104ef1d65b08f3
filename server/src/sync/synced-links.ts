import type { ModuleName } from '../../../contracts';
import type { SyncedLink } from '../services/sync-links';
import type { RunContext } from './run-context';

/** How many synced links a phase collects before writing them in one transaction. */
export const SYNCED_LINK_BATCH = 50;

/**
 * The merge bases a phase records, written in batches (one transaction each) instead of one
 * commit per record. A crash before a batch is written loses no Billy record: its links still
 * hold the intent and the stable key, so the next run finds the records again by key.
 */
export class SyncedLinks {
  private pending: Array<{ documentId: string; link: SyncedLink }> = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly links: RunContext['links'],
    private readonly module: ModuleName,
    private readonly batchSize = SYNCED_LINK_BATCH
  ) {}

  async add(documentId: string, link: SyncedLink): Promise<void> {
    this.pending.push({ documentId, link });
    if (this.pending.length >= this.batchSize) await this.flush();
  }

  /**
   * Writes what is collected; batches are written one after the other, in the order collected. A
   * refused batch fails the caller that flushed it, not the batches after it.
   */
  async flush(): Promise<void> {
    const batch = this.pending.splice(0);
    const written = this.writing.then(() => (batch.length > 0 ? this.links.recordSyncedMany(this.module, batch) : undefined));
    this.writing = written.catch(() => undefined);
    await written;
  }
}
