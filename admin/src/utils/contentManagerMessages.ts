import { CONTENT_MANAGER_FIELD_LABELS, CONTENT_TYPE_NAMES, contentManagerLabelId, ENUM_VALUE_LABELS, type Texts } from '../../../contracts';

/**
 * The Content Manager's own message ids for the CRM types, registered unprefixed beside the
 * plugin's: the field labels it looks up before it shows the stored label, and the enumeration
 * values its Enumeration input looks up.
 *
 * Field labels and type names only in Danish: the stored label is the plugin's English one, or the user's own
 * from "Configure the view", which an English text registered here would hide. (A Danish text
 * hides it too; the README says how an app sets its own.)
 */
export const contentManagerMessages = (locale: string): Record<string, string> => {
  if (locale !== 'en' && locale !== 'da') return {};
  const messages: Record<string, string> = {};
  for (const [value, texts] of Object.entries(ENUM_VALUE_LABELS)) messages[value] = texts[locale];
  if (locale === 'da') {
    // Keyed by the English name: the menu and the list title look the type's display name up as an id.
    for (const names of Object.values(CONTENT_TYPE_NAMES)) messages[names.en] = names.da;
    for (const [uid, fields] of Object.entries(CONTENT_MANAGER_FIELD_LABELS)) {
      for (const [field, texts] of Object.entries(fields as Record<string, Texts>)) messages[contentManagerLabelId(uid, field)] = texts.da;
    }
  }
  return messages;
};
