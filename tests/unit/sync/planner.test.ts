import fc from 'fast-check';
import type { FieldDirection } from '../../../contracts';
import { plan, type PlanPolicy } from '../../../server/src/sync/planner';
import { viewHash } from '../../../server/src/sync/snapshot';
import { sameValue } from '../../../server/src/sync/values';

const FIELDS = ['name', 'city', 'amount'];
const value = fc.constantFrom(null, 'a', 'b', 1, 2);
const view = fc.record({ name: value, city: value, amount: value });
const policy = fc.record({
  direction: fc.constantFrom('toBilly' as const, 'fromBilly' as const, 'both' as const),
  priority: fc.constantFrom('strapi' as const, 'billy' as const),
  fields: fc.tuple(...FIELDS.map(() => fc.constantFrom<FieldDirection>('both', 'toBilly', 'fromBilly'))).map((dirs) => FIELDS.map((field, i) => ({ field, direction: dirs[i] }))),
  archivableInBilly: fc.boolean(),
  archivableInStrapi: fc.constant(false),
  creationOnly: fc.constant([]),
}) as fc.Arbitrary<PlanPolicy>;
const remote = (v: Record<string, unknown>, locked = false) => ({ view: v, archived: false, locked });
const baseOf = (local: Record<string, unknown>, remoteView: Record<string, unknown>) => ({ localHash: viewHash(local, FIELDS), remoteHash: viewHash(remoteView, FIELDS) });

describe('plan (properties)', () => {
  it('never writes a record unchanged on both sides since the last sync (echoes included)', () => {
    fc.assert(fc.property(view, view, policy, (l, r, p) => {
      expect(plan({ view: l }, remote(r), baseOf(l, r), p)).toEqual({ kind: 'skip', reason: 'unchanged' });
    }));
  });

  it('pushes and pulls only differing fields, each one way, as the directions allow', () => {
    fc.assert(fc.property(view, view, fc.option(fc.tuple(view, view)), policy, (l, r, base, p) => {
      const op = plan({ view: l }, remote(r), base && baseOf(...base), p);
      if (op.kind !== 'update') return;
      const dirOf = (f: string) => p.fields.find((rule) => rule.field === f)!.direction;
      expect(op.push.filter((f) => op.pull.includes(f))).toEqual([]);
      for (const f of [...op.push, ...op.pull]) expect(sameValue(l[f as keyof typeof l], r[f as keyof typeof r])).toBe(false);
      if (p.direction === 'fromBilly') expect(op.push).toEqual([]);
      for (const f of op.push) expect(dirOf(f)).not.toBe('fromBilly');
      for (const f of op.pull) expect(dirOf(f)).not.toBe('toBilly');
      if (p.direction === 'toBilly') for (const f of op.pull) expect(dirOf(f)).toBe('fromBilly');
      if (p.direction !== 'both' || !base) expect(op.conflicts).toEqual([]);
    }));
  });

  it('converges: after carrying out an update, planning again skips', () => {
    fc.assert(fc.property(view, view, fc.option(fc.tuple(view, view)), policy, (l, r, base, p) => {
      const op = plan({ view: l }, remote(r), base && baseOf(...base), p);
      if (op.kind !== 'update') return;
      const local = { ...l } as Record<string, unknown>;
      const billy = { ...r } as Record<string, unknown>;
      for (const f of op.push) billy[f] = local[f];
      for (const f of op.pull) local[f] = billy[f];
      expect(plan({ view: local }, remote(billy), baseOf(local, billy), p).kind).toBe('skip');
    }));
  });

  it('never sends a change to a locked (approved) record', () => {
    fc.assert(fc.property(view, view, fc.option(fc.tuple(view, view)), policy, (l, r, base, p) => {
      const op = plan({ view: l }, remote(r, true), base && baseOf(...base), p);
      if (op.kind === 'update') expect(op.push).toEqual([]);
      expect(['createInBilly', 'archiveInBilly']).not.toContain(op.kind);
    }));
  });

  it('creates a record that exists on one side only, in the direction the sync allows', () => {
    fc.assert(fc.property(view, policy, (v, p) => {
      expect(plan({ view: v }, null, null, p).kind).toBe(p.direction === 'fromBilly' ? 'skip' : 'createInBilly');
      expect(plan(null, remote(v), null, p).kind).toBe(p.direction === 'toBilly' ? 'skip' : 'createInStrapi');
    }));
  });
});

describe('plan (examples)', () => {
  const both: PlanPolicy = { direction: 'both', priority: 'billy', fields: FIELDS.map((field) => ({ field, direction: 'both' as const })), archivableInBilly: true, archivableInStrapi: true, creationOnly: [] };
  const synced = { name: 'Acme', city: 'Aarhus', amount: 1 };

  it('with both, a change on one side flows from that side', () => {
    expect(plan({ view: { ...synced, city: 'Vejle' } }, remote(synced), baseOf(synced, synced), both)).toEqual({ kind: 'update', push: ['city'], pull: [], conflicts: [] });
    expect(plan({ view: synced }, remote({ ...synced, city: 'Vejle' }), baseOf(synced, synced), both)).toEqual({ kind: 'update', push: [], pull: ['city'], conflicts: [] });
  });

  it('with both, a change on both sides keeps the priority side and names the conflict', () => {
    const op = plan({ view: { ...synced, name: 'Mine' } }, remote({ ...synced, name: 'Theirs' }), baseOf(synced, synced), both);
    expect(op).toEqual({ kind: 'update', push: [], pull: ['name'], conflicts: ['name'] });
    expect(plan({ view: { ...synced, name: 'Mine' } }, remote({ ...synced, name: 'Theirs' }), baseOf(synced, synced), { ...both, priority: 'strapi' })).toMatchObject({ push: ['name'] });
  });

  it('refuses a Strapi edit to an approved invoice: it needs a credit note', () => {
    expect(plan({ view: { ...synced, name: 'Edited' } }, remote(synced, true), baseOf(synced, synced), both)).toEqual({ kind: 'refuse', reason: 'needs_credit_note', pull: [] });
  });

  it('on a first sync, never erases a value the other side holds', () => {
    const op = plan({ view: { ...synced, city: null } }, remote({ ...synced, name: 'Other' }), null, { ...both, direction: 'toBilly' });
    expect(op).toEqual({ kind: 'update', push: ['name'], pull: [], conflicts: [] });
  });

  it('archives in Billy what was deleted in Strapi, unless booked or already archived', () => {
    const base = baseOf(synced, synced);
    expect(plan(null, remote(synced), base, both)).toEqual({ kind: 'archiveInBilly' });
    expect(plan(null, { view: synced, archived: true, locked: false }, base, both)).toEqual({ kind: 'skip', reason: 'already_archived' });
    expect(plan(null, remote(synced), base, { ...both, archivableInBilly: false })).toEqual({ kind: 'skip', reason: 'booked' });
  });

  it('archives in Strapi what disappeared from Billy (both ways), recreates it when Strapi leads', () => {
    const base = baseOf(synced, synced);
    expect(plan({ view: synced }, null, base, { ...both, fields: [...both.fields, { field: 'isArchived', direction: 'both' }] })).toEqual({ kind: 'archiveInStrapi' });
    expect(plan({ view: synced }, null, base, { ...both, direction: 'toBilly' })).toEqual({ kind: 'createInBilly' });
  });
});
