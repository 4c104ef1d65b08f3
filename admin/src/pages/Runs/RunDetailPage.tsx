import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { NavLink, useParams } from 'react-router-dom';
import type { RecordOutcome, RunRecordEntry, RunSummary } from '../../../../contracts';
import { useSyncPermissions } from '../../hooks/useSyncPermissions';
import { formatDuration } from '../../utils/duration';
import { runTotals } from '../../utils/runTotals';
import { runLogPath } from '../Settings/bulk/LastRunSummary';
import { triggerLabels } from '../Settings/bulk/messages';
import { RunProgress } from '../Settings/bulk/RunProgress';
import { runsMessages } from './messages';
import { PageSwitcher } from './PageSwitcher';
import { RetryFailedButton } from './RetryFailedButton';
import { RunRecordsFilter, type RecordFilter } from './RunRecordsFilter';
import { RunRecordsTable } from './RunRecordsTable';
import { RunStatusBadge } from './RunStatusBadge';
import { useRetryFailed } from './useRetryFailed';
import { useRunDetail, useRunRecords } from './useRuns';
import { AlertBanner } from '../../components/alerts/AlertBanner';

const FAILURES: RecordOutcome[] = ['failed'];
const isFailure = (record: RunRecordEntry) => FAILURES.includes(record.outcome);

/** The records a run keeps: every outcome but skipped (those are only counted). */
const storedCount = (run: RunSummary) => {
  const totals = runTotals(run);
  return totals.created + totals.updated + totals.failed;
};

const RunRecords = ({ run, canRetry }: { run: RunSummary; canRetry: boolean }) => {
  const { formatMessage } = useIntl();
  const [filter, setFilter] = useState<RecordFilter>('all');
  const [page, setPage] = useState(1);
  const { retry, retrying, results } = useRetryFailed();
  const { records, pagination } = useRunRecords(String(run.id), filter === 'failed' ? FAILURES : null, page, !run.finishedAt);
  if (!records) return null;
  const failed = records.filter(isFailure);
  const shown = filter === 'failed' ? failed : records;
  const changeFilter = (next: RecordFilter) => {
    setFilter(next);
    setPage(1);
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
        <RunRecordsFilter value={filter} onChange={changeFilter} total={storedCount(run)} failed={runTotals(run).failed} />
        {canRetry && !run.dryRun && failed.length > 0 && (
          <RetryFailedButton failed={failed} retrying={retrying} results={results} onRetry={() => void retry(failed)} />
        )}
      </Flex>
      {shown.length === 0 ? (
        <Typography textColor="neutral600" data-testid="billy-run-records-empty">
          {formatMessage(filter === 'failed' ? runsMessages.noFailures : runsMessages.noRecords)}
        </Typography>
      ) : (
        <RunRecordsTable records={shown} retryResults={results} />
      )}
      {pagination && <PageSwitcher pagination={pagination} onPage={setPage} testId="billy-run-records-pages" />}
    </Flex>
  );
};

/** Settings › Billy › Sync runs › #id: one run's counts and records, filter to failures, retry them. */
export const RunDetailPage = () => {
  const { formatMessage, formatDate, locale } = useIntl();
  const { runId = '' } = useParams<{ runId: string }>();
  const { run, error } = useRunDetail(runId);
  const { canTrigger } = useSyncPermissions();
  if (error && !run) return <Page.Error content={formatMessage(runsMessages.loadFailed, { message: error })} />;
  if (!run) return <Page.Loading />;
  return (
    <>
      <Layouts.Header
        title={formatMessage(runsMessages.runTitle, { id: run.id })}
        subtitle={formatMessage(runsMessages.runSubtitle, {
          trigger: formatMessage(triggerLabels[run.trigger]),
          time: formatDate(run.startedAt, { dateStyle: 'medium', timeStyle: 'medium' }),
          duration: formatDuration(run.startedAt, run.finishedAt, locale),
        })}
        secondaryAction={<RunStatusBadge status={run.status} />}
        navigationAction={
          <Link tag={NavLink} to={runLogPath()} startIcon={<ArrowLeft />} data-testid="billy-runs-back">
            {formatMessage(runsMessages.title)}
          </Link>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} data-testid="billy-run-detail" data-run-id={run.id} data-status={run.status}>
          <AlertBanner />
          {!run.finishedAt && <Typography textColor="primary600">{formatMessage(runsMessages.stillRunning)}</Typography>}
          {run.error && <Typography textColor="danger600">{run.error.message}</Typography>}
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
            <RunProgress run={run} />
          </Box>
          <RunRecords run={run} canRetry={canTrigger} />
        </Flex>
      </Layouts.Content>
    </>
  );
};
