/** The live state of one running sandbox, shared by the API, the traffic layer and the control API. */
import { DEFAULT_SWITCHES, parseLatency, parseRateLimit, parseSwitches } from './control/inputs';
import { FaultInjector } from './faults';
import type { StateFileWriter } from './persistence';
import type { RateLimit, SandboxOptions, SandboxSwitches } from './public-types';
import { RateLimiter } from './rate-limit';
import { RequestLog } from './request-log';
import type { PresentContext } from './resources/resource';
import { SandboxStore, type OrganizationEntry } from './store';
import { Transaction, type ChangeSet } from './transaction';

const DEFAULT_TOKEN = 'sandbox-token';

export class SandboxRuntime {
  readonly store: SandboxStore;
  readonly requestLog = new RequestLog();
  readonly faults = new FaultInjector();
  /** Aborted on close, releasing requests held by latency or a timeout fault. */
  readonly closing = new AbortController();
  switches: SandboxSwitches;
  latencyMs: number;
  /** The rate-limit switch; null when off. */
  rateLimiter: RateLimiter | null = null;
  /** Known once the server listens; used for downloadUrl and paging links. */
  origin = '';
  stateFile: StateFileWriter | undefined;

  constructor(private readonly options: SandboxOptions) {
    this.store = new SandboxStore(options.token ?? DEFAULT_TOKEN, options.organizations ?? []);
    this.switches = { ...DEFAULT_SWITCHES, ...parseSwitches(options.switches ?? {}) };
    this.latencyMs = parseLatency(options.latencyMs ?? 0);
    this.setRateLimit(parseRateLimit(options.rateLimit ?? null));
  }

  setRateLimit(limit: RateLimit | null): void {
    this.rateLimiter = limit && new RateLimiter(limit);
  }

  log(line: string): void {
    this.options.log?.(line);
  }

  transaction(entry: OrganizationEntry, trusted = false): Transaction {
    return new Transaction(entry, this.switches, trusted);
  }

  commit(tx: Transaction): ChangeSet {
    const changes = tx.commit();
    this.stateChanged();
    return changes;
  }

  stateChanged(): void {
    this.stateFile?.scheduleSave();
  }

  presentContext(): PresentContext {
    return { switches: this.switches, origin: this.origin };
  }
}
