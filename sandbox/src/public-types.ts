/** The sandbox's public interface; other suites and the dev scripts depend on these exact names. */
import type { SandboxInvoice, SandboxSeed, SandboxState } from './records';

/** Behaviours billy-api.md marks UNCONFIRMED, switchable between the candidates. */
export interface SandboxSwitches {
  /** HTTP status of INVALID_RECORD answers: 400 as captured from Billy, or 422 as Billy's own web client expects. */
  validationStatus: 400 | 422;
  /** The `type` literal accepted and returned for credit notes. */
  creditNoteType: 'creditNote' | 'credit_note';
  /** Whether `invoice.externalId` can be written through the API; when false it is ignored (only seeds can set it). */
  externalIdOnCreate: boolean;
  /**
   * Whether `include=contact.contactPersons:…` and `include=product.prices:…` are honoured. When
   * false they are ignored, and the children must be read from /contactPersons?contactId= and
   * /productPrices?productId= (the prices embed is UNCONFIRMED, billy-api.md §2.2).
   */
  embedsChildren: boolean;
  /** Whether the lookup filters `contactNo`, `productNo` and `externalId` are honoured; when false Billy ignores them and lists everything. */
  honoursKeyFilters: boolean;
}

/** The rate-limit switch; off unless set. */
export interface RateLimit {
  /** requests per second per token (a second's worth may come at once); above it 429 with Retry-After */
  requestsPerSecond: number;
  /** a lower limit for POST, PUT, PATCH and DELETE, counted on top of requestsPerSecond */
  writesPerSecond?: number;
}

export interface SandboxOrganizationSeed {
  token: string;
  name?: string;
  id?: string;
}

export interface SandboxOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Token of the default organization; default 'sandbox-token'. */
  token?: string;
  /** Extra organizations, each with its own token. */
  organizations?: SandboxOrganizationSeed[];
  /** Loaded at start when it exists; saved after every change (debounced) and on close. */
  stateFile?: string;
  switches?: Partial<SandboxSwitches>;
  latencyMs?: number;
  rateLimit?: RateLimit | null;
  /** One line per API request and per problem; silent when absent. */
  log?: (line: string) => void;
}

export type FaultKind = 'rate_limit' | 'server_error' | 'unavailable' | 'reset' | 'timeout' | 'lost_response';

export const FAULT_KINDS: readonly FaultKind[] = ['rate_limit', 'server_error', 'unavailable', 'reset', 'timeout', 'lost_response'];

export interface FaultRule {
  kind: FaultKind;
  method?: string;
  /** e.g. '/v2/contacts' */
  pathPrefix?: string;
  /** Fire on the next N matching requests; default 1. */
  times?: number;
  /** Retry-After of a rate_limit answer; default 1. */
  retryAfterSeconds?: number;
  /** Fire only once a request matching this has been let through, e.g. the read that follows a write. */
  after?: { method?: string; pathPrefix?: string };
}

export interface RandomFaults {
  /** Probability 0..1 that a matching request faults. */
  rate: number;
  kinds: FaultKind[];
  methods?: string[];
  pathPrefix?: string;
  /** Same seed, same sequence of faults. */
  seed?: number;
  retryAfterSeconds?: number;
}

export interface RequestLogEntry {
  seq: number;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** null when the socket was dropped (or the answer is still pending). */
  status: number | null;
  fault?: FaultKind;
  organizationId?: string;
  at: string;
}

export interface SandboxControl {
  /** Empties every organization's data (organizations, tokens and reference data stay), un-revokes tokens, clears log, faults, latency and the rate limit. */
  reset(): void;
  /** Inserts records for an organization (the default one without a token); ids are generated when missing. */
  seed(data: SandboxSeed, token?: string): void;
  /** Deep copy of an organization's records as the API would present them. */
  state(token?: string): SandboxState;
  setLatency(ms: number): void;
  /** Limits requests per token from now on (fresh buckets); null turns the limit off. */
  setRateLimit(limit: RateLimit | null): void;
  setSwitches(switches: Partial<SandboxSwitches>): void;
  /** Adds rules; each fires on the next `times` matching requests. */
  scriptFaults(rules: FaultRule[]): void;
  setRandomFaults(faults: RandomFaults | null): void;
  clearFaults(): void;
  /** Arrival order; /_sandbox/* control requests are not logged. */
  requests(): RequestLogEntry[];
  clearRequests(): void;
  /** Later requests with this token get 401 OAUTH_INVALID_ACCESS_TOKEN. */
  revokeToken(token: string): void;
  /**
   * A payment from the bank feed against an approved invoice: lowers its balance by `amount` (the
   * whole balance when omitted) and marks it paid when nothing is left. Answers the invoice.
   */
  recordPayment(payment: { invoiceId: string; amount?: number }, token?: string): SandboxInvoice;
  /** Moves an invoice's due date (read-only in the API), so it can be aged into overdue. */
  setInvoiceDueDate(invoiceId: string, dueDate: string, token?: string): SandboxInvoice;
}

export interface RunningSandbox {
  origin: string;
  /** origin + '/v2' */
  apiUrl: string;
  token: string;
  control: SandboxControl;
  close(): Promise<void>;
}
