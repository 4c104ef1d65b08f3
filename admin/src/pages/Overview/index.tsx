import { Page } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../../../../contracts';
import { OverviewPage } from './OverviewPage';

const READ_PERMISSIONS = [{ action: PERMISSIONS.accountingRead, subject: null }];

/** Loaded by the "Billy" main-menu link: needs accounting.read. */
const ProtectedOverviewPage = () => (
  <Page.Protect permissions={READ_PERMISSIONS}>
    <OverviewPage />
  </Page.Protect>
);

export default ProtectedOverviewPage;
