import type { MappingFieldType } from '../../../../contracts';
import type { CatalogueField } from './catalogue';

/** A content type attribute as its schema declares it (the part the mapping looks at). */
export interface StrapiAttribute {
  type: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
  required?: boolean;
  private?: boolean;
  /** `billy.keptByPlugin`: the plugin writes it itself (an invoice's title), so no mapping may */
  pluginOptions?: { billy?: { keptByPlugin?: boolean } };
}

/** Kept by Strapi itself: never a target of a sync. */
const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

const TYPE_OF: Partial<Record<string, MappingFieldType>> = {
  string: 'string',
  email: 'string',
  uid: 'string',
  text: 'text',
  richtext: 'text',
  integer: 'integer',
  biginteger: 'integer',
  decimal: 'number',
  float: 'number',
  boolean: 'boolean',
  date: 'date',
  datetime: 'date',
  enumeration: 'enum',
  relation: 'relation',
};

const fieldOf = (name: string, attribute: StrapiAttribute): CatalogueField | null => {
  if (attribute.type === 'component') {
    return attribute.repeatable && attribute.component ? { name, type: 'list', targets: [attribute.component] } : null;
  }
  const type = TYPE_OF[attribute.type];
  if (!type) return null;
  return { name, type, ...(attribute.required ? { required: true } : {}), ...(attribute.target ? { targets: [attribute.target] } : {}) };
};

/** The attributes of a content type a mapping pair can name, typed in the mapping's terms (json, media and the like are left out). */
export const strapiFieldsOf = (attributes: Record<string, StrapiAttribute>): CatalogueField[] =>
  Object.entries(attributes).flatMap(([name, attribute]) =>
    SYSTEM_FIELDS.has(name) || attribute.private || attribute.pluginOptions?.billy?.keptByPlugin ? [] : [fieldOf(name, attribute)].filter((field): field is CatalogueField => field !== null)
  );
