import type { Core } from '@strapi/strapi';
import { getService } from './services/get-service';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'background').stop();
  // A run still going would write to a database that is about to close.
  await getService(strapi, 'sync').whenIdle();
  await getService(strapi, 'alerts').whenSettled();
};

export default destroy;
