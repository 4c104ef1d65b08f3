import type { Core } from '@strapi/strapi';
import type { HealthResponse } from '../../../contracts';
import { MODULE_UIDS } from '../../../contracts';
import pkg from '../../../package.json';

const health = ({ strapi }: { strapi: Core.Strapi }) => ({
  show(): HealthResponse {
    const contentTypes = Object.values(MODULE_UIDS).filter((uid) => Boolean(strapi.contentType(uid)));
    return { data: { plugin: 'billy', version: pkg.version, contentTypes } };
  },
});

export default health;
