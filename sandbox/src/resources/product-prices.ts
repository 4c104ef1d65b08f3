/** productPrices: a product's default unit price per currency, at most one per currency (billy-api.md §4.3). */
import { AttributeErrors, amount, overlay, text, type FieldSpecs, type JsonObject } from '../fields';
import type { SandboxProductPrice } from '../records';
import type { Transaction } from '../transaction';
import { equalsFilter } from './filters';
import type { ResourceDefinition } from './resource';
import { checkReference, checkUnchanged, newIdFor } from './write-helpers';

const PRICE_FIELDS: FieldSpecs<SandboxProductPrice> = { unitPrice: amount, currencyId: text };

/** A new price of `productId`, for a direct create or a product's nested save. */
export function buildProductPrice(tx: Transaction, input: JsonObject, productId: string, errors: AttributeErrors): SandboxProductPrice {
  const blank: SandboxProductPrice = { id: newIdFor(tx, 'productPrices', input, errors), productId, unitPrice: 0, currencyId: '' };
  const price = overlay(blank, input, PRICE_FIELDS, errors);
  if (!('unitPrice' in input)) errors.add('unitPrice', 'is required');
  checkReference(tx, errors, 'currencyId', price.currencyId, 'currencies', true);
  return price;
}

/** Index of the first price whose currency an earlier price already uses. */
export function duplicateCurrencyIndex(prices: readonly SandboxProductPrice[]): number {
  return prices.findIndex((price, index) => prices.findIndex((other) => other.currencyId === price.currencyId) < index);
}

function checkOnePerCurrency(tx: Transaction, price: SandboxProductPrice, errors: AttributeErrors): void {
  const siblings = tx.list('productPrices').filter((other) => other.productId === price.productId && other.id !== price.id);
  if (duplicateCurrencyIndex([...siblings, price]) !== -1) errors.add('currencyId', 'already has a price for this product');
}

export const productPrices: ResourceDefinition<SandboxProductPrice> = {
  plural: 'productPrices',
  singular: 'productPrice',
  filters: { productId: equalsFilter('productId'), currencyId: equalsFilter('currencyId') },
  sortProperties: ['unitPrice', 'currencyId'],
  relations: {
    product: { kind: 'belongsTo', target: 'products', foreignKey: 'productId' },
    currency: { kind: 'belongsTo', target: 'currencies', foreignKey: 'currencyId' },
  },
  writer: {
    table: 'productPrices',
    create(tx, input) {
      const errors = new AttributeErrors();
      const productId = typeof input.productId === 'string' ? input.productId : null;
      checkReference(tx, errors, 'productId', productId, 'products', true);
      const price = buildProductPrice(tx, input, productId ?? '', errors);
      checkOnePerCurrency(tx, price, errors);
      errors.throwIfAny('productPrice');
      tx.put('productPrices', price);
    },
    update(tx, existing, input) {
      const errors = new AttributeErrors();
      const price = overlay(existing, input, { ...PRICE_FIELDS, productId: text }, errors);
      checkUnchanged(existing, price, ['productId'], errors);
      checkReference(tx, errors, 'currencyId', price.currencyId, 'currencies', true);
      checkOnePerCurrency(tx, price, errors);
      errors.throwIfAny('productPrice');
      tx.put('productPrices', price);
    },
    remove(tx, existing) {
      tx.remove('productPrices', existing.id);
    },
  },
};
