import { setTimeout as sleep } from 'node:timers/promises';
import type { Core } from '@strapi/strapi';
import { MODULES, type ModuleName, type RunRecordEntry, type RunSummary, type SyncTrigger } from '../../../contracts';
import { DEFAULT_CLIENT_SETTINGS, isBillyError } from '../billy';
import type { PluginConfig } from '../config';
import { ADAPTERS, PHASES, type Phase } from '../sync/adapters';
import { runPhase, stopsTheRun } from '../sync/run-phase';
import { RemoteData } from '../sync/remote/remote-data';
import { applicationError } from '../http-errors';
import { TOKEN_UNREADABLE_REASON } from '../settings/credentials';
import { getService } from './get-service';
import { RunAlreadyActiveError } from './runs';

const PHASES_OF: Record<ModuleName, Phase[]> = {
  organizations: ['organizations'],
  contacts: ['contacts'],
  products: ['products'],
  invoices: ['invoices', 'creditNotes'],
};

/** Runs of one record or a save's few, ending in about a second: a one-record sync waits for them rather than answering 409. */
const SHORT_TRIGGERS: ReadonlySet<SyncTrigger> = new Set<SyncTrigger>(['onSave', 'record', 'invoiceApprove', 'invoiceSend', 'invoiceCreditNote', 'invoicePayment']);
const SHORT_RUN_WAIT_MS = 10_000;

/** The phases for the chosen modules, always in dependency order. */
const phasesFor = (modules: readonly ModuleName[]): Phase[] => PHASES.filter((phase) => modules.some((module) => PHASES_OF[module].includes(phase)));

const errorOf = (error: unknown): { reason: string; message: string } =>
  isBillyError(error) ? { reason: error.reason, message: error.message } : { reason: 'error', message: (error as Error)?.message ?? String(error) };

/** Orchestrates runs: opens one in the run log, syncs its phases in order, closes it with its outcome. */
const sync = ({ strapi }: { strapi: Core.Strapi }) => {
  const running = new Set<Promise<unknown>>();

  /** A stored token no key opens refuses every sync, with the reason, before a run is opened. */
  const assertTokenReadable = async () => {
    const { unreadable } = await getService(strapi, 'settings').credentials();
    if (unreadable) throw applicationError(unreadable, TOKEN_UNREADABLE_REASON);
  };

  /**
   * Opens a run; while another run holds the lease and it is a short one (a save's push, another
   * record's sync or invoice action, or one just being opened), waits for it to end and tries again, for a few
   * seconds: "Sync to Billy" right after a save meets the push that save woke. A full run (button,
   * cron, API) can take minutes: then the 409 comes at once.
   */
  const startWaitingOutShortRuns = async (trigger: SyncTrigger, modules: ModuleName[]): Promise<RunSummary> => {
    const runs = getService(strapi, 'runs');
    const deadline = Date.now() + SHORT_RUN_WAIT_MS;
    for (let pause = 50; ; pause = Math.min(pause * 2, 500)) {
      try {
        return await runs.start(trigger, modules);
      } catch (error) {
        if (!(error instanceof RunAlreadyActiveError) || Date.now() + pause > deadline) throw error;
        const holder = error.runId > 0 ? await runs.get(error.runId) : null;
        if (holder && holder.status === 'running' && !SHORT_TRIGGERS.has(holder.trigger)) throw error;
        await sleep(pause);
      }
    }
  };

  /** What the phases of one run share; every outcome reported is also collected in `outcomes`. */
  const runContext = async (run: RunSummary, onlyDocumentIds: ReadonlySet<string> | null, outcomes: RunRecordEntry[]) => {
    const runs = getService(strapi, 'runs');
    const settings = await getService(strapi, 'settings').get();
    const client = await getService(strapi, 'billy').client();
    return {
      strapi,
      client,
      settings,
      remote: new RemoteData(client),
      links: getService(strapi, 'sync-links'),
      runId: run.id,
      onlyDocumentIds,
      dryRun: run.dryRun,
      retryRefused: run.trigger === 'retry' || run.trigger === 'record',
      previewLinks: [],
      setTotal: (phase: Phase, total: number) => runs.setTotal(run.id, phase, total),
      // Twice the client's request slots: while some records do their database work, others
      // keep every slot busy (the client's limiter still caps requests in flight).
      concurrency: 2 * ((strapi.config.get('plugin::billy') as PluginConfig).client.maxConcurrent ?? DEFAULT_CLIENT_SETTINGS.maxConcurrent),
      async report(phase: Phase | 'payments', entry: RunRecordEntry) {
        outcomes.push(entry);
        await runs.report(run.id, phase, entry);
      },
    };
  };

  const execute = async (run: RunSummary, phases: Phase[], onlyDocumentIds: ReadonlySet<string> | null): Promise<{ run: RunSummary; outcomes: RunRecordEntry[] }> => {
    const runs = getService(strapi, 'runs');
    const outcomes: RunRecordEntry[] = [];
    try {
      const context = await runContext(run, onlyDocumentIds, outcomes);
      // A full run reads every list anyway: asked for at the start, a later phase's pages arrive
      // while the earlier phases still send their records (a failure surfaces in the phase that reads it).
      if (onlyDocumentIds === null) for (const phase of phases) ADAPTERS[phase].remoteItems(context.remote).catch(() => undefined);
      // First step of a full run: the payment pass, on the invoice list the run reads anyway.
      if (onlyDocumentIds === null && !run.dryRun && phases.includes('invoices')) {
        await getService(strapi, 'payments').pass({
          client: context.client,
          runId: run.id,
          allInvoices: await context.remote.invoices(),
          report: (entry) => context.report('payments', entry),
          setTotal: async (total) => {
            if (total > 0) await runs.setTotal(run.id, 'payments', total);
          },
        });
      }
      for (const phase of phases) {
        await runPhase(ADAPTERS[phase], context);
        await runs.saveProgress(run.id);
      }
      // Billy took the whole run: a light an earlier refused token turned red is checked again.
      const connection = getService(strapi, 'connection');
      if ((await connection.current()).state === 'failed') await connection.check();
      return { run: await runs.finish(run.id, null), outcomes };
    } catch (error) {
      strapi.log.error(`[billy] sync run ${run.id} failed: ${errorOf(error).message}`);
      // A refused token turns the connection status red until it is fixed.
      if (stopsTheRun(error)) await getService(strapi, 'connection').recordFailure(error);
      return { run: await runs.finish(run.id, errorOf(error)), outcomes };
    }
  };

  return {
    /**
     * Starts a run in the background and answers at once with it (409 via RunAlreadyActiveError when
     * one is going). A dry run plans everything and logs what it would do, writing nothing; it holds
     * the lease like any run, so what it previews cannot move under it.
     */
    async start(trigger: SyncTrigger, modules: readonly ModuleName[] = MODULES, options: { dryRun?: boolean } = {}): Promise<RunSummary> {
      await assertTokenReadable();
      const run = await getService(strapi, 'runs').start(trigger, [...modules], { dryRun: options.dryRun ?? false });
      const done = execute(run, phasesFor(modules), null).finally(() => running.delete(done));
      running.add(done);
      return run;
    },

    /** The cron job's run: skipped, not failed, when another run (button, on-save, other instance) is going. */
    async startScheduled(): Promise<RunSummary | null> {
      try {
        return await this.start('cron');
      } catch (error) {
        if (!(error instanceof RunAlreadyActiveError)) throw error;
        strapi.log.info(`[billy] scheduled sync skipped: run ${error.runId} is still going`);
        return null;
      }
    },

    /** Syncs one document now and answers with its outcome (what the edit view's "Sync to Billy" shows). */
    async syncRecord(module: ModuleName, documentId: string): Promise<{ run: RunSummary; record: RunRecordEntry | null }> {
      await assertTokenReadable();
      const started = await startWaitingOutShortRuns('record', [module]);
      const { run, outcomes } = await execute(started, phasesFor([module]), new Set([documentId]));
      return { run, record: outcomes.find((entry) => entry.documentId === documentId) ?? null };
    },

    /**
     * Syncs a set of documents in one run and waits for it (the on-save worker's push): only these
     * documents, in dependency order, no imports or deletions.
     */
    async syncDocuments(trigger: SyncTrigger, documents: ReadonlyArray<{ module: ModuleName; documentId: string }>): Promise<{ run: RunSummary; outcomes: RunRecordEntry[] }> {
      const modules = MODULES.filter((module) => documents.some((doc) => doc.module === module));
      await assertTokenReadable();
      const started = await getService(strapi, 'runs').start(trigger, modules);
      return execute(started, phasesFor(modules), new Set(documents.map((doc) => doc.documentId)));
    },

    /**
     * Syncs one document of `module` inside a run the caller opened and will finish (an invoice
     * action's run): how the edit view's actions push a draft first and take Billy's figures back
     * afterwards. Answers the document's outcomes; an auth failure is thrown.
     */
    async pushWithin(run: RunSummary, module: ModuleName, documentId: string): Promise<RunRecordEntry[]> {
      const outcomes: RunRecordEntry[] = [];
      const context = await runContext(run, new Set([documentId]), outcomes);
      for (const phase of phasesFor([module])) await runPhase(ADAPTERS[phase], context);
      await getService(strapi, 'runs').saveProgress(run.id);
      return outcomes.filter((entry) => entry.documentId === documentId);
    },

    /** Resolves when no background run is left (shutdown, tests). */
    async whenIdle(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
};

export default sync;
