import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { syncLockModel } from './models/sync-lock';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  strapi.get('models').add(syncLockModel);
};

export default register;
