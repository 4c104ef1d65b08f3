/** Every API request in arrival order, for tests that count retries and check what reached "Billy". */
import type { FaultKind, RequestLogEntry } from './public-types';

export type ArrivingRequest = {
  method: string;
  path: string;
  query: Readonly<Record<string, string | string[] | undefined>>;
  organizationId: string | undefined;
};

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private nextSeq = 1;

  /** Logs the request on arrival; the caller fills in the outcome. */
  arrive(request: ArrivingRequest): RequestLogEntry {
    const query: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(request.query)) if (value !== undefined) query[name] = value;
    const entry: RequestLogEntry = {
      seq: this.nextSeq++,
      method: request.method,
      path: request.path,
      query,
      status: null,
      ...(request.organizationId ? { organizationId: request.organizationId } : {}),
      at: new Date().toISOString(),
    };
    this.entries.push(entry);
    return entry;
  }

  settle(entry: RequestLogEntry, status: number | null, fault: FaultKind | undefined): void {
    entry.status = status;
    if (fault) entry.fault = fault;
  }

  list(): RequestLogEntry[] {
    return structuredClone(this.entries);
  }

  clear(): void {
    this.entries = [];
  }
}
