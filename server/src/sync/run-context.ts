import type { Core } from '@strapi/strapi';
import type { BillySettings, RunRecordEntry } from '../../../contracts';
import type { BillyClient } from '../billy';
import type syncLinks from '../services/sync-links';
import type { Phase } from './adapters';
import type { LinkRef } from './refs';
import type { RemoteData } from './remote/remote-data';

/** What every phase of one run shares. */
export interface RunContext {
  strapi: Core.Strapi;
  client: BillyClient;
  remote: RemoteData;
  settings: BillySettings;
  links: ReturnType<typeof syncLinks>;
  runId: number;
  /** a targeted sync (one record, or the on-save queue): only these documents, no imports, no deletions */
  onlyDocumentIds: ReadonlySet<string> | null;
  /** how many records of a phase are synced at once: more than the Billy client's maxConcurrent, so requests never wait on database work */
  concurrency: number;
  /** someone asked for this run (the retry button, a record's own "Sync to Billy"): records Billy refused before are sent again */
  retryRefused: boolean;
  /** a preview: every decision is described in the run log, none is carried out */
  dryRun: boolean;
  /** in a preview, the links its would-be creates would make (read by later phases) */
  previewLinks: LinkRef[];
  /** the number of records a phase will report, once its plan is known */
  setTotal(phase: Phase, total: number): Promise<void>;
  report(phase: Phase, entry: RunRecordEntry): Promise<void>;
}
