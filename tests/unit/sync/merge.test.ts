import fc from 'fast-check';
import type { FieldDirection, SyncPriority } from '../../../contracts';
import { mergeFields, type MergePolicy } from '../../../server/src/sync/merge';
import { viewHash, type SyncBase } from '../../../server/src/sync/snapshot';
import { sameValue } from '../../../server/src/sync/values';

type View = Record<string, unknown>;
const FIELDS = ['name', 'city', 'phone'];
const bothWays = (priority: SyncPriority, direction: FieldDirection = 'both'): MergePolicy => ({
  direction: 'both',
  priority,
  fields: FIELDS.map((field) => ({ field, direction })),
});
/** The base a sync leaves: both sides' hashes and the fields themselves. */
const baseOf = (local: View, remote: View = local): SyncBase => ({
  localHash: viewHash(local, FIELDS),
  remoteHash: viewHash(remote, FIELDS),
  snapshot: { local, remote },
});
const synced = { name: 'Acme', city: 'Aarhus', phone: '111' };

describe('mergeFields, both ways with a base', () => {
  it('takes a field changed only in Strapi from Strapi, whatever the priority', () => {
    for (const priority of ['strapi', 'billy'] as const) {
      expect(mergeFields({ ...synced, city: 'Vejle' }, synced, baseOf(synced), bothWays(priority))).toEqual({ push: ['city'], pull: [], conflicts: [] });
    }
  });

  it('takes a field changed only in Billy from Billy, whatever the priority', () => {
    for (const priority of ['strapi', 'billy'] as const) {
      expect(mergeFields(synced, { ...synced, city: 'Skagen' }, baseOf(synced), bothWays(priority))).toEqual({ push: [], pull: ['city'], conflicts: [] });
    }
  });

  it('keeps both sides’ edits to different fields of one record', () => {
    const merge = mergeFields({ ...synced, name: 'Acme A/S' }, { ...synced, phone: '222' }, baseOf(synced), bothWays('billy'));
    expect(merge).toEqual({ push: ['name'], pull: ['phone'], conflicts: [] });
  });

  it('gives a field changed on both sides to the priority side and names it a conflict', () => {
    const local = { ...synced, name: 'Mine', city: 'Vejle' };
    const remote = { ...synced, name: 'Theirs' };
    expect(mergeFields(local, remote, baseOf(synced), bothWays('strapi'))).toEqual({ push: ['name', 'city'], pull: [], conflicts: ['name'] });
    expect(mergeFields(local, remote, baseOf(synced), bothWays('billy'))).toEqual({ push: ['city'], pull: ['name'], conflicts: ['name'] });
  });

  it('is no conflict when both sides made the same change', () => {
    expect(mergeFields({ ...synced, name: 'Same' }, { ...synced, name: 'Same' }, baseOf(synced), bothWays('strapi'))).toEqual({ push: [], pull: [], conflicts: [] });
  });

  it('moves nothing when neither side changed', () => {
    expect(mergeFields(synced, synced, baseOf(synced), bothWays('strapi'))).toEqual({ push: [], pull: [], conflicts: [] });
    // Left different on purpose at the last sync (an empty never erased a filled one): still nothing.
    const local = { ...synced, phone: null };
    expect(mergeFields(local, synced, baseOf(local, synced), bothWays('strapi'))).toEqual({ push: [], pull: [], conflicts: [] });
  });

  it('sends an emptied field as empty: the user cleared it', () => {
    expect(mergeFields({ ...synced, phone: null }, synced, baseOf(synced), bothWays('billy'))).toEqual({ push: ['phone'], pull: [], conflicts: [] });
    expect(mergeFields(synced, { ...synced, phone: '' }, baseOf(synced), bothWays('strapi'))).toEqual({ push: [], pull: ['phone'], conflicts: [] });
  });

  it('lets the priority side’s clearing win a conflict, as a change it made', () => {
    const merge = mergeFields({ ...synced, phone: null }, { ...synced, phone: '999' }, baseOf(synced), bothWays('strapi'));
    expect(merge).toEqual({ push: ['phone'], pull: [], conflicts: ['phone'] });
  });

  it('honours each pair’s own direction: a toBilly field never comes back, a fromBilly field never goes out', () => {
    const policy: MergePolicy = { direction: 'both', priority: 'billy', fields: [{ field: 'name', direction: 'toBilly' }, { field: 'city', direction: 'fromBilly' }] };
    const merge = mergeFields({ ...synced, name: 'Mine', city: 'Vejle' }, { ...synced, name: 'Theirs', city: 'Skagen' }, baseOf(synced), policy);
    expect(merge).toEqual({ push: ['name'], pull: ['city'], conflicts: [] });
  });
});

describe('mergeFields, without a base (first sync)', () => {
  it('fills the empty side from the filled one, else takes the priority side; never a conflict', () => {
    const local = { name: 'Mine', city: null, phone: '111' };
    const remote = { name: 'Theirs', city: 'Skagen', phone: null };
    expect(mergeFields(local, remote, null, bothWays('strapi'))).toEqual({ push: ['name', 'phone'], pull: ['city'], conflicts: [] });
    expect(mergeFields(local, remote, null, bothWays('billy'))).toEqual({ push: ['phone'], pull: ['name', 'city'], conflicts: [] });
  });

  it('one way, an empty value never erases the other side’s', () => {
    const policy: MergePolicy = { ...bothWays('strapi'), direction: 'toBilly' };
    expect(mergeFields({ ...synced, city: null, name: 'New' }, synced, null, policy)).toEqual({ push: ['name'], pull: [], conflicts: [] });
  });
});

describe('mergeFields, one way with a base', () => {
  it('does not erase a value the user never cleared, when another field changed', () => {
    const local = { ...synced, phone: null };
    const policy: MergePolicy = { ...bothWays('strapi'), direction: 'toBilly' };
    // The phone was empty in Strapi already at the last sync; only the name changed since.
    expect(mergeFields({ ...local, name: 'New' }, synced, baseOf(local, synced), policy)).toEqual({ push: ['name'], pull: [], conflicts: [] });
  });

  it('overrides Billy’s edit when Strapi leads', () => {
    const policy: MergePolicy = { ...bothWays('billy'), direction: 'toBilly' };
    expect(mergeFields(synced, { ...synced, city: 'Skagen' }, baseOf(synced), policy)).toEqual({ push: ['city'], pull: [], conflicts: [] });
  });
});

describe('mergeFields (properties)', () => {
  const value = fc.constantFrom(null, 'a', 'b', 'c');
  const view = fc.record({ name: value, city: value, phone: value });
  const priority = fc.constantFrom<SyncPriority>('strapi', 'billy');

  it('moves only differing fields, each at most one way, and a field changed on one side only always from that side', () => {
    fc.assert(
      fc.property(view, view, view, priority, (base, local, remote, p) => {
        const merge = mergeFields(local, remote, baseOf(base), bothWays(p));
        expect(merge.push.filter((field) => merge.pull.includes(field))).toEqual([]);
        for (const field of FIELDS as Array<keyof typeof base>) {
          const localChanged = !sameValue(local[field], base[field]);
          const remoteChanged = !sameValue(remote[field], base[field]);
          const moved = merge.push.includes(field) || merge.pull.includes(field);
          if (sameValue(local[field], remote[field])) expect(moved).toBe(false);
          else if (localChanged && !remoteChanged) expect(merge.push).toContain(field);
          else if (remoteChanged && !localChanged) expect(merge.pull).toContain(field);
          else if (localChanged && remoteChanged) {
            expect(merge.conflicts).toContain(field);
            expect(p === 'strapi' ? merge.push : merge.pull).toContain(field);
          }
        }
      })
    );
  });

  it('converges: applying the merge leaves both sides equal on every field that changed', () => {
    fc.assert(
      fc.property(view, view, view, priority, (base, local, remote, p) => {
        const merge = mergeFields(local, remote, baseOf(base), bothWays(p));
        const nextLocal: View = { ...local };
        const nextRemote: View = { ...remote };
        for (const field of merge.push) nextRemote[field] = local[field as keyof typeof local];
        for (const field of merge.pull) nextLocal[field] = remote[field as keyof typeof remote];
        expect(mergeFields(nextLocal, nextRemote, baseOf(nextLocal, nextRemote), bothWays(p))).toEqual({ push: [], pull: [], conflicts: [] });
        for (const field of FIELDS) {
          const changedSomewhere = !sameValue(local[field as keyof typeof local], base[field as keyof typeof base]) || !sameValue(remote[field as keyof typeof remote], base[field as keyof typeof base]);
          if (changedSomewhere) expect(sameValue(nextLocal[field], nextRemote[field])).toBe(true);
        }
      })
    );
  });
});
