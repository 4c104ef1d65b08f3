import fc from 'fast-check';
import type { FieldDirection } from '../../../contracts';
import type { FieldRule } from '../../../server/src/sync/field-rules';
import { plan, type PlanPolicy } from '../../../server/src/sync/planner';
import { viewHash } from '../../../server/src/sync/snapshot';
import { sameValue } from '../../../server/src/sync/values';
import { afterSkip, fieldsAfterCreate, fieldsAfterUpdate, fieldsToCreate, fieldsToImport } from '../../../server/src/sync/write-back-plan';

// Few fields and values, so sides collide and differ often; `number` plays the stable key.
const FIELDS = ['name', 'number', 'amount', 'city'];
const value = fc.constantFrom(null, 'a', 'b', 1);
const view = fc.record(Object.fromEntries(FIELDS.map((field) => [field, value]))) as fc.Arbitrary<Record<string, unknown>>;
const rules: fc.Arbitrary<FieldRule[]> = fc
  .tuple(...FIELDS.map(() => fc.constantFrom<FieldDirection>('both', 'toBilly', 'fromBilly')))
  .map((directions) => FIELDS.map((field, i) => ({ field, direction: directions[i]! })));
const hashes = (local: Record<string, unknown>, remote: Record<string, unknown>) => ({ localHash: viewHash(local, FIELDS), remoteHash: viewHash(remote, FIELDS) });
const directionOf = (fieldRules: readonly FieldRule[], field: string) => fieldRules.find((rule) => rule.field === field)!.direction;
const count = (hits: Record<string, number>, branch: string) => (hits[branch] = (hits[branch] ?? 0) + 1);
/** Each branch must be reached this often for the properties to have been tried on it. */
const MIN_HITS = 30;
const expectEveryBranch = (hits: Record<string, number>, branches: readonly string[], what: string) => {
  console.log(`${what} branch hits: ${JSON.stringify(hits)}`);
  for (const branch of branches) expect(hits[branch] ?? 0).toBeGreaterThanOrEqual(MIN_HITS);
};

describe('write-back plan (properties)', () => {
  it('a create writes back only what Billy may set and now differs: figures, the key, a replacement’s pull, or all of a locked record', () => {
    const hits: Record<string, number> = {};
    fc.assert(
      fc.property(rules, view, view, fc.boolean(), fc.boolean(), fc.subarray(FIELDS), (fieldRules, local, remote, locked, keyed, pull) => {
        const keyField = keyed ? 'number' : null;
        const written = fieldsAfterCreate({ rules: fieldRules, local, remote, locked, keyField, pull });
        for (const field of written) {
          expect(directionOf(fieldRules, field)).not.toBe('toBilly');
          expect(sameValue(local[field], remote[field])).toBe(false);
        }
        for (const { field, direction } of fieldRules) {
          const differs = !sameValue(local[field], remote[field]);
          const why = direction === 'toBilly' ? 'strapi_owned' : !differs ? 'same' : locked ? 'locked' : direction === 'fromBilly' ? 'billy_owned' : field === keyField ? 'key' : pull.includes(field) ? 'pulled' : 'kept';
          count(hits, why);
          // Exactly the fields with a reason to come back are written.
          expect(written.includes(field)).toBe(['locked', 'billy_owned', 'key', 'pulled'].includes(why));
        }
        // What a create sends and what it may take back never overlap on a field one side owns.
        for (const field of fieldsToCreate(fieldRules)) expect(directionOf(fieldRules, field)).not.toBe('fromBilly');
        for (const field of fieldsToImport(fieldRules)) expect(directionOf(fieldRules, field)).not.toBe('toBilly');
      }),
      { numRuns: 2000 }
    );
    expectEveryBranch(hits, ['strapi_owned', 'same', 'locked', 'billy_owned', 'key', 'pulled', 'kept'], 'fieldsAfterCreate');
  });

  it('an update writes back the planner’s pull and the Billy figures a push moved, and leaves the Billy-owned fields equal', () => {
    const hits: Record<string, number> = {};
    fc.assert(
      fc.property(view, view, fc.option(fc.tuple(view, view), { nil: null }), rules, fc.constantFrom('strapi' as const, 'billy' as const), view, (local, remote, synced, fieldRules, priority, recomputed) => {
        const policy: PlanPolicy = { direction: 'both', priority, fields: fieldRules, archivableInBilly: true, archivableInStrapi: false, creationOnly: [] };
        const op = plan({ view: local }, { view: remote, archived: false, locked: false }, synced && hashes(...synced), policy);
        if (op.kind !== 'update') return;
        // Billy after the push: the pushed fields took Strapi's values, and the figures Billy computes may move.
        const after: Record<string, unknown> = { ...remote };
        for (const field of op.push) after[field] = local[field];
        if (op.push.length > 0) for (const { field, direction } of fieldRules) if (direction === 'fromBilly') after[field] = recomputed[field];
        const written = fieldsAfterUpdate({ rules: fieldRules, local, remote: after, pull: op.pull });
        expect(new Set(written).size).toBe(written.length);
        for (const field of op.pull) expect(written).toContain(field);
        const applied: Record<string, unknown> = { ...local };
        for (const field of written) applied[field] = after[field];
        for (const { field, direction } of fieldRules) {
          if (direction === 'fromBilly') expect(sameValue(applied[field], after[field])).toBe(true);
          if (direction === 'toBilly') expect(written).not.toContain(field);
        }
        for (const field of written) count(hits, op.pull.includes(field) ? 'planned_pull' : 'moved_by_push');
        if (written.length === 0) count(hits, 'nothing_back');
        // Converges: with the new merge base, the next plan skips and nothing is rebased again.
        const base = hashes(applied, after);
        expect(plan({ view: applied }, { view: after, archived: false, locked: false }, base, policy)).toEqual({ kind: 'skip', reason: 'unchanged' });
        expect(afterSkip({ rules: fieldRules, local: applied, remote: after, base, linkState: 'synced', pendingFormerTwins: false })).toEqual({ rebase: false });
      }),
      { numRuns: 2000 }
    );
    expectEveryBranch(hits, ['planned_pull', 'moved_by_push', 'nothing_back'], 'fieldsAfterUpdate');
  });

  it('a skipped record has its merge base rewritten exactly when it is not the last sync of both sides, and once rewritten it stays', () => {
    const hits: Record<string, number> = {};
    fc.assert(
      fc.property(
        rules,
        view,
        fc.option(view, { nil: null }),
        fc.oneof(fc.constant('current' as const), fc.constant(null), fc.tuple(view, view)),
        fc.constantFrom('synced', 'synced', 'failed', 'pending', null),
        fc.boolean(),
        (fieldRules, local, remote, synced, linkState, pendingFormerTwins) => {
          // Often the base is the current state, as after our own write.
          const base = synced === 'current' ? hashes(local, remote ?? {}) : synced && hashes(...synced);
          const followUp = afterSkip({ rules: fieldRules, local, remote, base, linkState, pendingFormerTwins });
          count(hits, followUp.rebase ? followUp.why : remote ? 'stays' : 'no_billy_record');
          if (!remote) return expect(followUp).toEqual({ rebase: false });
          const current = hashes(local, remote);
          const inSync = base !== null && linkState === 'synced' && base.localHash === current.localHash && base.remoteHash === current.remoteHash;
          expect(followUp.rebase).toBe(!inSync || pendingFormerTwins);
          // After the rebase (twins retired, link synced), the same record needs none.
          expect(afterSkip({ rules: fieldRules, local, remote, base: current, linkState: 'synced', pendingFormerTwins: false })).toEqual({ rebase: false });
        }
      ),
      { numRuns: 3000 }
    );
    expectEveryBranch(hits, ['no_billy_record', 'no_base', 'not_synced', 'base_moved', 'former_twins', 'stays'], 'afterSkip');
  });
});
