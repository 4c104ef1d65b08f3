import type { Core } from '@strapi/strapi';
import { ALERT_KINDS, type Alert, type AlertKind, type AlertRecipientOption, type ConnectionStatus, type ModuleName, type RunSummary } from '../../../contracts';
import { decide, needsUnreachableCheck, type Incident, type OpenIncidents, type Signal, type Step } from '../alerts/decisions';
import { alertEmail, languageOf } from '../alerts/email-text';
import { ALERT_UID } from '../models/alert';
import { getService } from './get-service';

interface AlertRow {
  kind: AlertKind;
  state: Incident['state'];
  since: number | string;
  lastSeenAt: number | string;
  occurrences: number;
  runId: number | null;
}

interface AdminUserRow {
  id: number;
  firstname: string | null;
  lastname: string | null;
  username: string | null;
  email: string;
  isActive: boolean;
  blocked: boolean | null;
  preferedLanguage: string | null;
}

const toIncident = (row: AlertRow): Incident => ({
  kind: row.kind,
  state: row.state,
  since: new Date(Number(row.since)),
  lastSeenAt: new Date(Number(row.lastSeenAt)),
  occurrences: Number(row.occurrences),
  runId: row.runId ?? null,
});

const toData = (incident: Incident) => ({
  state: incident.state,
  since: incident.since.getTime(),
  lastSeenAt: incident.lastSeenAt.getTime(),
  occurrences: incident.occurrences,
  runId: incident.runId,
});

const nameOf = (user: AdminUserRow) => [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email;

/**
 * The one owner of incidents (billy_alerts): the connection status and the run log tell it what they
 * learn, the pure `decide` says what opens and what resolves, and an incident that opens e-mails the
 * chosen admins once, through Strapi's e-mail plugin when it has a provider.
 */
const alerts = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(ALERT_UID);
  // Signals are applied one at a time in this process (a run's end and its refused token arrive together).
  let queue: Promise<unknown> = Promise.resolve();
  // E-mails on their way: a slow mail server never holds up the run or check that opened the incident.
  const sending = new Set<Promise<void>>();

  const openIncidents = async (): Promise<OpenIncidents> => {
    const rows = (await query().findMany({})) as AlertRow[];
    return Object.fromEntries(rows.filter((row) => (ALERT_KINDS as readonly string[]).includes(row.kind)).map((row) => [row.kind, toIncident(row)]));
  };

  const emailService = () => {
    const email = strapi.plugin('email') as (Core.Plugin & { provider?: { send?: unknown } }) | undefined;
    return email?.provider?.send ? (email.service('email') as { send(options: { to: string; subject: string; text: string }): Promise<unknown> }) : null;
  };

  /** One e-mail per recipient, in their language; a failure is logged, never thrown into a sync. */
  const notify = async (incident: Incident) => {
    const recipients = (await getService(strapi, 'settings').get()).alerts.recipients;
    const email = emailService();
    if (!email || recipients.length === 0) return;
    const users = (await strapi.db.query('admin::user').findMany({ where: { id: { $in: recipients } } })) as AdminUserRow[];
    for (const user of users.filter((candidate) => candidate.isActive && !candidate.blocked && candidate.email)) {
      try {
        await email.send({ to: user.email, ...alertEmail(incident, languageOf(user.preferedLanguage)) });
      } catch (error) {
        strapi.log.warn(`[billy] could not e-mail the ${incident.kind} alert to admin user ${user.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };

  /** Writes one step; answers whether this instance opened the incident (only then it e-mails). */
  const apply = async (step: Step): Promise<boolean> => {
    if (step.action === 'resolve') {
      await query().deleteMany({ where: { kind: step.kind } });
      return false;
    }
    const data = toData(step.incident);
    const existing = (await query().findOne({ where: { kind: step.kind } })) as AlertRow | null;
    if (!existing) {
      try {
        await query().create({ data: { kind: step.kind, ...data } });
        return step.action === 'open';
      } catch {
        // Another instance opened it first (unique kind): its e-mail went.
        return false;
      }
    }
    if (step.action === 'open') {
      // Only the instance that moves it out of "watching" e-mails.
      const { count } = await query().updateMany({ where: { kind: step.kind, state: 'watching' }, data });
      return count === 1;
    }
    await query().updateMany({ where: { kind: step.kind }, data: step.action === 'repeat' ? { ...data, state: 'open' } : data });
    return false;
  };

  const observe = (signal: Signal): Promise<void> => {
    const next = queue.then(async () => {
      const { alerts: alertSettings } = await getService(strapi, 'settings').get();
      for (const step of decide(await openIncidents(), signal, alertSettings)) {
        if ((await apply(step)) && step.action === 'open') {
          const sent = notify(step.incident)
            .catch((error: unknown) => {
              strapi.log.warn(`[billy] could not e-mail the ${step.kind} alert: ${error instanceof Error ? error.message : String(error)}`);
            })
            .finally(() => sending.delete(sent));
          sending.add(sent);
        }
      }
    });
    queue = next.catch(() => undefined);
    return next.catch((error: unknown) => {
      strapi.log.warn(`[billy] could not update the alerts: ${error instanceof Error ? error.message : String(error)}`);
    });
  };

  return {
    /** Every connection status saved (a check, or a sync's refused token). */
    connectionChecked(status: ConnectionStatus): Promise<void> {
      const at = new Date();
      // No token at all is not an incident: the Settings page says so; a refused or missing Billy ends with it.
      if (status.state !== 'failed') return observe({ type: 'connected', at });
      return observe({ type: 'connectionFailed', reason: status.reason, at });
    },

    /** Every run the run log ends, with the modules it was started for. */
    runEnded(run: RunSummary, modules: readonly ModuleName[]): Promise<void> {
      return observe({ type: 'runEnded', runId: run.id, trigger: run.trigger, modules, status: run.status, dryRun: run.dryRun, errorReason: run.error?.reason ?? null, at: new Date() });
    },

    /** The open incidents, oldest first (a streak not yet long enough is not one). */
    async list(): Promise<Alert[]> {
      const incidents = Object.values(await openIncidents()).filter((incident) => incident.state === 'open');
      return incidents
        .sort((a, b) => a.since.getTime() - b.since.getTime())
        .map((incident) => ({ kind: incident.kind, since: incident.since.toISOString(), lastSeenAt: incident.lastSeenAt.toISOString(), occurrences: incident.occurrences, runId: incident.runId }));
    },

    /**
     * From the background loop: once an unreachable streak has lasted the set time, Billy is asked
     * once more, which opens the incident or ends the streak (so it opens without waiting for a sync).
     */
    async checkUnreachableStreak(now = new Date()): Promise<void> {
      const { alerts: alertSettings } = await getService(strapi, 'settings').get();
      if (needsUnreachableCheck(await openIncidents(), now, alertSettings)) await getService(strapi, 'connection').check();
    },

    /** The admins that may be chosen as recipients: active users with an e-mail address. */
    async recipientOptions(): Promise<AlertRecipientOption[]> {
      const users = (await strapi.db.query('admin::user').findMany({ where: { isActive: true }, orderBy: { id: 'asc' } })) as AdminUserRow[];
      return users.filter((user) => !user.blocked && user.email).map((user) => ({ id: user.id, name: nameOf(user), email: user.email }));
    },

    /** Resolves when every signal noted so far is applied and its e-mails sent (tests, shutdown). */
    async whenSettled(): Promise<void> {
      await queue;
      await Promise.allSettled([...sending]);
    },
  };
};

export default alerts;
