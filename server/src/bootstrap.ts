import type { Core } from '@strapi/strapi';
import { applyContentManagerViews } from './content-manager/apply-views';
import { refreshInvoiceTitles } from './content-manager/invoice-title';
import { registerPermissions } from './permissions';
import { getService } from './services/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  await applyContentManagerViews(strapi);
  // Invoices saved before titles existed (or by an older version) get theirs once.
  await refreshInvoiceTitles(strapi, { title: { $null: true } });
  // A token sealed with a previous key is sealed again; one no key opens leaves Strapi up, the light red.
  await getService(strapi, 'settings').resealStoredToken();
  // A run a crash or kill -9 left "running" is ended before anyone reads the log.
  await getService(strapi, 'runs').endRunsOfLostHolders();
  getService(strapi, 'scheduler').setTask(() => getService(strapi, 'sync').startScheduled());
  getService(strapi, 'run-retention').schedule();
  getService(strapi, 'scheduler').setPaymentsTask(() => getService(strapi, 'payments').runScheduled());
  const background = getService(strapi, 'background');
  background.applySchedule((await getService(strapi, 'settings').get()).syncMode);
  background.start();
};

export default bootstrap;
