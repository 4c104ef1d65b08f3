import fc from 'fast-check';
import type { FieldDirection } from '../../../contracts';
import { CREATION_ONLY, assertUpdatable, updatableFields } from '../../../server/src/sync/creation-only';
import { plan, type Operation, type PlanPolicy, type Refusal } from '../../../server/src/sync/planner';
import { viewHash } from '../../../server/src/sync/snapshot';
import { sameValue } from '../../../server/src/sync/values';

// The invoice's creation-only fields plus ordinary ones, with a few values each so edits collide often.
const FIELDS = ['contactId', 'type', 'creditedInvoiceId', 'contactMessage', 'entryDate'];
const value = fc.constantFrom(null, 'a', 'b', 'c');
const view = fc.record(Object.fromEntries(FIELDS.map((field) => [field, value]))) as fc.Arbitrary<Record<string, unknown>>;
const policy = fc.record({
  direction: fc.constantFrom('toBilly' as const, 'fromBilly' as const, 'both' as const),
  priority: fc.constantFrom('strapi' as const, 'billy' as const),
  fields: fc.tuple(...FIELDS.map(() => fc.constantFrom<FieldDirection>('both', 'toBilly', 'fromBilly'))).map((dirs) => FIELDS.map((field, i) => ({ field, direction: dirs[i]! }))),
  archivableInBilly: fc.boolean(),
  archivableInStrapi: fc.constant(false),
  creationOnly: fc.constantFrom(CREATION_ONLY.invoices, CREATION_ONLY.contactPersons, [] as readonly string[]),
}) as fc.Arbitrary<PlanPolicy>;
const hashes = (local: Record<string, unknown>, remote: Record<string, unknown>) => ({ localHash: viewHash(local, FIELDS), remoteHash: viewHash(remote, FIELDS) });

/** A random record and edit: the last-synced state, then an edit on either side (or both), approved or not. */
const scenario = fc.record({
  synced: fc.option(view, { nil: null }),
  local: view,
  remote: view,
  locked: fc.boolean(),
  policy,
  refusedBefore: fc.boolean(),
});

describe('creation-only fields (properties)', () => {
  it('no planned update touches a creation-only field; a change to one is a replacement, or a credit note once locked', () => {
    const hits: Record<string, number> = {};
    fc.assert(
      fc.property(scenario, ({ synced, local, remote, locked, policy: p, refusedBefore }) => {
        const base = synced && hashes(synced, synced);
        // A refusal recorded for other values than the current ones: it must not hold back the write.
        const refusal: Refusal | null = refusedBefore ? { localHash: 'older', remoteHash: 'older' } : null;
        const op: Operation = plan({ view: local }, { view: remote, archived: false, locked }, base, p, refusal);
        hits[op.kind] = (hits[op.kind] ?? 0) + 1;
        if (op.kind === 'update') for (const field of op.push) expect(p.creationOnly).not.toContain(field);
        if (op.kind === 'replaceInBilly') {
          hits.replaceInBilly_changed = (hits.replaceInBilly_changed ?? 0) + op.changed.length;
          expect(locked).toBe(false);
          expect(op.changed.length).toBeGreaterThan(0);
          for (const field of op.changed) {
            expect(p.creationOnly).toContain(field);
            expect(sameValue(local[field], remote[field])).toBe(false);
          }
        }
      }),
      { numRuns: 3000 }
    );
    // Every branch of the decision was reached, so the property above was tested on each.
    console.log(`planner branch hits over 3000 random records and edits: ${JSON.stringify(hits)}`);
    for (const kind of ['update', 'replaceInBilly', 'refuse', 'skip']) expect(hits[kind] ?? 0).toBeGreaterThan(0);
  });

  it('a record Billy refused is not sent again until either side changes', () => {
    fc.assert(
      fc.property(view, view, policy, fc.boolean(), (local, remote, p, linked) => {
        const refusal = { localHash: viewHash(local, FIELDS), remoteHash: linked ? viewHash(remote, FIELDS) : '' };
        const remoteSide = linked ? { view: remote, archived: false, locked: false } : null;
        const op = plan({ view: local }, remoteSide, null, p, refusal);
        if (!linked && p.direction === 'fromBilly') return;
        expect(op).toEqual({ kind: 'skip', reason: 'still_refused' });
        // An edit on the Strapi side sends it again.
        const edited = { ...local, contactMessage: `${String(local.contactMessage)}!` };
        expect(plan({ view: edited }, remoteSide, null, p, refusal)).not.toEqual({ kind: 'skip', reason: 'still_refused' });
      })
    );
  });
});

describe('creation-only fields (examples)', () => {
  const policyOf = (creationOnly: readonly string[]): PlanPolicy => ({
    direction: 'both',
    priority: 'strapi',
    fields: FIELDS.map((field) => ({ field, direction: 'both' as const })),
    archivableInBilly: false,
    archivableInStrapi: false,
    creationOnly,
  });
  const synced = { contactId: 'acme', type: 'invoice', creditedInvoiceId: null, contactMessage: 'Hej', entryDate: '2026-01-01' };

  it("a draft given another customer is replaced, with Billy's own edits taken along", () => {
    const op = plan({ view: { ...synced, contactId: 'nordic' } }, { view: { ...synced, entryDate: '2026-02-01' }, archived: false, locked: false }, { ...hashes(synced, synced), snapshot: { local: synced, remote: synced } }, policyOf(CREATION_ONLY.invoices));
    expect(op).toEqual({ kind: 'replaceInBilly', changed: ['contactId'], pull: ['entryDate'] });
  });

  it('an approved invoice given another customer needs a credit note', () => {
    const op = plan({ view: { ...synced, contactId: 'nordic' } }, { view: synced, archived: false, locked: true }, hashes(synced, synced), policyOf(CREATION_ONLY.invoices));
    expect(op).toMatchObject({ kind: 'refuse', reason: 'needs_credit_note' });
  });

  it('the adapters never put a creation-only field in a PUT', () => {
    expect(updatableFields('invoices', ['contactId', 'type', 'creditedInvoiceId', 'contactMessage'])).toEqual(['contactMessage']);
    expect(updatableFields('contactPersons', ['name', 'email', 'contactId'])).toEqual(['name', 'email']);
    expect(() => assertUpdatable('contactPersons', { contactId: 'other' })).toThrow(/contactId/);
    expect(() => assertUpdatable('invoices', { contactMessage: 'x' })).not.toThrow();
  });
});
