import { MODULES, type FieldMappingPair, type MappingCatalogueResponse, type MappingSettings, type ModuleName } from '../../../../contracts';

export type Catalogue = MappingCatalogueResponse['data'];
export type Drafts = Record<ModuleName, FieldMappingPair[]>;

const samePair = (a: FieldMappingPair, b: FieldMappingPair) =>
  a.strapiField === b.strapiField && a.billyField === b.billyField && a.direction === b.direction && (a.transform ?? null) === (b.transform ?? null);

export const samePairs = (a: FieldMappingPair[], b: FieldMappingPair[]) => a.length === b.length && a.every((pair, index) => samePair(pair, b[index]));

/** Each module starts from its stored custom pairs when the custom mapping is on, else from the defaults. */
export const initialDrafts = (catalogue: Catalogue, mapping: MappingSettings): Drafts =>
  Object.fromEntries(
    MODULES.map((module) => {
      const custom = mapping.mode === 'custom' ? mapping.custom[module] : undefined;
      return [module, (custom && custom.length > 0 ? custom : catalogue.defaults[module]).map((pair) => ({ ...pair }))];
    })
  ) as Drafts;

/** A pair as the server takes it: no `transform` key when there is none. */
const cleanPair = ({ transform, ...pair }: FieldMappingPair): FieldMappingPair => (transform ? { ...pair, transform } : pair);

/**
 * The `mapping` to save: only modules whose pairs differ from the defaults go into `custom` (the
 * others keep following the defaults); with none, the default mapping is switched back on.
 */
export const mappingToSave = (catalogue: Catalogue, drafts: Drafts): MappingSettings => {
  const custom: MappingSettings['custom'] = {};
  for (const module of MODULES) {
    if (!samePairs(drafts[module], catalogue.defaults[module])) custom[module] = drafts[module].map(cleanPair);
  }
  return { mode: Object.keys(custom).length > 0 ? 'custom' : 'default', custom };
};

const BLANK_PAIR: FieldMappingPair = { strapiField: '', billyField: '', direction: 'both' };

const withRows = (drafts: Drafts, module: ModuleName, rows: FieldMappingPair[]): Drafts => ({ ...drafts, [module]: rows });

/** The drafts with one row of a module changed in place (its number stays). */
export const withRowChanged = (drafts: Drafts, module: ModuleName, index: number, changes: Partial<FieldMappingPair>): Drafts =>
  withRows(drafts, module, drafts[module].map((row, at) => (at === index ? { ...row, ...changes } : row)));

/** The drafts with a blank row at the end of a module, for the user to fill in. */
export const withRowAdded = (drafts: Drafts, module: ModuleName): Drafts => withRows(drafts, module, [...drafts[module], { ...BLANK_PAIR }]);

/** The drafts without one row of a module; the rows after it move up a number. */
export const withRowRemoved = (drafts: Drafts, module: ModuleName, index: number): Drafts =>
  withRows(drafts, module, drafts[module].filter((_, at) => at !== index));

/** The drafts with a module back on its default pairs (copies, so editing them leaves the catalogue alone). */
export const withModuleReset = (drafts: Drafts, catalogue: Catalogue, module: ModuleName): Drafts =>
  withRows(drafts, module, catalogue.defaults[module].map((pair) => ({ ...pair })));

/** Edits not saved yet: what Save would send differs from what is stored (both read the same way). */
export const hasUnsavedEdits = (catalogue: Catalogue, drafts: Drafts, stored: MappingSettings): boolean =>
  JSON.stringify(mappingToSave(catalogue, drafts)) !== JSON.stringify(mappingToSave(catalogue, initialDrafts(catalogue, stored)));
