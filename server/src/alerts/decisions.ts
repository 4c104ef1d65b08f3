import { MODULES, type AlertKind, type ModuleName, type RunStatus, type SyncTrigger } from '../../../contracts';

/** Runs someone started from an edit view and watched end: their failure is on screen already, and their few records say nothing of the rest. */
const ATTENDED_TRIGGERS: readonly SyncTrigger[] = ['record', 'invoiceApprove', 'invoiceSend', 'invoiceCreditNote', 'invoicePayment'];
/** Runs over every record of their modules (on-save, record and invoice-action runs take a few documents). */
const FULL_RUN_TRIGGERS: readonly SyncTrigger[] = ['manual', 'cron', 'api'];

/**
 * One kind's incident as the alerts table keeps it. `watching`: Billy stopped answering, but not yet
 * for longer than the setting (no banner, no e-mail); `open`: the banner shows and the e-mail went.
 */
export interface Incident {
  kind: AlertKind;
  state: 'watching' | 'open';
  /** the first failure of the streak */
  since: Date;
  lastSeenAt: Date;
  occurrences: number;
  runId: number | null;
}

/** A fact the plugin learnt: from a connection check (or a sync's refused token) or from a run's end. */
export type Signal =
  | { type: 'connected'; at: Date }
  | { type: 'connectionFailed'; reason: string | null; at: Date }
  | {
      type: 'runEnded';
      runId: number;
      trigger: SyncTrigger;
      modules: readonly ModuleName[];
      status: RunStatus;
      dryRun: boolean;
      errorReason: string | null;
      at: Date;
    };

/** What to do with one kind: `open` is the only step that e-mails. */
export type Step = { kind: AlertKind; action: 'resolve' } | { kind: AlertKind; action: 'watch' | 'open' | 'repeat'; incident: Incident };

export type OpenIncidents = Partial<Record<AlertKind, Incident>>;

/** The fault seen (again): opens the incident when `opensAt(since)` is true, else keeps watching. */
const seen = (current: Incident | undefined, kind: AlertKind, at: Date, opens: (since: Date) => boolean, runId: number | null = null): Step => {
  const since = current?.since ?? at;
  const incident: Incident = { kind, state: 'open', since, lastSeenAt: at, occurrences: (current?.occurrences ?? 0) + 1, runId: runId ?? current?.runId ?? null };
  if (current?.state === 'open') return { kind, action: 'repeat', incident };
  return opens(since) ? { kind, action: 'open', incident } : { kind, action: 'watch', incident: { ...incident, state: 'watching' } };
};

const resolved = (current: OpenIncidents, kind: AlertKind): Step[] => (current[kind] ? [{ kind, action: 'resolve' }] : []);

/**
 * How a signal moves the incidents. A refused token and a failed run open at once; Billy unreachable
 * opens once the streak (from its first failure) lasts `unreachableAfterMinutes`. Any answer from
 * Billy ends the unreachable streak; a working connection also ends a refused token; a succeeded run
 * over every module and record ends a failing-runs incident, and runs started
 * and watched from an edit view neither open nor end one. A run stopped by a refused token or by Billy not answering counts
 * toward those incidents, not as a failed run (one fault, one e-mail); previews raise nothing.
 */
export const decide = (current: OpenIncidents, signal: Signal, { unreachableAfterMinutes }: { unreachableAfterMinutes: number }): Step[] => {
  const always = () => true;
  const unreachableLongEnough = (since: Date) => signal.at.getTime() - since.getTime() >= unreachableAfterMinutes * 60_000;
  switch (signal.type) {
    case 'connected':
      return [...resolved(current, 'token_refused'), ...resolved(current, 'billy_unreachable')];
    case 'connectionFailed':
      if (signal.reason === 'network') return [seen(current.billy_unreachable, 'billy_unreachable', signal.at, unreachableLongEnough)];
      // Billy answered, so it is reachable, whatever it said.
      return [...(signal.reason === 'auth' ? [seen(current.token_refused, 'token_refused', signal.at, always)] : []), ...resolved(current, 'billy_unreachable')];
    case 'runEnded': {
      if (signal.dryRun || (signal.status !== 'succeeded' && signal.status !== 'partial' && signal.status !== 'failed')) return [];
      if (signal.status === 'failed' && signal.errorReason === 'network') return [seen(current.billy_unreachable, 'billy_unreachable', signal.at, unreachableLongEnough)];
      // The refused token's own incident is opened by the connection status the run turned red.
      if (signal.status === 'failed' && signal.errorReason === 'auth') return [];
      const attended = ATTENDED_TRIGGERS.includes(signal.trigger);
      // Every module, every record: only such a run's success says the failures are gone.
      const clearsFailures = FULL_RUN_TRIGGERS.includes(signal.trigger) && MODULES.every((module) => signal.modules.includes(module));
      const runSteps =
        signal.status === 'succeeded'
          ? clearsFailures ? resolved(current, 'run_failed') : []
          : attended ? [] : [seen(current.run_failed, 'run_failed', signal.at, always, signal.runId)];
      return [...runSteps, ...resolved(current, 'billy_unreachable')];
    }
  }
};

/** An unreachable streak old enough to open but not yet confirmed: the background loop asks Billy once more. */
export const needsUnreachableCheck = (current: OpenIncidents, now: Date, { unreachableAfterMinutes }: { unreachableAfterMinutes: number }): boolean => {
  const watching = current.billy_unreachable;
  return watching?.state === 'watching' && now.getTime() - watching.since.getTime() >= unreachableAfterMinutes * 60_000;
};
