import type { FieldMappingPair, ModuleName } from '../../../../contracts';
import { contactMapping } from './contacts';
import { invoiceMapping } from './invoices';
import { organizationMapping } from './organizations';
import { productMapping } from './products';
import type { ModuleMapping } from './types';

export const MODULE_MAPPINGS: Record<ModuleName, ModuleMapping> = {
  organizations: organizationMapping,
  contacts: contactMapping,
  products: productMapping,
  invoices: invoiceMapping,
};

/** Each module's default mapping as editable pairs: the starting point of a custom mapping. */
export const defaultMappingPairs = (module: ModuleName): FieldMappingPair[] =>
  MODULE_MAPPINGS[module].defaultPairs.map((pair) => ({ ...pair }));

export * from './types';
export { localView, strapiData, pickFields } from './engine';
