import { SETTINGS_PATH } from '../../pluginId';
import { Box, EmptyStateLayout, Flex, Link } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { runsMessages } from './messages';
import { PageSwitcher } from './PageSwitcher';
import { RunsTable } from './RunsTable';
import { useRunList } from './useRuns';
import { AlertBanner } from '../../components/alerts/AlertBanner';

/** Settings › Billy › Sync runs: the list of runs. */
export const RunListPage = () => {
  const { formatMessage } = useIntl();
  const [page, setPage] = useState(1);
  const { runs, pagination, error } = useRunList(page);
  if (error && !runs) return <Page.Error content={formatMessage(runsMessages.loadFailed, { message: error })} />;
  if (!runs) return <Page.Loading />;
  return (
    <>
      <Layouts.Header
        title={formatMessage(runsMessages.title)}
        subtitle={formatMessage(runsMessages.subtitle)}
        navigationAction={
          <Link tag={NavLink} to={`/settings/${SETTINGS_PATH}`} startIcon={<ArrowLeft />}>
            {formatMessage(runsMessages.settings)}
          </Link>
        }
      />
      <Layouts.Content>
        <AlertBanner spaceBelow />
        {runs.length === 0 ? (
          <Box background="neutral0" hasRadius shadow="tableShadow">
            <EmptyStateLayout content={formatMessage(runsMessages.empty)} />
          </Box>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <RunsTable runs={runs} />
            {pagination && <PageSwitcher pagination={pagination} onPage={setPage} testId="billy-runs-pages" />}
          </Flex>
        )}
      </Layouts.Content>
    </>
  );
};
