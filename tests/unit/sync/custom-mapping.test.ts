import type { ModuleName } from '../../../contracts';
import { MODULE_MAPPINGS, defaultMappingPairs, localView, strapiData } from '../../../server/src/sync/mapping';
import { BILLY_CATALOGUE } from '../../../server/src/sync/mapping/catalogue';
import { strapiFieldsOf } from '../../../server/src/sync/mapping/strapi-fields';
import { TRANSFORMS } from '../../../server/src/sync/mapping/transforms';
import { mappingProblems, type FieldsByModule } from '../../../server/src/sync/mapping/validate';
import { contactItem, invoiceItem, productItem } from '../../../server/src/sync/remote/items';
import { LinkRefs } from '../../../server/src/sync/refs';
import organization from '../../../server/src/content-types/organization/schema.json';
import contact from '../../../server/src/content-types/contact/schema.json';
import product from '../../../server/src/content-types/product/schema.json';
import invoice from '../../../server/src/content-types/invoice/schema.json';

const ctx = { refs: new LinkRefs([]), invoicePriorityModule: 'organizations' as const };
const STRAPI_FIELDS: FieldsByModule = {
  organizations: strapiFieldsOf(organization.attributes),
  contacts: strapiFieldsOf(contact.attributes),
  products: strapiFieldsOf(product.attributes),
  invoices: strapiFieldsOf(invoice.attributes),
};

describe('transforms', () => {
  it('turn English and Danish country names into ISO codes and back', () => {
    const { countryNameToIso, isoToCountryName } = TRANSFORMS;
    expect(['Denmark', 'danmark', ' Tyskland ', 'Storbritannien', 'USA', 'Sverige', 'SE'].map(countryNameToIso.toBilly)).toEqual(['DK', 'DK', 'DE', 'GB', 'US', 'SE', 'SE']);
    expect(countryNameToIso.toStrapi('NO')).toBe('Norway');
    expect(isoToCountryName.toBilly('fi')).toBe('Finland');
    expect(isoToCountryName.toStrapi('Holland')).toBe('NL');
    // An unknown name goes on as it is, for Billy to name it.
    expect(countryNameToIso.toBilly('Narnia')).toBe('Narnia');
  });

  it('apply on the way to Billy and keep a pulled value reading back the same', () => {
    const mapping = MODULE_MAPPINGS.organizations;
    const pairs = [
      { strapiField: 'city', billyField: 'cityText', direction: 'both' as const, transform: 'upperCase' as const },
      { strapiField: 'name', billyField: 'name', direction: 'both' as const, transform: 'trim' as const },
      { strapiField: 'country', billyField: 'countryId', direction: 'both' as const, transform: 'countryNameToIso' as const },
    ];
    const view = localView(mapping, pairs, { documentId: 'd', city: 'Aarhus', name: '  Acme ', country: 'Danmark' }, ctx);
    expect(view).toEqual({ cityText: 'AARHUS', name: 'Acme', countryId: 'DK' });
    const pulled = strapiData(mapping, pairs, ['cityText', 'countryId'], { cityText: 'SKAGEN', countryId: 'SE' }, ctx);
    expect(pulled).toEqual({ city: 'SKAGEN', country: 'Sweden' });
    expect(localView(mapping, pairs, { documentId: 'd', ...pulled }, ctx)).toMatchObject({ cityText: 'SKAGEN', countryId: 'SE' });
  });
});

describe('mappingProblems', () => {
  const modules = Object.keys(BILLY_CATALOGUE) as ModuleName[];

  it('accepts every default mapping as a custom one', () => {
    expect(mappingProblems(Object.fromEntries(modules.map((module) => [module, defaultMappingPairs(module)])), STRAPI_FIELDS)).toEqual([]);
  });

  it('treats an empty list as "use the default"', () => {
    expect(mappingProblems({ products: [] }, STRAPI_FIELDS)).toEqual([]);
  });

  it('names every bad part of a pair at its own path', () => {
    const problems = mappingProblems(
      { products: [{ strapiField: 'name', billyField: 'name', direction: 'both' }, { strapiField: 'archived', billyField: 'createdTime', direction: 'toBilly', transform: 'trim' }] },
      STRAPI_FIELDS
    );
    expect(problems.map((problem) => problem.path.join('.'))).toEqual([
      'mapping.custom.products.1.direction',
      'mapping.custom.products.1.billyField',
      'mapping.custom.products.1.transform',
    ]);
  });

  it('refuses a country transform that sends the wrong kind of value', () => {
    const pairs = defaultMappingPairs('organizations').map((pair) => (pair.billyField === 'countryId' ? { ...pair, transform: 'isoToCountryName' as const } : pair));
    expect(mappingProblems({ organizations: pairs }, STRAPI_FIELDS)).toEqual([
      { path: ['mapping', 'custom', 'organizations', '7', 'transform'], message: expect.stringContaining('takes an ISO code') },
    ]);
  });
});

describe('the Billy catalogue', () => {
  const views = {
    organizations: contactItem({ id: 'c' }).view,
    contacts: contactItem({ id: 'c' }).view,
    products: productItem({ id: 'p' }).view,
    invoices: invoiceItem({ id: 'i' }).view,
  };

  it('names only fields the sync reads from Billy, so a mapped field always has a value to compare', () => {
    for (const [module, fields] of Object.entries(BILLY_CATALOGUE) as Array<[ModuleName, typeof BILLY_CATALOGUE.organizations]>) {
      for (const field of fields) expect([module, field.name, field.name in views[module]]).toEqual([module, field.name, true]);
    }
  });

  it('holds every Billy field of the default mappings', () => {
    for (const module of Object.keys(BILLY_CATALOGUE) as ModuleName[]) {
      const names = BILLY_CATALOGUE[module].map((field) => field.name);
      for (const pair of defaultMappingPairs(module)) expect([module, names.includes(pair.billyField)]).toEqual([module, true]);
    }
  });
});
