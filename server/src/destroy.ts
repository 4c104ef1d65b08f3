import type { Core } from '@strapi/strapi';

const destroy = (_context: { strapi: Core.Strapi }) => {};

export default destroy;
