/** What raises an alert: each kind has at most one open incident at a time. */
export const ALERT_KINDS = ['token_refused', 'billy_unreachable', 'run_failed'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Settings › Billy › Alerts: who is e-mailed when an incident opens, and when "unreachable" becomes one. */
export interface AlertSettings {
  /** ids of admin users; each gets one e-mail per incident, in their interface language */
  recipients: number[];
  /** Billy not answering for longer than this (from the first failed request of the streak) opens an incident */
  unreachableAfterMinutes: number;
}

/** An open incident, as the banner shows it. */
export interface Alert {
  kind: AlertKind;
  /** when the incident opened (for unreachable: when the first failure of the streak was seen) */
  since: string;
  /** the latest time the fault was seen again */
  lastSeenAt: string;
  /** how many times the fault was seen while the incident was open (runs, checks) */
  occurrences: number;
  /** run_failed: the latest failed or partial run */
  runId: number | null;
}

/** GET /billy/alerts (permission sync.read): the open incidents, oldest first. */
export interface AlertsResponse {
  data: Alert[];
}

/** An admin who may be chosen as a recipient. */
export interface AlertRecipientOption {
  id: number;
  name: string;
  email: string;
}

/** GET /billy/alerts/recipients (permission settings.read): the active admin users. */
export interface AlertRecipientsResponse {
  data: AlertRecipientOption[];
}
