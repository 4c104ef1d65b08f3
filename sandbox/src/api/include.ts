/** `include=<record>.<relation>[:sideload|:embed],…` (billy-api.md §2.2). */
import type { AnyRecord, DataView } from '../data-view';
import { invalidRequest } from '../errors';
import { RESOURCES_BY_PLURAL, RESOURCES_BY_SINGULAR } from '../resources/registry';
import type { PresentContext, Relation, ResourceDefinition } from '../resources/resource';
import { queryValue, type Query } from './list-query';

/** Children the embedsChildren switch leaves out of their parent, to be read from their own resource. */
const SEPARATE_CHILDREN = new Set(['contact.contactPersons', 'product.prices']);

export type IncludeRequest = { owner: string; relation: string; mode: 'embed' | 'sideload' };

export function parseIncludes(query: Query): IncludeRequest[] {
  const raw = queryValue(query, 'include');
  if (!raw) return [];
  return raw
    .split(',')
    .map((spec) => spec.trim())
    .filter(Boolean)
    .map((spec) => {
      const match = /^(\w+)\.(\w+)(?::(embed|sideload))?$/.exec(spec);
      const owner = match ? RESOURCES_BY_SINGULAR.get(match[1]) : undefined;
      if (!match || !owner?.relations[match[2]]) throw invalidRequest(`Unknown include "${spec}".`);
      // Sideloading is the default mode.
      return { owner: match[1], relation: match[2], mode: match[3] === 'embed' ? 'embed' : 'sideload' };
    });
}

function resourceFor(plural: string): ResourceDefinition {
  const resource = RESOURCES_BY_PLURAL.get(plural);
  if (!resource) throw new Error(`No resource is registered for ${plural}.`);
  return resource;
}

/**
 * Turns stored records into their wire form with the requested relations: embedded ones nested in the parent,
 * sideloaded ones once each under their own plural root key, the parent holding their ids.
 */
export class RecordPresenter {
  private readonly sideloaded = new Map<string, Map<string, AnyRecord>>();

  constructor(
    private readonly includes: readonly IncludeRequest[],
    private readonly view: DataView,
    private readonly context: PresentContext,
  ) {}

  present(resource: ResourceDefinition, records: readonly AnyRecord[], ancestors: readonly string[] = []): AnyRecord[] {
    return records.map((record) => this.presentOne(resource, record, ancestors));
  }

  /** Sideloaded records by root key; `primaryKey` is left out, since those records are the answer's own. */
  sideloads(primaryKey: string): Record<string, AnyRecord[]> {
    const roots: Record<string, AnyRecord[]> = {};
    for (const [plural, records] of this.sideloaded) if (plural !== primaryKey) roots[plural] = [...records.values()];
    return roots;
  }

  private presentOne(resource: ResourceDefinition, record: AnyRecord, ancestors: readonly string[]): AnyRecord {
    const wire: { id: string; [field: string]: unknown } = { ...(resource.present ? resource.present(record, this.context) : record) };
    for (const include of this.includes) {
      if (include.owner !== resource.singular) continue;
      if (!this.context.switches.embedsChildren && SEPARATE_CHILDREN.has(`${include.owner}.${include.relation}`)) continue;
      const relation = resource.relations[include.relation];
      const target = resourceFor(relation.target);
      const related = this.related(record, relation);
      if (include.mode === 'sideload') {
        if (relation.kind === 'hasMany') wire[relation.idsKey] = related.map((child) => child.id);
        this.sideload(target, related);
      } else if (!ancestors.includes(target.singular)) {
        // The ancestor check stops embedding loops such as contact.contactPersons with contactPerson.contact.
        const embedded = this.present(target, related, [...ancestors, resource.singular]);
        wire[include.relation] = relation.kind === 'belongsTo' ? (embedded[0] ?? null) : embedded;
      }
    }
    return wire;
  }

  private related(record: AnyRecord, relation: Relation): AnyRecord[] {
    if (relation.kind === 'hasMany') return this.view.rows(relation.target).filter((child) => child[relation.foreignKey] === record.id);
    const id = record[relation.foreignKey];
    const parent = typeof id === 'string' ? this.view.find(relation.target, id) : undefined;
    return parent ? [parent] : [];
  }

  private sideload(resource: ResourceDefinition, records: readonly AnyRecord[]): void {
    let bucket = this.sideloaded.get(resource.plural);
    if (!bucket) this.sideloaded.set(resource.plural, (bucket = new Map()));
    for (const record of records) {
      if (bucket.has(record.id)) continue;
      // Reserve the slot first, so relations that lead back here do not recurse.
      bucket.set(record.id, record);
      bucket.set(record.id, this.presentOne(resource, record, [resource.singular]));
    }
  }
}
