import type { MessageDescriptor } from 'react-intl';
import type { FieldDirection } from '../../../../contracts';
import { message } from '../../utils/message';

export const mappingMessages = {
  title: message('mapping.title', 'Field mapping'),
  subtitle: message('mapping.subtitle', 'Which Strapi field goes to which Billy field, per module, and in which direction.'),
  back: message('mapping.back', 'Billy settings'),
  save: message('mapping.save', 'Save'),
  saved: message('mapping.saved', 'Field mapping saved.'),
  invalid: message('mapping.invalid', 'Some field pairs need a fix. Nothing was saved.'),
  saveFailed: message('mapping.saveFailed', 'The field mapping was not saved: {message}'),
  loadFailed: message('mapping.loadFailed', 'The field mapping could not be loaded: {message}'),
  readOnly: message('mapping.readOnly', 'You can view the mapping. Changing it needs the permission to update Billy settings.'),
  modeDefault: message('mapping.mode.default', 'Every module uses the default mapping. Change a module’s pairs and save to use a custom mapping.'),
  modeCustom: message('mapping.mode.custom', 'A custom mapping is in use. Modules left at their defaults use the default mapping.'),
  moduleCustom: message('mapping.module.custom', 'Custom'),
  moduleDefault: message('mapping.module.default', 'Default'),
  strapiField: message('mapping.column.strapiField', 'Strapi field'),
  billyField: message('mapping.column.billyField', 'Billy field'),
  direction: message('mapping.column.direction', 'Direction'),
  transform: message('mapping.column.transform', 'Transform'),
  actions: message('mapping.column.actions', 'Actions'),
  rowLabel: message('mapping.row.label', '{column}, row {row}'),
  removeRow: message('mapping.row.remove', 'Remove row {row}'),
  addRow: message('mapping.addRow', 'Add a field pair'),
  reset: message('mapping.reset', 'Reset to default'),
  resetTitle: message('mapping.reset.title', 'Reset to the default mapping?'),
  resetBody: message('mapping.reset.body', 'The field pairs of {module} go back to the default mapping. Your own pairs for {module} are dropped when you save.'),
  required: message('mapping.billy.required', '{name} (required)'),
  readOnlyField: message('mapping.billy.readOnly', '{name} (read-only in Billy)'),
  noTransform: message('mapping.transform.none', 'None'),
  choose: message('mapping.choose', 'Choose a field'),
  empty: message('mapping.empty', 'No field pairs: this module will use the default mapping.'),
};

export const directionLabels: Record<FieldDirection, MessageDescriptor> = {
  both: message('mapping.direction.both', 'Both ways'),
  toBilly: message('mapping.direction.toBilly', 'To Billy only'),
  fromBilly: message('mapping.direction.fromBilly', 'From Billy only'),
};

export const transformLabels: Record<string, MessageDescriptor> = {
  trim: message('mapping.transform.trim', 'Trim spaces'),
  upperCase: message('mapping.transform.upperCase', 'Upper case'),
  lowerCase: message('mapping.transform.lowerCase', 'Lower case'),
  countryNameToIso: message('mapping.transform.countryNameToIso', 'Country name → ISO code'),
  isoToCountryName: message('mapping.transform.isoToCountryName', 'ISO code → country name'),
};
