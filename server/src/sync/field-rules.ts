import type { BillySettings, FieldDirection, FieldMappingPair, ModuleName } from '../../../contracts';
import { MODULE_MAPPINGS } from './mapping';

/** The field pairs in force: the user's custom mapping for the module when one is set, else the default. */
export const fieldPairsFor = (settings: BillySettings, module: ModuleName): FieldMappingPair[] => {
  const custom = settings.mapping.mode === 'custom' ? settings.mapping.custom[module] : undefined;
  return custom && custom.length > 0 ? custom : MODULE_MAPPINGS[module].defaultPairs;
};

export interface FieldRule {
  field: string;
  direction: FieldDirection;
}

/** The planner's field list: every mapped Billy field the resource has. */
export const fieldRules = (fieldPairs: readonly FieldMappingPair[], allowed: readonly string[] | null): FieldRule[] =>
  fieldPairs.filter((pair) => !allowed || allowed.includes(pair.billyField)).map((pair) => ({ field: pair.billyField, direction: pair.direction }));
