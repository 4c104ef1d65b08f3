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
  /** a one-record sync: only this document, no imports, no deletions */
  onlyDocumentId: string | null;
  report(phase: Phase, entry: RunRecordEntry): Promise<void>;
}
