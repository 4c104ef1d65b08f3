import type { Core } from '@strapi/strapi';
import { registerPermissions } from './permissions';
import { getService } from './services/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  // Fails the start with a clear message when a stored token can't be opened (no or changed key).
  await getService(strapi, 'settings').assertTokenReadable();
  getService(strapi, 'scheduler').setTask(() => getService(strapi, 'sync').startScheduled());
  getService(strapi, 'scheduler').setPaymentsTask(() => getService(strapi, 'payments').runScheduled());
  const background = getService(strapi, 'background');
  background.applySchedule((await getService(strapi, 'settings').get()).syncMode);
  background.start();
};

export default bootstrap;
