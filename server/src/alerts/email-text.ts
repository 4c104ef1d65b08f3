import type { AlertKind } from '../../../contracts';
import type { Incident } from './decisions';

export type AlertLanguage = 'en' | 'da';

/** An admin's interface language as Strapi keeps it (`preferedLanguage`, e.g. "da"); English otherwise. */
export const languageOf = (preferedLanguage: string | null | undefined): AlertLanguage => (preferedLanguage?.toLowerCase().startsWith('da') ? 'da' : 'en');

const formatTime = (date: Date, language: AlertLanguage) =>
  `${new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;

const TEXTS: Record<AlertLanguage, Record<AlertKind, { subject: string; body: (incident: Incident, time: string) => string }>> = {
  en: {
    token_refused: {
      subject: 'Billy refused the access token',
      body: (_incident, time) =>
        `Since ${time}, Billy refuses the access token Strapi syncs with, so nothing is synced.\n\nCreate a new access token in Billy (Settings › Access tokens) and paste it in Strapi under Settings › Billy.`,
    },
    billy_unreachable: {
      subject: 'Billy cannot be reached',
      body: (_incident, time) =>
        `Since ${time}, Strapi gets no answer from Billy, so nothing is synced.\n\nCheck the server's internet connection and the API URL in Settings › Billy. The alert clears itself when Billy answers again.`,
    },
    run_failed: {
      subject: 'A Billy sync did not finish cleanly',
      body: (incident, time) =>
        `At ${time}, sync run ${incident.runId ?? ''} ended with failures.\n\nOpen Settings › Billy › Sync runs in Strapi to see which records failed and what to do about them. You get no further e-mail while syncs keep failing; the alert clears itself after a sync that succeeds.`,
    },
  },
  da: {
    token_refused: {
      subject: 'Billy afviste adgangsnøglen',
      body: (_incident, time) =>
        `Siden ${time} har Billy afvist den adgangsnøgle, Strapi synkroniserer med, så intet bliver synkroniseret.\n\nOpret en ny adgangsnøgle i Billy (Indstillinger › Adgangsnøgler), og indsæt den i Strapi under Indstillinger › Billy.`,
    },
    billy_unreachable: {
      subject: 'Billy kan ikke nås',
      body: (_incident, time) =>
        `Siden ${time} har Strapi ikke fået svar fra Billy, så intet bliver synkroniseret.\n\nTjek serverens internetforbindelse og API-adressen under Indstillinger › Billy. Advarslen forsvinder af sig selv, når Billy svarer igen.`,
    },
    run_failed: {
      subject: 'En synkronisering med Billy gik ikke rent igennem',
      body: (incident, time) =>
        `${time} sluttede synkronisering ${incident.runId ?? ''} med fejl.\n\nÅbn Indstillinger › Billy › Synkroniseringer i Strapi for at se, hvilke poster der fejlede, og hvad du kan gøre. Du får ikke flere e-mails, mens synkroniseringerne bliver ved med at fejle; advarslen forsvinder af sig selv efter en synkronisering, der lykkes.`,
    },
  },
};

/** The e-mail of one incident in one language: what happened, since when, and what to do. Never the token. */
export const alertEmail = (incident: Incident, language: AlertLanguage): { subject: string; text: string } => {
  const text = TEXTS[language][incident.kind];
  const time = formatTime(incident.kind === 'run_failed' ? incident.lastSeenAt : incident.since, language);
  return { subject: `[Strapi · Billy] ${text.subject}`, text: text.body(incident, time) };
};
