import { normalize, toNumber, toText } from '../values';
import { numberCodec, referenceCodec } from './codecs';
import { invoiceAttentionCodec, invoiceContactCodec } from './invoice-contact';
import { pairsOf } from './pairs';
import type { ModuleMapping } from './types';

export interface LineView {
  productId: string | null;
  description: string | null;
  quantity: number | null;
  unitPrice: number | null;
  discountMode: string | null;
  discountValue: number | null;
}

/** A line with no discount value has no discount, whatever mode it names. */
export const lineView = (line: { productId?: unknown; description?: unknown; quantity?: unknown; unitPrice?: unknown; discountMode?: unknown; discountValue?: unknown }): LineView => {
  const discountValue = toNumber(line.discountValue) || null;
  return {
    productId: toText(line.productId),
    description: toText(line.description),
    quantity: toNumber(line.quantity),
    unitPrice: toNumber(line.unitPrice),
    discountMode: discountValue === null ? null : (toText(line.discountMode) ?? 'percent'),
    discountValue,
  };
};

interface StrapiLine {
  product?: { documentId?: string } | null;
  description?: unknown;
  quantity?: unknown;
  unitPrice?: unknown;
  discountMode?: unknown;
  discountValue?: unknown;
}

/**
 * Invoice (and credit note) ↔ Billy invoice with its lines embedded (billy-api.md §4.4–4.5).
 * The `fromBilly` pairs are figures only Billy computes; they flow back whatever the direction.
 */
export const invoiceMapping: ModuleMapping = {
  module: 'invoices',
  defaultPairs: pairsOf([
    ['kind', 'type'],
    ['organization', 'contactId'],
    ['contact', 'attContactPersonId'],
    ['invoiceDate', 'entryDate'],
    ['currency', 'currencyId'],
    ['taxMode', 'taxMode'],
    ['paymentTermsMode', 'paymentTermsMode'],
    ['paymentTermsDays', 'paymentTermsDays'],
    ['message', 'contactMessage'],
    ['creditedInvoice', 'creditedInvoiceId'],
    ['lines', 'lines'],
    ['approvalState', 'state'],
    ['invoiceNo', 'invoiceNo', 'fromBilly'],
    ['dueDate', 'dueDate', 'fromBilly'],
    ['netAmount', 'amount', 'fromBilly'],
    ['vatAmount', 'tax', 'fromBilly'],
    ['grossAmount', 'grossAmount', 'fromBilly'],
    ['balance', 'balance', 'fromBilly'],
    ['isPaid', 'isPaid', 'fromBilly'],
    ['pdfUrl', 'downloadUrl', 'fromBilly'],
    ['sentState', 'sentState', 'fromBilly'],
  ]),
  codecs: {
    contactId: invoiceContactCodec,
    attContactPersonId: invoiceAttentionCodec,
    creditedInvoiceId: referenceCodec('invoices'),
    paymentTermsDays: numberCodec,
    amount: numberCodec,
    tax: numberCodec,
    grossAmount: numberCodec,
    balance: numberCodec,
    isPaid: {
      toBilly: (doc, pair) => Boolean(doc[pair.strapiField]),
      toStrapi: (value, pair) => ({ [pair.strapiField]: Boolean(value) }),
    },
    lines: {
      toBilly: (doc, pair, ctx) =>
        ((doc[pair.strapiField] as StrapiLine[] | null) ?? []).map((line) =>
          lineView({ ...line, productId: ctx.refs.billyId('products', line.product?.documentId) })
        ),
      toStrapi: (value, pair, ctx) => ({
        [pair.strapiField]: ((value as LineView[] | null) ?? []).map((line) => ({
          product: ctx.refs.documentId('products', line.productId),
          description: line.description,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          discountMode: normalize(line.discountMode) ?? 'percent',
          discountValue: line.discountValue,
        })),
      }),
    },
  },
};
