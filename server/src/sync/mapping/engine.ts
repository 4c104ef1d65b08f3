import type { FieldMappingPair } from '../../../../contracts';
import { copyCodec } from './codecs';
import { withTransform } from './transforms';
import type { FieldCodec, LocalDocument, MappingContext, ModuleMapping, View } from './types';

const codecFor = (mapping: ModuleMapping, pair: FieldMappingPair): FieldCodec =>
  withTransform(mapping.codecs[pair.billyField] ?? copyCodec, pair.transform);

/** A Strapi document seen in Billy's terms: every mapped field, whatever its direction. */
export const localView = (mapping: ModuleMapping, pairs: FieldMappingPair[], doc: LocalDocument, ctx: MappingContext): View =>
  Object.fromEntries(pairs.map((pair) => [pair.billyField, codecFor(mapping, pair).toBilly(doc, pair, ctx)]));

/** The Strapi data that sets the given Billy fields to the values in `view`. */
export const strapiData = (
  mapping: ModuleMapping,
  pairs: FieldMappingPair[],
  fields: readonly string[],
  view: View,
  ctx: MappingContext
): Record<string, unknown> =>
  Object.assign(
    {},
    ...pairs.filter((pair) => fields.includes(pair.billyField)).map((pair) => codecFor(mapping, pair).toStrapi(view[pair.billyField] ?? null, pair, ctx))
  );

export const pickFields = (view: View, fields: readonly string[]): View =>
  Object.fromEntries(fields.filter((field) => field in view).map((field) => [field, view[field]]));
