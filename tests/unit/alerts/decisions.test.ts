import { MODULES, type ModuleName, type SyncTrigger } from '../../../contracts';
import { decide, needsUnreachableCheck, type Incident, type OpenIncidents, type Signal, type Step } from '../../../server/src/alerts/decisions';
import { alertEmail, languageOf } from '../../../server/src/alerts/email-text';

const SETTINGS = { unreachableAfterMinutes: 30 };
const T0 = new Date('2026-03-01T08:00:00Z');
const minutesLater = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** Feeds signals one after another, applying the steps the way the service does. */
const replay = (signals: Signal[], settings = SETTINGS) => {
  let incidents: OpenIncidents = {};
  const opened: string[] = [];
  for (const signal of signals) {
    for (const step of decide(incidents, signal, settings)) {
      if (step.action === 'resolve') {
        const { [step.kind]: _gone, ...rest } = incidents;
        incidents = rest;
      } else {
        incidents = { ...incidents, [step.kind]: step.incident };
        if (step.action === 'open') opened.push(step.kind);
      }
    }
  }
  return { incidents, opened };
};

const runEnded = (
  runId: number,
  status: 'succeeded' | 'partial' | 'failed',
  minutes = 0,
  extra: { errorReason?: string; dryRun?: boolean; trigger?: SyncTrigger; modules?: ModuleName[] } = {}
): Signal => ({
  type: 'runEnded',
  runId,
  trigger: extra.trigger ?? 'cron',
  modules: extra.modules ?? [...MODULES],
  status,
  dryRun: extra.dryRun ?? false,
  errorReason: extra.errorReason ?? null,
  at: minutesLater(minutes),
});
const failedCheck = (reason: string, minutes = 0): Signal => ({ type: 'connectionFailed', reason, at: minutesLater(minutes) });
const connected = (minutes = 0): Signal => ({ type: 'connected', at: minutesLater(minutes) });

describe('alert decisions', () => {
  it('failing runs open one incident, however many fail; it counts them and points at the latest', () => {
    const { incidents, opened } = replay([runEnded(1, 'failed', 0, { errorReason: 'error' }), runEnded(2, 'partial', 180), runEnded(3, 'partial', 360)]);
    expect(opened).toEqual(['run_failed']);
    expect(incidents.run_failed).toMatchObject({ state: 'open', occurrences: 3, runId: 3, since: T0 });
  });

  it('a succeeded run resolves the failing-runs incident, and a later failure opens a new one', () => {
    const { incidents, opened } = replay([runEnded(1, 'partial'), runEnded(2, 'succeeded', 10), runEnded(3, 'partial', 20)]);
    expect(opened).toEqual(['run_failed', 'run_failed']);
    expect(incidents.run_failed).toMatchObject({ occurrences: 1, runId: 3, since: minutesLater(20) });
  });

  it('only a succeeded run over every module and record resolves it; edit-view runs neither open nor resolve it', () => {
    const open = replay([runEnded(1, 'partial')]).incidents;
    for (const narrow of [
      runEnded(2, 'succeeded', 5, { trigger: 'onSave' }),
      runEnded(2, 'succeeded', 5, { trigger: 'record', modules: ['organizations'] }),
      runEnded(2, 'succeeded', 5, { trigger: 'manual', modules: ['organizations'] }),
      runEnded(2, 'succeeded', 5, { trigger: 'invoiceSend', modules: ['invoices'] }),
    ]) {
      expect(decide(open, narrow, SETTINGS).filter((step) => step.kind === 'run_failed')).toEqual([]);
    }
    expect(decide(open, runEnded(2, 'succeeded', 5, { trigger: 'manual' }), SETTINGS)).toEqual([{ kind: 'run_failed', action: 'resolve' }]);
    expect(replay([runEnded(1, 'partial', 0, { trigger: 'record' }), runEnded(2, 'failed', 0, { trigger: 'invoiceApprove', errorReason: 'validation' })]).opened).toEqual([]);
    // A background push that fails is unattended: it opens one.
    expect(replay([runEnded(1, 'partial', 0, { trigger: 'onSave' })]).opened).toEqual(['run_failed']);
  });

  it('previews and interrupted runs raise and resolve nothing', () => {
    expect(replay([runEnded(1, 'failed', 0, { dryRun: true }), runEnded(2, 'partial', 0, { dryRun: true })]).opened).toEqual([]);
    expect(decide({}, { type: 'runEnded', runId: 1, trigger: 'cron', modules: [...MODULES], status: 'interrupted', dryRun: false, errorReason: 'interrupted', at: T0 }, SETTINGS)).toEqual([]);
    const open = replay([runEnded(1, 'partial')]).incidents;
    expect(decide(open, runEnded(2, 'succeeded', 5, { dryRun: true }), SETTINGS)).toEqual([]);
  });

  it('a refused token opens at once, once; a working connection resolves it', () => {
    const { incidents, opened } = replay([failedCheck('auth'), failedCheck('auth', 5), failedCheck('auth', 10)]);
    expect(opened).toEqual(['token_refused']);
    expect(incidents.token_refused).toMatchObject({ occurrences: 3 });
    expect(replay([failedCheck('auth'), connected(1)]).incidents).toEqual({});
  });

  it('a run stopped by the refused token is the token incident, not a failed run', () => {
    expect(replay([failedCheck('auth'), runEnded(1, 'failed', 0, { errorReason: 'auth' })]).opened).toEqual(['token_refused']);
  });

  it('Billy unreachable opens only once the streak lasts the set time, measured from its first failure', () => {
    const early = replay([failedCheck('network'), failedCheck('network', 10), failedCheck('network', 29)]);
    expect(early.opened).toEqual([]);
    expect(early.incidents.billy_unreachable).toMatchObject({ state: 'watching', since: T0, occurrences: 3 });
    const late = replay([failedCheck('network'), failedCheck('network', 10), runEnded(1, 'failed', 30, { errorReason: 'network' }), failedCheck('network', 40)]);
    expect(late.opened).toEqual(['billy_unreachable']);
    expect(late.incidents.billy_unreachable).toMatchObject({ state: 'open', since: T0, occurrences: 4 });
    expect(late.incidents.run_failed).toBeUndefined();
  });

  it('with 0 minutes the first failure opens; any answer from Billy ends the streak', () => {
    expect(replay([failedCheck('network')], { unreachableAfterMinutes: 0 }).opened).toEqual(['billy_unreachable']);
    for (const answer of [connected(5), failedCheck('auth', 5), failedCheck('billy', 5), runEnded(1, 'succeeded', 5), runEnded(1, 'partial', 5)]) {
      expect(replay([failedCheck('network'), answer]).incidents.billy_unreachable).toBeUndefined();
    }
    // The streak starts again from the next failure.
    expect(replay([failedCheck('network'), connected(20), failedCheck('network', 31)]).opened).toEqual([]);
  });

  it('asks the background loop for one more check only when a watched streak is old enough', () => {
    const watching = replay([failedCheck('network')]).incidents;
    expect(needsUnreachableCheck(watching, minutesLater(29), SETTINGS)).toBe(false);
    expect(needsUnreachableCheck(watching, minutesLater(30), SETTINGS)).toBe(true);
    const open = replay([failedCheck('network'), failedCheck('network', 31)]).incidents;
    expect(needsUnreachableCheck(open, minutesLater(60), SETTINGS)).toBe(false);
    expect(needsUnreachableCheck({}, minutesLater(60), SETTINGS)).toBe(false);
  });

  it('only `open` steps e-mail: repeats and watching do not', () => {
    const steps: Step[] = [];
    let incidents: OpenIncidents = {};
    for (const signal of [failedCheck('network'), failedCheck('network', 31), failedCheck('network', 60)]) {
      const next = decide(incidents, signal, SETTINGS);
      steps.push(...next);
      for (const step of next) if (step.action !== 'resolve') incidents = { ...incidents, [step.kind]: step.incident };
    }
    expect(steps.map((step) => step.action)).toEqual(['watch', 'open', 'repeat']);
  });
});

describe('alert e-mails', () => {
  const incident: Incident = { kind: 'run_failed', state: 'open', since: T0, lastSeenAt: T0, occurrences: 1, runId: 42 };

  it('are written in the admin’s language, English when it is not Danish', () => {
    expect(languageOf('da')).toBe('da');
    expect(languageOf('en')).toBe('en');
    expect(languageOf('fr')).toBe('en');
    expect(languageOf(null)).toBe('en');
    expect(alertEmail(incident, 'en').text).toMatch(/sync run 42 ended with failures/);
    expect(alertEmail(incident, 'da').text).toMatch(/synkronisering 42 med fejl/);
    expect(alertEmail({ ...incident, kind: 'token_refused' }, 'da').subject).toMatch(/adgangsnøglen/);
  });
});
