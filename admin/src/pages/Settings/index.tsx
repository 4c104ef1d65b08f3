import { Page } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../../../../contracts';
import { SettingsPage } from './SettingsPage';

const READ_PERMISSIONS = [{ action: PERMISSIONS.settingsRead, subject: null }];

/** Loaded by the settings link (`Component: () => import('./pages/Settings')`): needs settings.read. */
const ProtectedSettingsPage = () => (
  <Page.Protect permissions={READ_PERMISSIONS}>
    <SettingsPage />
  </Page.Protect>
);

export default ProtectedSettingsPage;
