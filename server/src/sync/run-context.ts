import type { Core } from '@strapi/strapi';
import type { BillySettings, RunRecordEntry } from '../../../contracts';
import type { BillyClient } from '../billy';
import type syncLinks from '../services/sync-links';
import type { Phase } from './adapters';
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
  report(phase: Phase, entry: RunRecordEntry): Promise<void>;
}
