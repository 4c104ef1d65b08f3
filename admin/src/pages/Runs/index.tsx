import { Page } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../../../../contracts';
import { RunsPage } from './RunsPage';

const READ_PERMISSIONS = [{ action: PERMISSIONS.syncRead, subject: null }];

/** Loaded by the "Sync runs" settings link: needs sync.read. */
const ProtectedRunsPage = () => (
  <Page.Protect permissions={READ_PERMISSIONS}>
    <RunsPage />
  </Page.Protect>
);

export default ProtectedRunsPage;
