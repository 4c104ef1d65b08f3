import { adminApi } from '@strapi/strapi/admin';
import type { MappingCatalogueResponse } from '../../../contracts';

/**
 * What the mapping editor offers (GET /billy/mapping) on Strapi's adminApi. The stored mapping and
 * its Save are the settings' own endpoints (settingsApi), so both pages share one cached copy.
 */
const mappingApi = adminApi.injectEndpoints({
  endpoints: (builder) => ({
    getBillyMappingCatalogue: builder.query<MappingCatalogueResponse['data'], void>({
      query: () => '/billy/mapping',
      transformResponse: (response: MappingCatalogueResponse) => response.data,
    }),
  }),
});

export const { useGetBillyMappingCatalogueQuery } = mappingApi;
