/**
 * One write request's changes, applied all at once on commit: Billy's nested saves are atomic,
 * so validation can fail at any point without leaving half a change behind.
 */
import { billyDateTime } from './dates';
import type { AnyRecord } from './data-view';
import type { SandboxSwitches } from './public-types';
import type { SandboxOrganization } from './records';
import type { OrganizationEntry, RowOf, TableName } from './store';

export type ChangeSet = {
  /** Every record created or updated, grouped by table in the order first touched. */
  saved: Map<TableName, AnyRecord[]>;
  deleted: Map<TableName, string[]>;
};

export class Transaction {
  readonly organization: SandboxOrganization;
  readonly now = billyDateTime();
  /** Per table: id → new version, or null for a deletion. */
  private readonly pending = new Map<TableName, Map<string, AnyRecord | null>>();

  constructor(
    private readonly entry: OrganizationEntry,
    readonly switches: SandboxSwitches,
    /** Seeds may set fields the API treats as read-only (ids, payment status, approval time). */
    readonly trusted: boolean,
  ) {
    this.organization = { ...entry.organization };
  }

  get<T extends TableName>(table: T, id: string): RowOf<T> | undefined {
    const pending = this.pendingOf(table).get(id);
    if (pending !== undefined) return (pending ?? undefined) as RowOf<T> | undefined;
    return this.stored(table).get(id) as RowOf<T> | undefined;
  }

  list<T extends TableName>(table: T): Array<RowOf<T>> {
    const pending = this.pendingOf(table);
    const rows: AnyRecord[] = [];
    for (const [id, row] of this.stored(table)) {
      const next = pending.has(id) ? pending.get(id) : row;
      if (next) rows.push(next);
    }
    for (const [id, row] of pending) if (row && !this.stored(table).has(id)) rows.push(row);
    return rows as Array<RowOf<T>>;
  }

  put<T extends TableName>(table: T, record: RowOf<T>): void {
    this.pendingOf(table).set(record.id, record);
  }

  remove(table: TableName, id: string): void {
    if (this.stored(table).has(id)) this.pendingOf(table).set(id, null);
    else this.pendingOf(table).delete(id);
  }

  commit(): ChangeSet {
    const changes: ChangeSet = { saved: new Map(), deleted: new Map() };
    for (const [table, rows] of this.pending) {
      const stored = this.stored(table);
      for (const [id, row] of rows) {
        if (row) {
          stored.set(id, row);
          changes.saved.set(table, [...(changes.saved.get(table) ?? []), row]);
        } else {
          stored.delete(id);
          changes.deleted.set(table, [...(changes.deleted.get(table) ?? []), id]);
        }
      }
    }
    this.entry.organization = { ...this.organization };
    return changes;
  }

  private stored(table: TableName): Map<string, AnyRecord> {
    return this.entry.tables[table] as Map<string, AnyRecord>;
  }

  private pendingOf(table: TableName): Map<string, AnyRecord | null> {
    let rows = this.pending.get(table);
    if (!rows) this.pending.set(table, (rows = new Map()));
    return rows;
  }
}
