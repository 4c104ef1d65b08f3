import { billyProductPriceSchema, type BillyProductInput } from '../../billy';
import { productMapping } from '../mapping/products';
import { byField, byKey } from '../matching';
import { productItem } from '../remote/items';
import { PRODUCT_INCLUDE, withPrices } from '../remote/remote-data';
import { keepFromBefore, savedChildren } from '../remote/saved';
import { filledFields, patchFields, type SyncAdapter } from './types';

/** The writable fields of a Billy product the mapping can reach (mapping/catalogue.ts). */
export const PRODUCT_FIELDS = ['name', 'productNo', 'suppliersProductNo', 'description', 'isArchived', 'prices'] as const;

/** Products ↔ Billy products with their prices nested (one request per product). */
export const productsAdapter: SyncAdapter = {
  phase: 'products',
  module: 'products',
  mapping: productMapping,
  populate: { prices: true },
  documentFilters: null,
  remoteItems: (remote) => remote.products(),
  resourceFor: () => 'products',
  fieldsOf: () => null,
  matchRules: () => [byKey('productNo'), byField('productNo')],
  keyField: () => 'productNo',
  archivableInBilly: true,
  archivableInStrapi: true,
  async create(client, values, { key }) {
    const input = { ...filledFields(values, PRODUCT_FIELDS), productNo: key } as BillyProductInput;
    const { record, changed } = await client.products.create(input);
    const prices = savedChildren(changed, 'productPrices', billyProductPriceSchema);
    return prices ? productItem({ ...record, prices }) : record.id;
  },
  async update(client, item, patch) {
    // Sending `prices` replaces them all, which is what a changed price list means.
    const { record, changed } = await client.products.update(item.billyId, patchFields(patch, PRODUCT_FIELDS) as Partial<BillyProductInput>, { idempotent: true });
    if (!('prices' in patch)) return keepFromBefore(productItem({ ...record, prices: [] }), item, ['prices']);
    const prices = savedChildren(changed, 'productPrices', billyProductPriceSchema);
    return prices && productItem({ ...record, prices });
  },
  async archive(client, item) {
    await client.products.update(item.billyId, { isArchived: true }, { idempotent: true });
    return 'archived';
  },
  async retire(client, twin) {
    await client.products.update(twin.billyId, { isArchived: true }, { idempotent: true });
    return 'archived';
  },
  retiresBeforeCreate: false,
  async fetch(client, billyId) {
    const product = await client.products.get(billyId, { include: PRODUCT_INCLUDE });
    return product ? productItem((await withPrices(client, [product]))[0]!) : null;
  },
  async findByKey(client, key) {
    const { records } = await client.products.list({ productNo: key, include: PRODUCT_INCLUDE });
    // Billy might ignore the filter: only a product that carries the key is ours.
    const found = records.find((product) => product.productNo === key);
    return found ? productItem((await withPrices(client, [found]))[0]!) : null;
  },
};
