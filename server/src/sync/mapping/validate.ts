import type { FieldMappingPair, MappingFieldType, MappingSettings, ModuleName } from '../../../../contracts';
import type { FieldProblem } from '../../settings/validation-error';
import { BILLY_CATALOGUE, type CatalogueField } from './catalogue';

export type FieldsByModule = Record<ModuleName, CatalogueField[]>;

/** Which Strapi field types can hold each Billy field type without losing what it means. */
const HOLDS: Record<MappingFieldType, readonly MappingFieldType[]> = {
  string: ['string', 'text', 'enum'],
  text: ['string', 'text'],
  enum: ['enum', 'string'],
  country: ['string', 'enum'],
  number: ['number', 'integer'],
  integer: ['integer', 'number'],
  boolean: ['boolean'],
  date: ['date', 'string'],
  relation: ['relation'],
  list: ['list'],
};
const TEXTUAL: readonly MappingFieldType[] = ['string', 'text', 'enum', 'country'];

type PairPart = keyof FieldMappingPair;

/** What is wrong with one pair, as [the part of the pair to blame, why]; empty when it can work. */
const pairProblems = (module: ModuleName, pair: FieldMappingPair, strapi: CatalogueField | undefined, billy: CatalogueField | undefined, mappedBefore: number): Array<[PairPart, string]> => {
  const problems: Array<[PairPart, string]> = [];
  if (!strapi) problems.push(['strapiField', `"${pair.strapiField}" is not a field of ${module} that can be mapped`]);
  if (!billy) problems.push(['billyField', `"${pair.billyField}" is not a Billy field of ${module}`]);
  if (!strapi || !billy) return problems;

  if (mappedBefore >= 0) problems.push(['billyField', `Billy's "${billy.name}" is already mapped in row ${mappedBefore + 1}`]);
  if (billy.readOnly && pair.direction !== 'fromBilly') {
    problems.push(['direction', `Billy computes "${billy.name}" itself (read-only): it can only flow from Billy to Strapi`]);
  }
  if (!HOLDS[billy.type].includes(strapi.type)) {
    problems.push(['billyField', `"${strapi.name}" (${strapi.type}) cannot hold Billy's "${billy.name}" (${billy.type})`]);
  } else if (billy.targets && !billy.targets.some((target) => strapi.targets?.includes(target))) {
    problems.push(['billyField', `Billy's "${billy.name}" needs ${billy.type === 'list' ? 'a repeatable component' : 'a relation to'} ${billy.targets.join(' or ')}; "${strapi.name}" is ${strapi.targets?.join(', ') ?? 'not one'}`]);
  }
  if (pair.transform) {
    if (!TEXTUAL.includes(billy.type) || !TEXTUAL.includes(strapi.type)) {
      problems.push(['transform', `"${pair.transform}" only applies to text fields; "${strapi.name}" ↔ "${billy.name}" is ${strapi.type} ↔ ${billy.type}`]);
    } else if (pair.transform === 'countryNameToIso' && billy.type !== 'country') {
      problems.push(['transform', `"countryNameToIso" sends an ISO country code; Billy's "${billy.name}" is not a country field`]);
    } else if (pair.transform === 'isoToCountryName' && billy.type === 'country') {
      problems.push(['transform', `"isoToCountryName" sends a country name; Billy's "${billy.name}" takes an ISO code`]);
    }
  }
  return problems;
};

/**
 * Every reason a custom mapping cannot work, at the path of the bad part: an unknown field,
 * types that do not fit, a read-only Billy field sent to Billy, a field mapped twice, a transform
 * on the wrong kind of field, or a Billy field Billy requires that nothing sends. A module with an
 * empty list uses the default mapping, so there is nothing to check.
 */
export const mappingProblems = (custom: MappingSettings['custom'], strapiFields: FieldsByModule): FieldProblem[] =>
  (Object.entries(custom) as Array<[ModuleName, FieldMappingPair[] | undefined]>).flatMap(([module, pairs = []]) => {
    if (pairs.length === 0) return [];
    const catalogue = BILLY_CATALOGUE[module];
    const perPair = pairs.flatMap((pair, index) => {
      const strapi = strapiFields[module].find((field) => field.name === pair.strapiField);
      const billy = catalogue.find((field) => field.name === pair.billyField);
      const mappedBefore = pairs.findIndex((other, otherIndex) => otherIndex < index && other.billyField === pair.billyField);
      return pairProblems(module, pair, strapi, billy, mappedBefore).map(([part, message]) => ({ path: ['mapping', 'custom', module, String(index), part], message }));
    });
    const unsent = catalogue.filter((field) => field.required && !pairs.some((pair) => pair.billyField === field.name && pair.direction !== 'fromBilly'));
    const missing = unsent.map((field) => ({
      path: ['mapping', 'custom', module],
      message: `Billy requires "${field.name}" for ${module}: map a Strapi field to it that flows to Billy (To Billy or Both ways)`,
    }));
    return [...perPair, ...missing];
  });
