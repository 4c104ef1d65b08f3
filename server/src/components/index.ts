import type { Core } from '@strapi/strapi';
import invoiceLine from './invoice-line.json';
import productPrice from './product-price.json';

const CATEGORY = 'billy';
const schemas: Record<string, object> = { 'invoice-line': invoiceLine, 'product-price': productPrice };

const toComponentDefinition = (modelName: string, schema: object) => {
  const uid = `${CATEGORY}.${modelName}`;
  const globalId = `ComponentBilly${modelName.replace(/(^|-)(\w)/g, (_m, _dash, c: string) => c.toUpperCase())}`;
  return {
    ...structuredClone(schema),
    __schema__: structuredClone(schema),
    uid,
    category: CATEGORY,
    modelType: 'component',
    modelName,
    globalId,
  };
};

/**
 * Plugins have no `components` key in Strapi 5, so the invoice line and product price components
 * are added to the registry during register(), in the same shape the app's component loader uses,
 * before the database schema is built from it.
 */
export const registerComponents = (strapi: Core.Strapi) => {
  const registry = strapi.get('components');
  const definitions = Object.fromEntries(
    Object.entries(schemas)
      .filter(([modelName]) => !registry.get(`${CATEGORY}.${modelName}`))
      .map(([modelName, schema]) => [`${CATEGORY}.${modelName}`, toComponentDefinition(modelName, schema)])
  );
  registry.add(definitions);
};
