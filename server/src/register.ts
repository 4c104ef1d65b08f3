import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { alertModel } from './models/alert';
import { pendingChangeModel } from './models/pending-change';
import { requestRateModel } from './models/request-rate';
import { syncLockModel } from './models/sync-lock';
import { registerInvoiceTitles } from './content-manager/invoice-title';
import { registerSaveCapture } from './on-save/capture';
import { getService } from './services/get-service';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  strapi.get('models').add(syncLockModel);
  strapi.get('models').add(pendingChangeModel);
  strapi.get('models').add(requestRateModel);
  strapi.get('models').add(alertModel);
  registerInvoiceTitles(strapi);
  registerSaveCapture(
    strapi,
    () => getService(strapi, 'settings').syncOnSaveEnabled(),
    (module, documentId) => getService(strapi, 'pending-changes').note(module, documentId)
  );
};

export default register;
