import type { Core } from '@strapi/strapi';
import { applyContentManagerViews } from './content-manager/apply-views';
import { registerPermissions } from './permissions';
import { getService } from './services/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  await applyContentManagerViews(strapi);
  // Fails the start with a clear message when a stored token can't be opened (no or changed key).
  await getService(strapi, 'settings').assertTokenReadable();
  getService(strapi, 'scheduler').setTask(() => getService(strapi, 'sync').startScheduled());
  const background = getService(strapi, 'background');
  background.applySchedule((await getService(strapi, 'settings').get()).syncMode);
  background.start();
};

export default bootstrap;
