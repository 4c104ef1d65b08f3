/** products, with nested prices (billy-api.md §4.3). */
import { RecordValidationError } from '../errors';
import { AttributeErrors, bool, childInputs, nullableText, overlay, text, type FieldSpecs, type JsonObject } from '../fields';
import type { SandboxProduct } from '../records';
import type { Transaction } from '../transaction';
import { booleanFilter, equalsFilter, searchFilter } from './filters';
import { buildProductPrice, duplicateCurrencyIndex } from './product-prices';
import type { ResourceDefinition, ResourceWriter } from './resource';
import { checkOrganizationId, checkReference, createdTimeFor, newIdFor, requireText } from './write-helpers';

const PRODUCT_FIELDS: FieldSpecs<SandboxProduct> = {
  name: text,
  description: nullableText,
  productNo: nullableText,
  suppliersProductNo: nullableText,
  accountId: text,
  salesTaxRulesetId: text,
  isArchived: bool,
};

function blankProduct(tx: Transaction, input: JsonObject, errors: AttributeErrors): SandboxProduct {
  return {
    id: newIdFor(tx, 'products', input, errors),
    organizationId: tx.organization.id,
    name: '',
    description: null,
    productNo: null,
    suppliersProductNo: null,
    // Omitting the account and VAT ruleset works in the official example: the organization's defaults apply.
    accountId: tx.organization.defaultSalesAccountId,
    salesTaxRulesetId: tx.organization.defaultSalesTaxRulesetId,
    isArchived: false,
    createdTime: createdTimeFor(tx, input),
  };
}

function saveProduct(tx: Transaction, existing: SandboxProduct | undefined, input: JsonObject): void {
  const errors = new AttributeErrors();
  checkOrganizationId(tx, input, errors);
  const product = overlay(existing ?? blankProduct(tx, input, errors), input, PRODUCT_FIELDS, errors);
  requireText(errors, 'name', product.name);
  checkReference(tx, errors, 'accountId', product.accountId, 'accounts', true);
  checkReference(tx, errors, 'salesTaxRulesetId', product.salesTaxRulesetId, 'salesTaxRulesets', true);
  const priceInputs = childInputs(input, 'prices', errors);
  const prices = priceInputs?.map((price, index) => buildProductPrice(tx, price, product.id, errors.nested(`prices[${index}].`)));
  const duplicate = prices ? duplicateCurrencyIndex(prices) : -1;
  if (duplicate !== -1) errors.add(`prices[${duplicate}].currencyId`, 'already has a price for this product');
  errors.throwIfAny('product');

  tx.put('products', product);
  if (!prices) return;
  // Replace semantics like every other has-many array (UNCONFIRMED for prices, billy-api.md §4.3).
  for (const old of tx.list('productPrices')) if (old.productId === product.id) tx.remove('productPrices', old.id);
  for (const price of prices) tx.put('productPrices', price);
}

export const productWriter: ResourceWriter<SandboxProduct> = {
  table: 'products',
  create: (tx, input) => saveProduct(tx, undefined, input),
  update: (tx, existing, input) => saveProduct(tx, existing, input),
  remove(tx, existing) {
    // A product used on invoice lines is refused; archive it instead (billy-api.md §5, UNCONFIRMED).
    if (tx.list('invoiceLines').some((line) => line.productId === existing.id)) {
      throw new RecordValidationError('product', 'The product is used on invoices and cannot be deleted; archive it instead (isArchived: true).');
    }
    tx.remove('products', existing.id);
    for (const price of tx.list('productPrices')) if (price.productId === existing.id) tx.remove('productPrices', price.id);
  },
};

export const products: ResourceDefinition<SandboxProduct> = {
  plural: 'products',
  singular: 'product',
  filters: {
    productNo: equalsFilter('productNo'),
    isArchived: booleanFilter('isArchived'),
    q: searchFilter(['name', 'productNo', 'description']),
  },
  sortProperties: ['name', 'productNo', 'createdTime'],
  relations: {
    prices: { kind: 'hasMany', target: 'productPrices', foreignKey: 'productId', idsKey: 'priceIds' },
    account: { kind: 'belongsTo', target: 'accounts', foreignKey: 'accountId' },
    salesTaxRuleset: { kind: 'belongsTo', target: 'salesTaxRulesets', foreignKey: 'salesTaxRulesetId' },
  },
  writer: productWriter,
};
