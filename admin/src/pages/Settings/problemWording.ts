import type { IntlShape, MessageDescriptor } from 'react-intl';
import { EMAIL_TEMPLATE_PLACEHOLDERS } from '../../../../contracts';
import { message } from '../../utils/message';
import { invoiceActionMessages } from './invoice-actions/messages';

/** One bad field of a 400: the server's English message, and the code (and values) the admin words it by. */
export interface FieldProblem {
  path?: string[];
  message?: string;
  code?: string;
  values?: Record<string, string | number>;
}

const PLACEHOLDER_LIST = EMAIL_TEMPLATE_PLACEHOLDERS.map((name) => `{${name}}`).join(', ');

/** The settings' refusals by the code the server gives each bad field (server/src/settings/validation-error.ts). */
const problemTexts: Record<string, MessageDescriptor> = {
  required: message('settings.problem.required', 'This cannot be empty.'),
  too_short: message('settings.problem.tooShort', 'At least {minimum, number} characters.'),
  too_long: message('settings.problem.tooLong', 'At most {maximum, number} characters.'),
  too_small: message('settings.problem.tooSmall', 'At least {minimum, number}.'),
  too_big: message('settings.problem.tooBig', 'At most {maximum, number}.'),
  too_many: message('settings.problem.tooMany', 'Choose at most {maximum, number}.'),
  invalid_choice: message('settings.problem.invalidChoice', 'Choose one of the options.'),
  invalid: message('settings.problem.invalid', 'This value is not valid.'),
  priority_required: message('settings.problem.priorityRequired', 'Choose which side wins when a field changed in both Strapi and Billy.'),
  duplicate_recipient: message('settings.problem.duplicateRecipient', 'Choose each admin only once.'),
  unknown_admin: message('settings.problem.unknownAdmin', 'There is no admin with id {id} any more: remove it from the list.'),
  unknown_setting: message('settings.problem.unknownSetting', 'There is no setting “{key}”.'),
  unknown_placeholder: invoiceActionMessages.unknownPlaceholder,
};

/** A bad setting in the admin's language; a code this admin has no words for (a newer server) keeps the server's message. */
export const settingsProblemText = (intl: Pick<IntlShape, 'formatMessage'>, problem: FieldProblem): string => {
  const descriptor = problem.code ? problemTexts[problem.code] : undefined;
  if (!descriptor) return problem.message ?? '';
  return intl.formatMessage(descriptor, { ...problem.values, placeholders: PLACEHOLDER_LIST });
};
