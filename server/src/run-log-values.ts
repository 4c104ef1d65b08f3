import type { Core, UID } from '@strapi/strapi';
import { MODULE_UIDS, type RunRecordEntry } from '../../contracts';

/** The Content Manager's permission checker, as far as reading goes. */
interface ReadChecker {
  can: { read(entity?: unknown): boolean };
  requiresEntity: { read(): boolean };
}

/** Whether an entry holds a record's values: field values, or the record's name. */
const holdsValues = (entry: RunRecordEntry) => Boolean(entry.changes) || entry.label != null;

/** The field names stay (what changed), the values go (what it was and became, and the record's name). */
const withoutValues = <T extends RunRecordEntry>(entry: T): T =>
  holdsValues(entry)
    ? {
        ...entry,
        ...(entry.changes ? { changes: Object.fromEntries(Object.keys(entry.changes).map((field) => [field, { strapi: null, billy: null }])) } : {}),
        ...(entry.label != null ? { label: null } : {}),
        valuesHidden: true,
      }
    : entry;

/**
 * Record values in the run log (previews, conflicts' two values, the record's name) reach only a user who may read
 * that record in the Content Manager: the type, and under a condition (e.g. "is creator") the
 * document itself. `userAbility` is the admin's (ctx.state.userAbility); without one (the content
 * API) no values are shown.
 */
export const guardRecordValues = async <T extends RunRecordEntry>(strapi: Core.Strapi, userAbility: unknown, entries: T[]): Promise<T[]> => {
  if (!entries.some(holdsValues)) return entries;
  if (!userAbility) return entries.map(withoutValues);
  const checkers = new Map<string, ReadChecker>();
  const checkerFor = (uid: string) => {
    let checker = checkers.get(uid);
    if (!checker) {
      checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: uid }) as ReadChecker;
      checkers.set(uid, checker);
    }
    return checker;
  };
  // Conditional read permissions are checked against the documents, read once per type.
  const documents = new Map<string, Map<string, unknown>>();
  for (const entry of entries) {
    const uid = MODULE_UIDS[entry.module];
    if (!holdsValues(entry) || !entry.documentId || !checkerFor(uid).can.read() || !checkerFor(uid).requiresEntity.read()) continue;
    if (!documents.has(uid)) documents.set(uid, new Map());
    documents.get(uid)!.set(entry.documentId, null);
  }
  for (const [uid, byId] of documents) {
    const rows = (await strapi.db.query(uid as UID.Schema).findMany({ where: { documentId: { $in: [...byId.keys()] } }, populate: ['createdBy'] })) as Array<{ documentId: string }>;
    for (const row of rows) byId.set(row.documentId, row);
  }
  return entries.map((entry) => {
    if (!holdsValues(entry)) return entry;
    const checker = checkerFor(MODULE_UIDS[entry.module]);
    if (!checker.can.read()) return withoutValues(entry);
    if (!checker.requiresEntity.read()) return entry;
    const document = entry.documentId ? documents.get(MODULE_UIDS[entry.module])?.get(entry.documentId) : null;
    return document && checker.can.read(document) ? entry : withoutValues(entry);
  });
};
