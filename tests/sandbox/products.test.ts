import { billy, draftInvoiceBody, ids, seedBasics, useSandbox, type Body } from './support';

describe('products', () => {
  const sandbox = useSandbox();
  beforeEach(() => {
    sandbox().control.reset();
    seedBasics(sandbox());
  });
  const createProduct = (product: Body) => billy(sandbox(), 'POST', '/products', { body: { product } });
  const attributesOf = (body: Body) => body.validationErrors.product.attributes;

  test('create with prices: answers products and productPrices; account and VAT ruleset default to the organization’s', async () => {
    const { organization } = (await billy(sandbox(), 'GET', '/organization')).body;
    const { body } = await createProduct({ name: 'Support', productNo: 'P-9', prices: [{ currencyId: 'DKK', unitPrice: 750 }, { currencyId: 'EUR', unitPrice: 100 }] });
    const [product] = body.products;
    expect(product).toMatchObject({
      name: 'Support',
      productNo: 'P-9',
      accountId: organization.defaultSalesAccountId,
      salesTaxRulesetId: organization.defaultSalesTaxRulesetId,
      isArchived: false,
    });
    expect(body.productPrices).toEqual([
      expect.objectContaining({ productId: product.id, currencyId: 'DKK', unitPrice: 750 }),
      expect.objectContaining({ productId: product.id, currencyId: 'EUR', unitPrice: 100 }),
    ]);
  });

  test('prices are left out unless included (embed or sideload)', async () => {
    expect((await billy(sandbox(), 'GET', `/products/${ids.license}`)).body.product.prices).toBeUndefined();
    const embedded = (await billy(sandbox(), 'GET', `/products/${ids.license}?include=product.prices:embed`)).body.product;
    expect(embedded.prices.map((price: { currencyId: string }) => price.currencyId)).toEqual(['DKK', 'EUR']);
    const sideloaded = (await billy(sandbox(), 'GET', `/products?include=product.prices`)).body;
    expect(sideloaded.products[1].priceIds).toHaveLength(2);
    expect(sideloaded.productPrices).toHaveLength(3);
  });

  test('update, and a PUT with prices replaces the whole price set', async () => {
    const { body } = await billy(sandbox(), 'PUT', `/products/${ids.license}`, { body: { product: { description: 'Yearly', prices: [{ currencyId: 'SEK', unitPrice: 300 }] } } });
    expect(body.products[0]).toMatchObject({ name: 'License', description: 'Yearly' });
    expect(body.productPrices).toEqual([expect.objectContaining({ currencyId: 'SEK', unitPrice: 300 })]);
    expect(body.meta.deletedRecords.productPrices).toHaveLength(2);
  });

  test('a product needs a name; accounts and rulesets must exist', async () => {
    expect(attributesOf((await createProduct({ productNo: 'x' })).body)).toEqual({ name: 'is required' });
    expect(Object.keys(attributesOf((await createProduct({ name: 'x', accountId: 'NoSuchAccount000000000', salesTaxRulesetId: 'nope' })).body)).sort()).toEqual([
      'accountId',
      'salesTaxRulesetId',
    ]);
  });

  test('each price needs a known currencyId and a numeric unitPrice; at most one price per currency', async () => {
    const { body } = await createProduct({
      name: 'x',
      prices: [{ currencyId: 'XYZ', unitPrice: 1 }, { currencyId: 'DKK', unitPrice: '100' }, { currencyId: 'EUR' }],
    });
    expect(attributesOf(body)).toEqual({
      'prices[0].currencyId': expect.any(String),
      'prices[1].unitPrice': 'must be a number',
      'prices[2].unitPrice': 'is required',
    });
    const duplicate = await createProduct({ name: 'x', prices: [{ currencyId: 'DKK', unitPrice: 1 }, { currencyId: 'DKK', unitPrice: 2 }] });
    expect(attributesOf(duplicate.body)).toEqual({ 'prices[1].currencyId': 'already has a price for this product' });
  });

  test.each([
    ['productNo=P-2', ['License']],
    ['isArchived=true', ['Retired']],
    ['isArchived=false', ['Consulting', 'License']],
    ['q=lic', ['License']],
  ])('filter %s', async (query, expected) => {
    sandbox().control.seed({ products: [{ name: 'Retired', isArchived: true }] });
    const { body } = await billy(sandbox(), 'GET', `/products?${query}`);
    expect(body.products.map((product: { name: string }) => product.name)).toEqual(expected);
  });

  test('deleting a product deletes its prices; a product used on invoices cannot be deleted', async () => {
    const deleted = (await billy(sandbox(), 'DELETE', `/products/${ids.license}`)).body;
    expect(deleted.meta.deletedRecords.products).toEqual([ids.license]);
    expect(deleted.meta.deletedRecords.productPrices).toHaveLength(2);

    await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody() });
    const refused = await billy(sandbox(), 'DELETE', `/products/${ids.consulting}`);
    expect(refused.status).toBe(400);
    expect(refused.body.errorCode).toBe('INVALID_RECORD');
  });
});

describe('productPrices', () => {
  const sandbox = useSandbox();
  beforeEach(() => {
    sandbox().control.reset();
    seedBasics(sandbox());
  });

  test('list by productId, create, update and delete a price', async () => {
    const listed = (await billy(sandbox(), 'GET', `/productPrices?productId=${ids.license}`)).body.productPrices;
    expect(listed.map((price: { currencyId: string }) => price.currencyId)).toEqual(['DKK', 'EUR']);

    const created = (await billy(sandbox(), 'POST', '/productPrices', { body: { productPrice: { productId: ids.consulting, currencyId: 'EUR', unitPrice: 135 } } })).body;
    const price = created.productPrices[0];
    expect(price).toMatchObject({ productId: ids.consulting, currencyId: 'EUR', unitPrice: 135 });

    const updated = (await billy(sandbox(), 'PUT', `/productPrices/${price.id}`, { body: { productPrice: { unitPrice: 140 } } })).body;
    expect(updated.productPrices[0]).toMatchObject({ unitPrice: 140, currencyId: 'EUR' });

    expect((await billy(sandbox(), 'DELETE', `/productPrices/${price.id}`)).body.meta.deletedRecords).toEqual({ productPrices: [price.id] });
  });

  test('a second price in the same currency, an unknown product or a moved price is INVALID_RECORD', async () => {
    const duplicate = await billy(sandbox(), 'POST', '/productPrices', { body: { productPrice: { productId: ids.consulting, currencyId: 'DKK', unitPrice: 1 } } });
    expect(duplicate.body.validationErrors.productPrice.attributes).toEqual({ currencyId: 'already has a price for this product' });

    const unknown = await billy(sandbox(), 'POST', '/productPrices', { body: { productPrice: { productId: 'NoSuchProduct000000000', currencyId: 'DKK', unitPrice: 1 } } });
    expect(unknown.body.validationErrors.productPrice.attributes).toHaveProperty('productId');

    const [price] = (await billy(sandbox(), 'GET', `/productPrices?productId=${ids.consulting}`)).body.productPrices;
    const moved = await billy(sandbox(), 'PUT', `/productPrices/${price.id}`, { body: { productPrice: { productId: ids.license } } });
    expect(moved.body.validationErrors.productPrice.attributes).toHaveProperty('productId');
  });
});
