import { setTimeout as sleep } from 'node:timers/promises';
import { TokenBucket } from 'limiter';
import {
  adoptShared,
  initialRateState,
  observeAnswer,
  reconcile,
  sameShared,
  type AdaptiveRateSettings,
  type AdaptiveRateState,
  type RateObservation,
  type SharedRate,
  type StoredRate,
} from './adaptive-rate';
import type { BillyLogger } from './options';

/**
 * Where the learnt rate of one token is kept, so it survives a restart and every Strapi instance
 * on the database shares it. The plugin passes one over its database table; the client works
 * without one (each client then learns on its own).
 */
export interface RateMemory {
  read(): Promise<StoredRate | null>;
  /** Writes when the stored version is still `expectedVersion` (0: none stored yet); the new version, or null when another instance wrote first. */
  write(shared: SharedRate, expectedVersion: number): Promise<number | null>;
}

/** How often, at most, a busy client compares its rate with the database's (a 429 does it at once). */
export const RATE_SYNC_INTERVAL_MS = 1000;

/**
 * The adaptive rate at work: a `limiter` token bucket paced by the learnt rate, the pause a 429
 * asks for, and the exchange with the rate memory. The decisions are adaptive-rate.ts's.
 */
export class AdaptiveRate {
  private state: AdaptiveRateState;
  private readonly bucket: TokenBucket;
  private loaded: Promise<void> | null = null;
  private seenVersion = 0;
  /** bumped on every change of the shared view; compared with the value the last sync saw */
  private changes = 0;
  private syncedChanges = 0;
  private lastSyncAt = 0;
  private syncing: Promise<void> | null = null;
  private syncAgain = false;
  private memoryFailing = false;

  constructor(
    private readonly settings: AdaptiveRateSettings,
    private readonly memory: RateMemory | null,
    private readonly logger: BillyLogger,
    private readonly now: () => number = Date.now,
  ) {
    this.state = initialRateState(settings, now());
    this.bucket = new TokenBucket({ bucketSize: 1, tokensPerInterval: this.state.shared.requestsPerSecond, interval: 1000 });
    // A bucket starts empty; the first request need not wait a whole spacing.
    this.bucket.content = 1;
  }

  /** The rate in force now, and what has been learnt. */
  current(): SharedRate {
    return { ...this.state.shared };
  }

  /** Waits for the learnt rate (read once), Billy's pause, and a rate token. */
  async beforeSend(): Promise<void> {
    this.loaded ??= this.load();
    await this.loaded;
    for (let wait = this.state.shared.pausedUntil - this.now(); wait > 0; wait = this.state.shared.pausedUntil - this.now()) await sleep(wait);
    await this.bucket.removeTokens(1);
  }

  answered(observation: Omit<RateObservation, 'at'>): void {
    const before = this.state.shared;
    this.setState(observeAnswer(this.state, this.settings, { ...observation, at: this.now() }));
    if (!sameShared(before, this.state.shared)) {
      this.changes += 1;
      if (this.state.shared.requestsPerSecond !== before.requestsPerSecond) {
        this.logger.debug(`Billy request rate ${before.requestsPerSecond.toFixed(1)} → ${this.state.shared.requestsPerSecond.toFixed(1)} per second${observation.status === 429 ? ' (Billy answered 429)' : ''}.`);
      }
    }
    if (observation.status === 429 || this.now() - this.lastSyncAt >= RATE_SYNC_INTERVAL_MS) void this.sync();
  }

  /** Resolves once any exchange with the rate memory under way is done (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.syncing) await this.syncing;
  }

  /** One exchange with the memory now; a second request while one runs is folded into one more. */
  sync(): Promise<void> {
    if (!this.memory) return Promise.resolve();
    if (this.syncing) {
      this.syncAgain = true;
      return this.syncing;
    }
    this.lastSyncAt = this.now();
    this.syncing = this.exchange()
      .catch((error: unknown) => {
        if (!this.memoryFailing) this.logger.warn(`Could not share the learnt Billy request rate through the database: ${error instanceof Error ? error.message : String(error)}`);
        this.memoryFailing = true;
      })
      .finally(() => {
        this.syncing = null;
        if (this.syncAgain) {
          this.syncAgain = false;
          void this.sync();
        }
      });
    return this.syncing;
  }

  private setState(next: AdaptiveRateState) {
    const rate = next.shared.requestsPerSecond;
    if (rate !== this.state.shared.requestsPerSecond) {
      // Tokens dripped so far count at the old rate.
      this.bucket.drip();
      this.bucket.tokensPerInterval = rate;
    }
    this.state = next;
  }

  private async load(): Promise<void> {
    if (!this.memory) return;
    try {
      const stored = await this.memory.read();
      if (!stored) return;
      this.seenVersion = stored.version;
      this.setState(initialRateState(this.settings, this.now(), stored.shared));
    } catch (error) {
      this.logger.warn(`Could not read the learnt Billy request rate; starting at ${this.state.shared.requestsPerSecond} per second: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async exchange(): Promise<void> {
    const memory = this.memory!;
    await (this.loaded ??= this.load());
    const stored = await memory.read();
    const changesSeen = this.changes;
    const { shared, write } = reconcile(this.state.shared, changesSeen !== this.syncedChanges, this.seenVersion, stored);
    if (!sameShared(shared, this.state.shared)) this.setState(adoptShared(this.state, this.settings, shared));
    if (!write) {
      this.seenVersion = stored?.version ?? this.seenVersion;
      this.syncedChanges = changesSeen;
      return;
    }
    const version = await memory.write(shared, stored?.version ?? 0);
    // Someone wrote in between: still ours to write, at the next sync.
    if (version === null) return;
    this.seenVersion = version;
    this.syncedChanges = changesSeen;
    this.memoryFailing = false;
  }
}
