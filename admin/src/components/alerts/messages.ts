import type { MessageDescriptor } from 'react-intl';
import type { AlertKind } from '../../../../contracts';
import { message } from '../../utils/message';

/** The alert banner and the Alerts card of Settings › Billy; en.json and da.json hold the same keys. */
export const messages = {
  close: message('alerts.close', 'Hide until the page is opened again'),
  openSettings: message('alerts.openSettings', 'Open Billy settings'),
  openRun: message('alerts.openRun', 'Open the run'),
  cardTitle: message('alerts.card.title', 'Alerts'),
  cardIntro: message(
    'alerts.card.intro',
    'When Billy refuses the token, cannot be reached, or a sync ends with failures, a warning shows on the Billy pages and the home page until it is fixed. The admins chosen here also get one e-mail per problem, in their own language.'
  ),
  recipientsLabel: message('alerts.recipients.label', 'E-mail these admins'),
  recipientsHint: message('alerts.recipients.hint', 'Needs an e-mail provider in Strapi’s e-mail plugin (config/plugins). Nobody chosen: no e-mails.'),
  recipientsNone: message('alerts.recipients.none', 'Nobody'),
  recipientsUnknown: message('alerts.recipients.unknown', 'Admin #{id}'),
  recipientsLoadFailed: message('alerts.recipients.loadFailed', 'The list of admins could not be loaded.'),
  unreachableLabel: message('alerts.unreachable.label', 'Warn when Billy has not answered for'),
  unreachableHint: message('alerts.unreachable.hint', 'Minutes, from the first request Billy did not answer. 0 warns at once.'),
  unreachableValue: message('alerts.unreachable.value', '{minutes, plural, =0 {At once} one {# minute} other {# minutes}}'),
};

/** Each kind's banner: a title, what happened (with {time} and {count}), and where to fix it. */
export const alertTexts: Record<AlertKind, { title: MessageDescriptor; body: MessageDescriptor }> = {
  token_refused: {
    title: message('alerts.token_refused.title', 'Billy refuses the access token'),
    body: message('alerts.token_refused.body', 'Since {time} nothing is synced. Create a new access token in Billy (Settings › Access tokens) and paste it in the Billy settings.'),
  },
  billy_unreachable: {
    title: message('alerts.billy_unreachable.title', 'Billy cannot be reached'),
    body: message('alerts.billy_unreachable.body', 'Billy has not answered since {time}, so nothing is synced. Check the server’s internet connection and the API address. This warning goes away when Billy answers again.'),
  },
  run_failed: {
    title: message('alerts.run_failed.title', 'Syncs end with failures'),
    body: message(
      'alerts.run_failed.body',
      '{count, plural, one {The last sync} other {The last # syncs}} ended with failures (the first at {time}). See which records failed and why in the run. This warning goes away after a sync that succeeds.'
    ),
  },
};
