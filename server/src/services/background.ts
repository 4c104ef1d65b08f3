import type { Core } from '@strapi/strapi';
import type { SyncMode } from '../../../contracts';
import type { PluginConfig } from '../config';
import { createOnSaveWorker, queueKey, type PushQueuedChanges } from '../on-save/worker';
import { getService } from './get-service';
import { RunAlreadyActiveError } from './runs';

const ON_SAVE_BATCH_SIZE = 50;
const ON_SAVE_RETRY_BASE_MS = 2000;
const ON_SAVE_RETRY_MAX_MS = 5 * 60_000;

/**
 * The plugin's one background loop: every few seconds it picks up settings changed on another
 * instance (re-applying the schedule when the mode changed) and pushes the on-save queue. A save
 * noted in the queue wakes it at once, so the push does not wait for the next poll.
 */
const background = ({ strapi }: { strapi: Core.Strapi }) => {
  let timer: NodeJS.Timeout | null = null;
  let busy: Promise<void> | null = null;
  // Set once a pass has read the queue: a save queued after that needs one more pass.
  let drainStarted = false;
  let passAgain = false;
  let appliedMode: SyncMode | null = null;
  let lastLeaseLook = 0;

  const push: PushQueuedChanges = async (changes) => {
    const results = new Map<string, { ok: boolean; message?: string }>();
    try {
      const { run, outcomes } = await getService(strapi, 'sync').syncDocuments('onSave', changes);
      for (const change of changes) {
        const outcome = outcomes.find((entry) => entry.module === change.module && entry.documentId === change.documentId);
        // No outcome and no run error: the document is gone or has nothing to push.
        // A record Billy still refuses is done with until it changes (its next save queues it again).
        const failed = outcome ? outcome.outcome === 'failed' && outcome.reason !== 'still_refused' : Boolean(run.error);
        results.set(queueKey(change.module, change.documentId), failed ? { ok: false, message: outcome?.message ?? run.error?.message ?? undefined } : { ok: true });
      }
    } catch (error) {
      // Another run holds the lease: leave the queue as it is and try on the next tick.
      if (!(error instanceof RunAlreadyActiveError)) throw error;
    }
    return results;
  };

  const worker = createOnSaveWorker(strapi, push, { batchSize: ON_SAVE_BATCH_SIZE, retryBaseMs: ON_SAVE_RETRY_BASE_MS, retryMaxMs: ON_SAVE_RETRY_MAX_MS });

  const tick = async () => {
    await getService(strapi, 'pending-changes').flush();
    // A lease lives lockTtlMs without renewal: looking once per that time finds every run whose holder died.
    const { lockTtlMs } = strapi.config.get('plugin::billy') as PluginConfig;
    if (Date.now() - lastLeaseLook >= lockTtlMs) {
      lastLeaseLook = Date.now();
      await getService(strapi, 'runs').endRunsOfLostHolders();
      await getService(strapi, 'alerts').checkUnreachableStreak();
    }
    const settings = await getService(strapi, 'settings').get();
    if (settings.syncMode !== appliedMode) {
      getService(strapi, 'scheduler').apply(settings.syncMode);
      appliedMode = settings.syncMode;
    }
    drainStarted = true;
    if (settings.syncOnSave) await worker.drain();
  };

  const runTick = async (): Promise<void> => {
    if (busy) return busy;
    drainStarted = false;
    busy = tick()
      .catch((error: unknown) => {
        strapi.log.warn(`[billy] background work failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        busy = null;
        if (passAgain) {
          passAgain = false;
          void runTick();
        }
      });
    return busy;
  };

  /** A save reached the queue: pass now, or right after the pass under way if it has read the queue already. */
  const wake = () => {
    if (!busy) void runTick();
    else if (drainStarted) passAgain = true;
  };

  return {
    /** The schedule the settings ask for, applied now (at start-up and after a save). */
    applySchedule(mode: SyncMode) {
      getService(strapi, 'scheduler').apply(mode);
      appliedMode = mode;
    },
    start() {
      if (timer) return;
      const { backgroundPollMs } = strapi.config.get('plugin::billy') as PluginConfig;
      timer = setInterval(() => void runTick(), backgroundPollMs);
      timer.unref();
      getService(strapi, 'pending-changes').whenQueued(wake);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      getService(strapi, 'pending-changes').whenQueued(null);
      passAgain = false;
      await busy;
      await getService(strapi, 'pending-changes').flush();
    },
    /** One pass now (tests). */
    runOnce: runTick,
    /** Queued documents, the ones noted in the last moments included. */
    async pendingCount() {
      await getService(strapi, 'pending-changes').flush();
      return worker.pendingCount();
    },
  };
};

export default background;
