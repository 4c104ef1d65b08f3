import type { Core } from '@strapi/strapi';
import type { MappingCatalogueResponse } from '../../../contracts';
import { getService } from '../services/get-service';

const mapping = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /billy/mapping — what the mapping editor starts from and resets to. */
  async catalogue(): Promise<MappingCatalogueResponse> {
    return { data: getService(strapi, 'mapping').catalogue() };
  },
});

export default mapping;
