import { Page } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../../../../contracts';
import { MappingPage } from './MappingPage';

const READ_PERMISSIONS = [{ action: PERMISSIONS.settingsRead, subject: null }];

/** Loaded by the "Field mapping" settings link: needs settings.read (saving needs settings.update). */
const ProtectedMappingPage = () => (
  <Page.Protect permissions={READ_PERMISSIONS}>
    <MappingPage />
  </Page.Protect>
);

export default ProtectedMappingPage;
