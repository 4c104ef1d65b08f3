import type { RunRecordEntry } from '../../../contracts';
import type { SyncAdapter } from './adapters';
import type { RecordPair } from './pairing';
import type { Operation } from './planner';
import { assertImportable, formerTwinsOf, type PhasePlanner, type PlannedRecord } from './phase-plan';
import type { LinkRef, LinkRefs } from './refs';
import type { RemoteItem } from './remote/items';
import { conflictNote, fieldValues, NEEDS_CREDIT_NOTE, recordEntry, replacedNote, stillRefusedNote } from './run-entries';

/** The stand-in Billy id of a record a preview would create, so records that depend on it plan as they would for real. */
export const previewBillyId = (documentId: string) => `preview:${documentId}`;
const previewDocumentId = (billyId: string) => `preview:${billyId}`;

/**
 * Describes what carrying out each planned record would do — the same outcome, and the fields
 * that would change with both sides' values — without writing anything to Billy, Strapi or the
 * links. What a real run would create is noted in `previewLinks`, which later phases read as links.
 */
export class RecordPreview {
  constructor(
    private readonly adapter: SyncAdapter,
    private readonly planner: PhasePlanner,
    private readonly refs: LinkRefs,
    private readonly previewLinks: LinkRef[]
  ) {}

  async carryOut(planned: PlannedRecord): Promise<RunRecordEntry> {
    if (planned.kind === 'pair') return this.describePair(planned.pair, planned.op);
    if (planned.kind === 'import') return this.describeImport(planned.item);
    return this.entry({ documentId: planned.link.targetDocumentId, billyId: planned.item.billyId, outcome: 'archived', reason: 'deleted_in_strapi' });
  }

  private entry(partial: Partial<RunRecordEntry> & Pick<RunRecordEntry, 'outcome'>): RunRecordEntry {
    return recordEntry(this.adapter.module, partial);
  }

  private describePair(pair: RecordPair, op: Operation): RunRecordEntry {
    const identity = { documentId: pair.doc.documentId, billyId: pair.remote?.billyId ?? pair.link?.billyId ?? null };
    const remoteView = pair.remote?.view ?? {};
    switch (op.kind) {
      case 'replaceInBilly':
      case 'createInBilly': {
        const formerTwins = formerTwinsOf(pair, op);
        const note = formerTwins.length > 0 ? replacedNote(this.adapter.module, pair.resource, formerTwins, op.kind === 'replaceInBilly' ? op.changed : []) : {};
        const sent = this.planner.rulesFor(pair.resource).filter((rule) => rule.direction !== 'fromBilly' && pair.view[rule.field] != null);
        const keyField = this.adapter.keyField(pair.resource);
        const values = { ...pair.view, ...(keyField ? { [keyField]: pair.key } : {}) };
        const fields = [...new Set([...sent.map((rule) => rule.field), ...(keyField ? [keyField] : [])])];
        this.link(pair.doc.documentId, previewBillyId(pair.doc.documentId), pair.resource);
        return this.entry({ ...identity, outcome: 'created', ...note, changes: fieldValues(fields, values, remoteView) });
      }
      case 'update': {
        const changes = fieldValues([...op.push, ...op.pull], pair.view, remoteView);
        const direction = op.push.length > 0 ? 'toBilly' : 'fromBilly';
        const note = op.conflicts.length > 0 ? conflictNote(this.planner.priority, op.conflicts) : {};
        return this.entry({ ...identity, direction, outcome: 'updated', ...note, changes });
      }
      case 'refuse':
        return this.entry({ ...identity, outcome: 'failed', reason: 'needs_credit_note', message: NEEDS_CREDIT_NOTE, changes: fieldValues(op.pull, pair.view, remoteView) });
      case 'archiveInStrapi':
        return this.entry({ ...identity, outcome: 'archived', direction: 'fromBilly', reason: 'missing_in_billy', message: 'The Billy record is gone; archived here.' });
      case 'skip':
        if (op.reason === 'still_refused') return this.entry({ ...identity, outcome: 'failed', ...stillRefusedNote(pair.link) });
        return this.entry({ ...identity, outcome: 'skipped', reason: op.reason });
      default:
        throw new Error(`unexpected operation ${op.kind} for a document that exists`);
    }
  }

  private describeImport(item: RemoteItem): RunRecordEntry {
    assertImportable(item, this.refs);
    const pulled = this.planner.rulesFor(item.resource).filter((rule) => rule.direction !== 'toBilly' && item.view[rule.field] != null);
    this.link(previewDocumentId(item.billyId), item.billyId, item.resource);
    return this.entry({ billyId: item.billyId, direction: 'fromBilly', outcome: 'created', changes: fieldValues(pulled.map((rule) => rule.field), {}, item.view) });
  }

  private link(targetDocumentId: string, billyId: string, billyResource: string): void {
    const link = { module: this.adapter.module, targetDocumentId, billyId, billyResource };
    this.previewLinks.push(link);
    this.refs.set(link.module, targetDocumentId, billyId, billyResource);
  }
}
