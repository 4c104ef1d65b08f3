import type { FieldDirection, FieldMappingPair } from '../../../../contracts';

/** Shorthand for the default mapping tables: [strapiField, billyField, direction]. */
export const pairsOf = (rows: Array<[string, string, FieldDirection?]>): FieldMappingPair[] =>
  rows.map(([strapiField, billyField, direction = 'both']) => ({ strapiField, billyField, direction }));
