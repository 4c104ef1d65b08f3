import type { FieldMappingPair, InvoicePriorityModule, ModuleName } from '../../../../contracts';

/** One record's synced fields, keyed by Billy field name: the common ground both sides are compared on. */
export type View = Record<string, unknown>;

/** A Strapi document as the sync loads it (relations populated with at least their documentId). */
export type LocalDocument = { documentId: string } & Record<string, unknown>;

/** Translates between Strapi documentIds and Billy ids through the link table. */
export interface RefResolver {
  billyId(module: ModuleName, documentId: string | null | undefined): string | null;
  /** 'contacts' or 'contactPersons' for a contact; the Billy resource a document is linked to. */
  billyResource(module: ModuleName, documentId: string | null | undefined): string | null;
  documentId(module: ModuleName, billyId: string | null | undefined): string | null;
}

export interface MappingContext {
  refs: RefResolver;
  invoicePriorityModule: InvoicePriorityModule;
}

/**
 * How one Billy field is read from a Strapi document and written back. Most fields are a plain
 * copy; relations, child lists and composite fields (an invoice's Billy contact) need a codec.
 */
export interface FieldCodec {
  toBilly(doc: LocalDocument, pair: FieldMappingPair, ctx: MappingContext): unknown;
  toStrapi(value: unknown, pair: FieldMappingPair, ctx: MappingContext): Record<string, unknown>;
}

export interface ModuleMapping {
  module: ModuleName;
  /** The default pairs, in the shape a custom mapping is edited in (issue 6 starts from these). */
  defaultPairs: FieldMappingPair[];
  /** Codecs by Billy field; fields without one are copied as they are. */
  codecs: Partial<Record<string, FieldCodec>>;
}
