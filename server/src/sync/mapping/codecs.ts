import type { ModuleName } from '../../../../contracts';
import { normalize, toNumber } from '../values';
import type { FieldCodec, LocalDocument } from './types';

/** A plain copy both ways. */
export const copyCodec: FieldCodec = {
  toBilly: (doc, pair) => normalize(doc[pair.strapiField]),
  toStrapi: (value, pair) => ({ [pair.strapiField]: value }),
};

/** Decimals and integers: compared as numbers whatever the database hands back. */
export const numberCodec: FieldCodec = {
  toBilly: (doc, pair) => toNumber(doc[pair.strapiField]),
  toStrapi: (value, pair) => ({ [pair.strapiField]: toNumber(value) }),
};

export const relatedDocumentId = (doc: LocalDocument, field: string): string | null => {
  const related = doc[field] as { documentId?: string } | null | undefined;
  return related?.documentId ?? null;
};

/** A relation to another synced module: the related document's Billy id, through the link table. */
export const referenceCodec = (module: ModuleName): FieldCodec => ({
  toBilly: (doc, pair, ctx) => ctx.refs.billyId(module, relatedDocumentId(doc, pair.strapiField)),
  toStrapi: (value, pair, ctx) => ({ [pair.strapiField]: ctx.refs.documentId(module, value as string | null) }),
});
