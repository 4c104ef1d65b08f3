import type { Core } from '@strapi/strapi';
import seed, { printLoginBanner } from './seed';

export default {
  register() {},
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await seed(strapi);
    printLoginBanner(strapi);
  },
};
