import { toNumber, toText } from '../values';
import { pairsOf } from './pairs';
import type { ModuleMapping } from './types';

export interface PriceView {
  currencyId: string | null;
  unitPrice: number | null;
}

/** One price per currency, in currency order, so the same prices always compare equal. */
export const priceList = (prices: Array<{ currencyId?: unknown; unitPrice?: unknown }>): PriceView[] =>
  prices
    .map((price) => ({ currencyId: toText(price.currencyId), unitPrice: toNumber(price.unitPrice) }))
    .sort((a, b) => String(a.currencyId).localeCompare(String(b.currencyId)));

/** Product ↔ Billy product with its prices embedded (billy-api.md §4.3). */
export const productMapping: ModuleMapping = {
  module: 'products',
  defaultPairs: pairsOf([
    ['name', 'name'],
    ['productNo', 'productNo'],
    ['description', 'description'],
    ['prices', 'prices'],
    ['archived', 'isArchived'],
  ]),
  codecs: {
    prices: {
      toBilly: (doc, pair) =>
        priceList(((doc[pair.strapiField] as Array<{ currency?: unknown; unitPrice?: unknown }>) ?? []).map((price) => ({ currencyId: price.currency, unitPrice: price.unitPrice }))),
      toStrapi: (value, pair) => ({
        [pair.strapiField]: ((value as PriceView[] | null) ?? []).map((price) => ({ currency: price.currencyId, unitPrice: price.unitPrice })),
      }),
    },
  },
};
