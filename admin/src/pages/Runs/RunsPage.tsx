import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Route, Routes } from 'react-router-dom';
import { runsMessages } from './messages';
import { RunDetailPage } from './RunDetailPage';
import { RunListPage } from './RunListPage';

/** /admin/settings/billy/runs (the list) and …/runs/:runId (one run). */
export const RunsPage = () => {
  const { formatMessage } = useIntl();
  return (
    <Page.Main>
      <Page.Title>{formatMessage(runsMessages.title)}</Page.Title>
      <Routes>
        <Route index element={<RunListPage />} />
        <Route path=":runId" element={<RunDetailPage />} />
      </Routes>
    </Page.Main>
  );
};
