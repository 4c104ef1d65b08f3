import type { ModuleName } from './modules';
import type { FieldMappingPair, FieldTransform } from './settings';

export type MappingFieldType = 'string' | 'text' | 'number' | 'integer' | 'boolean' | 'date' | 'enum' | 'country' | 'relation' | 'list';

export interface MappingField {
  name: string;
  type: MappingFieldType;
  /** Billy refuses a record without it (Billy fields only). */
  required?: boolean;
  /** Only Billy computes it: it can only flow from Billy. */
  readOnly?: boolean;
}

/** GET /billy/mapping — what the mapping editor offers, per module. */
export interface MappingCatalogueResponse {
  data: {
    defaults: Record<ModuleName, FieldMappingPair[]>;
    strapiFields: Record<ModuleName, MappingField[]>;
    billyFields: Record<ModuleName, MappingField[]>;
    transforms: FieldTransform[];
  };
}
