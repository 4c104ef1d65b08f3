import type { Core } from '@strapi/strapi';
import { FIELD_TRANSFORMS, MODULE_UIDS, MODULES, type MappingCatalogueResponse, type MappingSettings, type ModuleName } from '../../../contracts';
import type { FieldProblem } from '../settings/validation-error';
import { defaultMappingPairs } from '../sync/mapping';
import { BILLY_CATALOGUE, type CatalogueField } from '../sync/mapping/catalogue';
import { strapiFieldsOf, type StrapiAttribute } from '../sync/mapping/strapi-fields';
import { mappingProblems, type FieldsByModule } from '../sync/mapping/validate';

const perModule = <T>(build: (module: ModuleName) => T): Record<ModuleName, T> =>
  Object.fromEntries(MODULES.map((module) => [module, build(module)])) as Record<ModuleName, T>;

/** The catalogue's own shape, without the validator's bookkeeping. */
const publicField = ({ targets: _targets, ...field }: CatalogueField) => field;

/** What can be mapped: the content types' own fields, Billy's catalogue, the default pairs. */
const mapping = ({ strapi }: { strapi: Core.Strapi }) => {
  const strapiFields = (): FieldsByModule =>
    perModule((module) => strapiFieldsOf(strapi.contentType(MODULE_UIDS[module]).attributes as Record<string, StrapiAttribute>));

  return {
    catalogue(): MappingCatalogueResponse['data'] {
      const fields = strapiFields();
      return {
        defaults: perModule(defaultMappingPairs),
        strapiFields: perModule((module) => fields[module].map(publicField)),
        billyFields: perModule((module) => BILLY_CATALOGUE[module].map(publicField)),
        transforms: [...FIELD_TRANSFORMS],
      };
    },

    /** Why a custom mapping cannot work, one problem per bad part (empty when it can). */
    problems(custom: MappingSettings['custom']): FieldProblem[] {
      return mappingProblems(custom, strapiFields());
    },
  };
};

export default mapping;
